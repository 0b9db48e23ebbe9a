// The CDK app (cdk.json points here). Settings from context, documented in the README:
//   npx cdk deploy --all -c stage=prod -c senderDomain=ita.example.go.th -c alarmEmail=it@example.go.th
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DeployTimeLogsSynthesizer } from './deploy-time-logs.js';
import { CLOUDFRONT_WAF_REGION, FairShareStack } from './fair-share.js';
import { cognitoSesEmail, MailStack } from './mail-identity.js';
import { isProductionStage, SettingsError } from './context-settings.js';
import { settingsFrom } from './settings.js';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack } from './stateless-stack.js';

/** The stacks; `region` defaults to the CLI's (CDK_DEFAULT_REGION), else ap-southeast-1. */
export function buildApp(
  app: App,
  region = process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-1',
): { stateful: StatefulStack; stateless: StatelessStack; mail?: MailStack; fairShare?: FairShareStack } {
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region };
  // every stack: CDK's deploy-time functions get log groups that expire (deploy-time-logs.ts)
  const synthesizer = () => new DeployTimeLogsSynthesizer();
  const settings = settingsFrom(app.node, region);
  const exportPrefix = `ita-measures-${settings.stage}`;
  const stateful = new StatefulStack(app, `ItaMeasures-${settings.stage}-Stateful`, {
    env,
    synthesizer: synthesizer(),
    exportPrefix,
    // a prod stage's data stack cannot be deleted by one command (docs/operations.md)
    terminationProtection: isProductionStage(settings.stage),
    ...(settings.cognitoEmail === 'ses' ? { cognitoSesEmail: cognitoSesEmail(settings) } : {}),
    description: 'ita-measures: table, files bucket, user pool (data that must survive mistakes)',
  });
  // SES elsewhere (a region without SES, or -c sesRegion): the sender gets a stack in that region
  const mail =
    settings.sesRegion === region
      ? undefined
      : new MailStack(app, `ItaMeasures-${settings.stage}-Mail`, {
          env: { ...env, region: settings.sesRegion },
          synthesizer: synthesizer(),
          settings,
          description: `ita-measures: the SES sender for a deployment in ${region}`,
        });
  // the WAF web ACL of a CloudFront distribution must live in us-east-1 (-c waf=true)
  const fairShare = settings.waf
    ? new FairShareStack(app, `ItaMeasures-${settings.stage}-FairShare`, {
        env: { ...env, region: CLOUDFRONT_WAF_REGION },
        synthesizer: synthesizer(),
        stage: settings.stage,
        description: 'ita-measures: the WAF web ACL (rate-based rules) of the web page and API distribution',
      })
    : undefined;
  const stateless = new StatelessStack(app, `ItaMeasures-${settings.stage}-Stateless`, {
    env,
    synthesizer: synthesizer(),
    settings,
    exportPrefix,
    table: stateful.table,
    bucket: stateful.bucket,
    logsBucket: stateful.logs,
    userPool: stateful.userPool,
    ...(mail ? { mailSender: mail.sender } : {}),
    ...(fairShare ? { webAclArn: fairShare.webAclArn } : {}),
    description: 'ita-measures: functions, API, web page, schedules, queues, alarms',
  });
  if (mail) stateless.addStackDependency(mail);
  // the user pool sends as the Mail stack's identity: that stack deploys first
  if (mail && settings.cognitoEmail === 'ses') stateful.addStackDependency(mail);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless, ...(mail ? { mail } : {}), ...(fairShare ? { fairShare } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = new App();
  try {
    buildApp(app);
  } catch (e) {
    // a settings refusal is for the IT officer: its lines, no stack trace
    if (!(e instanceof SettingsError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
  app.synth();
}
