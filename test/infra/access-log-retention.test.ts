// review s35-f 3: CloudFront's standard logs record each request's path, and a calendar feed's
// path is its secret token (/calendar/{token}.ics, stored hashed in the table). Those logs are kept
// 30 days, not the access-log bucket's 365, and the distribution writes them where that rule reads.
import { describe, expect, it } from 'vitest';
import { CLOUDFRONT_LOG_DAYS, CLOUDFRONT_LOG_PREFIX } from '../../infra/cdk/stateful-stack.js';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template } = synthesized({ stage: 'test' });
const stateful = template(stacks.stateful);
const stateless = template(stacks.stateless);

type Rule = { Id?: string; Prefix?: string; ExpirationInDays?: number; Status: string };

/** The lifecycle rules of the access-log bucket (the one without its own access logging). */
function accessLogRules(): Rule[] {
  const buckets = Object.entries(stateful.findResources('AWS::S3::Bucket'));
  const [, logs] = buckets.find(([id]) => id.startsWith('AccessLogs'))!;
  return logs.Properties.LifecycleConfiguration.Rules as Rule[];
}

/** The days after which S3 deletes an object under `key` (the shortest of the rules that match). */
function expiresAfter(key: string): number {
  const days = accessLogRules()
    .filter((r) => r.Status === 'Enabled' && r.ExpirationInDays && key.startsWith(r.Prefix ?? ''))
    .map((r) => r.ExpirationInDays!);
  return Math.min(...days);
}

describe('access logs that hold calendar tokens are kept 30 days', () => {
  it('CloudFront writes its logs under the prefix the 30-day rule reads', () => {
    const config = Object.values(stateless.findResources('AWS::CloudFront::Distribution'))[0]!.Properties
      .DistributionConfig;
    expect(config.Logging.Prefix).toBe(CLOUDFRONT_LOG_PREFIX);
    expect(CLOUDFRONT_LOG_PREFIX).toBe('cloudfront/');
    expect(CLOUDFRONT_LOG_DAYS).toBe(30);
  });

  it.each([
    ['cloudfront/E2ABCDEF.2026-12-05-01.a1b2c3d4.gz', 30],
    ['cloudfront/E2ABCDEF.2027-01-31-23.ffffffff.gz', 30],
    ['files/2026-12-05-01-00-00-0123456789ABCDEF', 365],
    ['web/2026-12-05-01-00-00-0123456789ABCDEF', 365],
  ])('%s is deleted after %i days', (key, days) => {
    expect(expiresAfter(key)).toBe(days);
  });
});
