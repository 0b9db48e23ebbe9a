// Fair share in front of the API (issue 16, fault 2): an AWS WAF web ACL on the CloudFront
// distribution with rate-based rules keyed on the caller. CloudFront web ACLs exist only in
// us-east-1, so the ACL lives in a small stack of its own there (`ItaMeasures-<stage>-FairShare`);
// the stateless stack reads its ARN through CDK's cross-region reference (an SSM parameter written
// in the stateless stack's region at deploy). Off by default (`-c waf=true`): it costs about
// US$ 7 a month (README, "What it costs").
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** The region of every CloudFront-scoped web ACL (AWS WAF developer guide, "CloudFront distributions"). */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

/** WAF's rate window, seconds: limits below are requests per window (WAF allows 60, 120, 300, 600). */
export const RATE_WINDOW_SECONDS = 300;

/**
 * Requests allowed per 5 minutes before WAF answers 429, per key. A staff member's busiest use (the
 * obligations screen, a report with its evidence uploads) is about 60 API requests in 5 minutes; a
 * municipal office sends everyone through one NAT address, hence the larger per-address figure.
 * - `caller`: per sign-in token (the Authorization header), API paths only (/v1/*)
 * - `address`: per viewer IP address, everything (the calendar feeds and the page carry no token;
 *   a caller that changes its token every request is still one address)
 * No per-org rule: the org is not in the request (the table says which org a person belongs to),
 * and a rule keyed on the X-Org-Id header would let anyone use up another org's share by sending
 * its id. An org's share is the sum of its people's.
 */
export const RATE_LIMITS = { caller: 600, address: 3000 } as const;

/** The JSON body WAF answers with when a rate rule blocks (Thai first, then English). */
export const RATE_LIMITED_BODY = JSON.stringify({
  error: 'rate_limited',
  message_th: 'มีคำขอจากผู้ใช้นี้มากเกินไป กรุณารอสักครู่แล้วลองใหม่',
  message_en: 'Too many requests from this caller; wait a moment and try again.',
});

const API_PATHS: CfnWebACL.StatementProperty = {
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: '/v1/',
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
};

/**
 * The Retry-After of WAF's 429, seconds: the rule counts the requests of the last RATE_WINDOW_SECONDS
 * and blocks until that count falls under the limit, so a caller that waits one window is counted
 * afresh (AWS WAF developer guide, "Rate-based rule high-level settings").
 */
export const RATE_LIMITED_RETRY_AFTER_SECONDS = RATE_WINDOW_SECONDS;

/** One rate-based rule that blocks with 429, the Thai body and Retry-After. */
function rateRule(
  name: string,
  priority: number,
  limit: number,
  keys: Partial<CfnWebACL.RateBasedStatementProperty>,
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    action: {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: 'rate-limited',
          responseHeaders: [{ name: 'Retry-After', value: String(RATE_LIMITED_RETRY_AFTER_SECONDS) }],
        },
      },
    },
    statement: {
      rateBasedStatement: { limit, evaluationWindowSec: RATE_WINDOW_SECONDS, aggregateKeyType: 'IP', ...keys },
    },
    visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: name },
  };
}

const header = (name: string): CfnWebACL.RateBasedStatementCustomKeyProperty => ({
  header: { name, textTransformations: [{ priority: 0, type: 'NONE' }] },
});

/** The web ACL's rules, in evaluation order. A request without the keyed header is not counted by that rule. */
export function fairShareRules(): CfnWebACL.RuleProperty[] {
  return [
    rateRule('PerCaller', 0, RATE_LIMITS.caller, {
      aggregateKeyType: 'CUSTOM_KEYS',
      customKeys: [header('authorization')],
      scopeDownStatement: API_PATHS,
    }),
    rateRule('PerAddress', 1, RATE_LIMITS.address, { aggregateKeyType: 'IP' }),
  ];
}

/** The web ACL for the distribution, in us-east-1. */
export class FairShareStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: StackProps & { stage: string }) {
    super(scope, id, props);
    const acl = new CfnWebACL(this, 'WebAcl', {
      name: `ita-measures-${props.stage}`,
      description: 'ita-measures - a fair share of the API for each caller, by rate-based rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      customResponseBodies: { 'rate-limited': { contentType: 'APPLICATION_JSON', content: RATE_LIMITED_BODY } },
      rules: fairShareRules(),
      visibilityConfig: {
        sampledRequestsEnabled: true,
        cloudWatchMetricsEnabled: true,
        metricName: `ita-measures-${props.stage}`,
      },
    });
    this.webAclArn = acl.attrArn;
  }
}
