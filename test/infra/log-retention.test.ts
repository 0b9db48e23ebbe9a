// break 16 B11: every function a deployment creates, ours and CDK's deploy-time ones (the cross-region
// export writer and reader that carry the WAF's ARN from us-east-1 included), logs to a log group
// of its own stack that expires (docs/privacy.md: 3 months, deploy-time functions 1 month).
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const API_DOMAIN = {
  apiDomain: 'api.ita.example.go.th',
  apiCertificateArn: 'arn:aws:acm:ap-southeast-7:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000',
};

/** Every stack of a deployment (contexts shared with the other infra tests: synthesised once). */
const deployment = (context: Record<string, string>, region?: string) => {
  const { stacks, template } = synthesized({ stage: 'test', ...context }, region);
  return Object.values(stacks).map((stack) => ({ name: stack.stackName, template: template(stack) }));
};

const deployments = {
  'the default deployment': deployment({ corsOrigins: 'https://ita.example.go.th', alarmEmail: 'it@example.go.th' }),
  'a deployment in Bangkok (the Mail stack in Singapore)': deployment({}, 'ap-southeast-7'),
  'a deployment with the WAF (the FairShare stack in us-east-1, the ARN read across regions)': deployment(
    { waf: 'true', ...API_DOMAIN },
    'ap-southeast-7',
  ),
};

describe('no function of a deployment logs to a group that never expires', () => {
  for (const [name, stacks] of Object.entries(deployments))
    it(`${name}: every function logs to a log group of its stack kept 3 months or less`, () => {
      let functions = 0;
      for (const { name: stackName, template } of stacks) {
        const groups = template.findResources('AWS::Logs::LogGroup');
        for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function'))) {
          functions++;
          const target = fn.Properties.LoggingConfig?.LogGroup?.Ref as string | undefined;
          expect(target && groups[target], `${stackName} ${id} logs to a log group of its stack`).toBeTruthy();
          const days = groups[target!]!.Properties.RetentionInDays as number;
          expect(days, `${stackName} ${id}`).toBeGreaterThan(0);
          expect(days, `${stackName} ${id}`).toBeLessThanOrEqual(90);
        }
      }
      expect(functions).toBeGreaterThanOrEqual(6);
    });

  it('the deploy-time functions that carry the WAF ARN across regions keep their logs one month', () => {
    const stacks =
      deployments['a deployment with the WAF (the FairShare stack in us-east-1, the ARN read across regions)'];
    const crossRegion = stacks.flatMap(({ template }) => {
      const groups = template.findResources('AWS::Logs::LogGroup');
      return Object.entries(template.findResources('AWS::Lambda::Function'))
        .filter(([id]) => id.startsWith('CustomCrossRegionExport'))
        .map(([id, fn]) => [id, groups[fn.Properties.LoggingConfig?.LogGroup?.Ref]?.Properties.RetentionInDays]);
    });
    expect(crossRegion.map(([id]) => (id as string).replace(/CustomResourceProviderHandler.*$/, '')).sort()).toEqual([
      'CustomCrossRegionExportReader',
      'CustomCrossRegionExportWriter',
    ]);
    for (const [id, days] of crossRegion) expect(days, id as string).toBe(30);
  });
});

// review s58 C2: the running functions' log groups were deleted with the Stateless stack
// (RemovalPolicy.DESTROY), so a redeploy that replaced the stack (a delete and deploy, a renamed stage)
// took their last 3 months of logs with it: what an auditor or the on-call needed about the last runs.
// They are kept now, under names CloudFormation generates, so a new stack never collides with a kept
// group's name; their events still expire after 3 months. Deploy-time functions' groups still go.
describe("a function's logs outlive its stack", () => {
  for (const [name, stacks] of Object.entries(deployments))
    it(`${name}: every application function's log group is retained and named by CloudFormation`, () => {
      let kept = 0;
      for (const { name: stackName, template } of stacks) {
        const groups = template.findResources('AWS::Logs::LogGroup');
        for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function'))) {
          const target = fn.Properties.LoggingConfig?.LogGroup?.Ref as string;
          const group = groups[target]!;
          const application = Boolean(fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);
          if (!application) {
            expect(group.DeletionPolicy, `${stackName} ${id}: a deploy-time function's group`).toBe('Delete');
            continue;
          }
          kept++;
          expect(group.DeletionPolicy, `${stackName} ${id}`).toBe('Retain');
          expect(group.UpdateReplacePolicy, `${stackName} ${id}`).toBe('Retain');
          expect(group.Properties.LogGroupName, `${stackName} ${id}: no fixed name`).toBeUndefined();
        }
      }
      // Api, PlanImport, Calendar, Schemas, ScheduledJob, OrgWorker, Documents, MailEvents, WebPublicNotFound
      expect(kept).toBe(9);
    });

  it("the API's access log group is retained too, named by CloudFormation", () => {
    for (const stacks of Object.values(deployments)) {
      const stateless = stacks.find((s) => s.name.endsWith('-Stateless'))!.template;
      const [access, ...others] = Object.entries(stateless.findResources('AWS::Logs::LogGroup')).filter(([id]) =>
        id.startsWith('ApiAccessLogs'),
      );
      expect(others).toEqual([]);
      expect(access![1].DeletionPolicy).toBe('Retain');
      expect(access![1].Properties.LogGroupName).toBeUndefined();
    }
  });
});
