// The CDK app (cdk.json points here). Stage from context: `-c stage=prod`.
import { App } from 'aws-cdk-lib';
import { StatefulStack } from './stateful-stack.js';

const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
new StatefulStack(app, `ItaMeasures-${stage}-Stateful`, {
  description: 'ita-measures: table (data that must survive mistakes)',
});
app.synth();
