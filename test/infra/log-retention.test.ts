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
