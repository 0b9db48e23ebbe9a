// Log retention for CDK's own deploy-time functions that no construct option reaches: the
// custom-resource providers CDK adds while it prepares the app for synthesis (after every aspect
// ran), e.g. the cross-region export writer (FairShare, us-east-1) and reader (Stateless) that carry
// the WAF's ARN. They are raw AWS::Lambda::Function resources without a log group, so Lambda would
// create /aws/lambda/<name> with "Never expire" on their first run (break 16 B11). This synthesizer
// gives each a log group of one month, just before the stack's template is written.
import { CfnResource, DefaultStackSynthesizer, RemovalPolicy, type ISynthesisSession, type Stack } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';

/** How long deploy-time functions keep their logs (docs/privacy.md: "1 month (deploy-time functions)"). */
export const DEPLOY_TIME_LOG_RETENTION = RetentionDays.ONE_MONTH;

/**
 * Gives every raw `AWS::Lambda::Function` of `stack` (a CfnResource that is not a CfnFunction: CDK's
 * CustomResourceProvider handlers) that has no log group one of its own, `<provider id>Logs`, via
 * the function's LoggingConfig (AWS::Lambda::Function LoggingConfig.LogGroup). Idempotent: a second
 * synth of the same app reuses the group.
 */
export function giveDeployTimeLogGroups(stack: Stack): void {
  for (const construct of stack.node.findAll()) {
    if (!(construct instanceof CfnResource) || construct instanceof CfnFunction) continue;
    if (construct.cfnResourceType !== 'AWS::Lambda::Function' || construct.stack !== stack) continue;
    const id = `${(construct.node.scope?.node.id ?? construct.node.id).replace(/[^A-Za-z0-9]/g, '')}Logs`;
    const group =
      (stack.node.tryFindChild(id) as LogGroup | undefined) ??
      new LogGroup(stack, id, { retention: DEPLOY_TIME_LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    construct.addPropertyOverride('LoggingConfig.LogGroup', group.logGroupName);
  }
}

/** The default synthesizer, with giveDeployTimeLogGroups run before the template is written. */
export class DeployTimeLogsSynthesizer extends DefaultStackSynthesizer {
  override synthesize(session: ISynthesisSession): void {
    giveDeployTimeLogGroups(this.boundStack);
    super.synthesize(session);
  }
}
