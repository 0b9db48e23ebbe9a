// The CDK app (cdk.json points here). Settings from context, documented in the README:
//   npx cdk deploy --all -c stage=prod -c senderDomain=ita.example.go.th -c alarmEmail=it@example.go.th
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { settingsFrom } from './settings.js';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack } from './stateless-stack.js';

export function buildApp(app: App): { stateful: StatefulStack; stateless: StatelessStack } {
  const settings = settingsFrom(app.node);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-1' };
  const exportPrefix = `ita-measures-${settings.stage}`;
  const stateful = new StatefulStack(app, `ItaMeasures-${settings.stage}-Stateful`, {
    env,
    exportPrefix,
    corsOrigins: settings.corsOrigins,
    description: 'ita-measures: table, files bucket, user pool (data that must survive mistakes)',
  });
  const stateless = new StatelessStack(app, `ItaMeasures-${settings.stage}-Stateless`, {
    env,
    settings,
    exportPrefix,
    table: stateful.table,
    bucket: stateful.bucket,
    logsBucket: stateful.logs,
    userPool: stateful.userPool,
    webClient: stateful.webClient,
    description: 'ita-measures: functions, API, web page, schedules, queues, alarms',
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = new App();
  buildApp(app);
  app.synth();
}
