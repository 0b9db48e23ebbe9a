// Fair share in front of the API (issue 16, fault 2): an AWS WAF web ACL on the CloudFront
// distribution with rate-based rules keyed on the caller. CloudFront web ACLs exist only in
// us-east-1, so the ACL lives in a small stack of its own there (`ItaMeasures-<stage>-FairShare`);
// the stateless stack reads its ARN through CDK's cross-region reference (an SSM parameter written
// in the stateless stack's region at deploy). Off by default (`-c waf=true`): it costs about
// US$ 7 a month (README, "What it costs").
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnIPSet, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { errorBody, GENERIC } from '../../functions/api/http-error-response.js';

/** The region of every CloudFront-scoped web ACL (AWS WAF developer guide, "CloudFront distributions"). */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

/** WAF's rate window, seconds: limits below are requests per window (WAF allows 60, 120, 300, 600). */
export const RATE_WINDOW_SECONDS = 300;

/**
 * Requests allowed per 5 minutes before WAF answers 429, per key. A staff member's busiest use (the
 * obligations screen, a report with its evidence uploads) is about 60 API requests in 5 minutes; a
 * municipal office sends everyone through one NAT address, hence the larger per-address figure.
 * - `caller`: per sign-in token (the Authorization header, `Bearer <JWT>` only: SignedInOnly
 *   answers 401 to any other value first), API paths only (/v1/*)
 * - `address`: per viewer IP address, everything (the calendar feeds and the page carry no token;
 *   a caller that changes its token every request is still one address); per ASN for IPv6 viewers
 *   (PerIpv6Network: WAF cannot count an IPv6 /64 as one, and a /64 is 2^64 addresses)
 * No per-org rule: the org is not in the request (the table says which org a person belongs to),
 * and a rule keyed on the X-Org-Id header would let anyone use up another org's share by sending
 * its id. An org's share is the sum of its people's.
 */
export const RATE_LIMITS = { caller: 600, address: 3000 } as const;

/**
 * The Retry-After of WAF's 429, seconds: the rule counts the requests of the last RATE_WINDOW_SECONDS
 * and blocks until that count falls under the limit, so a caller that waits one window is counted
 * afresh (AWS WAF developer guide, "Rate-based rule high-level settings").
 */
export const RATE_LIMITED_RETRY_AFTER_SECONDS = RATE_WINDOW_SECONDS;

/** The 429 body WAF answers with: the API's error shape (docs/api.md), Thai first. */
export const RATE_LIMITED_BODY = errorBody(
  'too_many_requests',
  'มีคำขอจากผู้ใช้นี้มากเกินไป กรุณารอสักครู่แล้วลองใหม่',
  'Too many requests from this caller; wait a moment and try again.',
);

/** The 401 body for an API request without a sign-in token: the API's own 401 (GENERIC). */
export const SIGN_IN_REQUIRED_BODY = errorBody(GENERIC[401]!.code, GENERIC[401]!.th, GENERIC[401]!.en);

/**
 * The only Authorization value the API takes from the page: `Bearer ` and a JWT (three base64url
 * parts). Checked by shape only: WAF cannot verify a signature (API Gateway's JWT authorizer does).
 */
export const BEARER_JWT = '^Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';

/** Every IPv6 address, as a WAF IP set takes it (no /0: two halves). */
export const ALL_IPV6 = ['::/1', '8000::/1'] as const;

const NONE = [{ priority: 0, type: 'NONE' }];

/** A byte match of one part of the request, untransformed. */
const byteMatch = (
  fieldToMatch: CfnWebACL.FieldToMatchProperty,
  positionalConstraint: 'STARTS_WITH' | 'EXACTLY',
  searchString: string,
): CfnWebACL.StatementProperty => ({
  byteMatchStatement: { fieldToMatch, positionalConstraint, searchString, textTransformations: NONE },
});

const API_PATHS = byteMatch({ uriPath: {} }, 'STARTS_WITH', '/v1/');

const not = (statement: CfnWebACL.StatementProperty): CfnWebACL.StatementProperty => ({ notStatement: { statement } });

/** CORS preflights (other origins, settings.corsOrigins) carry no token and must pass. */
const PREFLIGHT = byteMatch({ method: {} }, 'EXACTLY', 'OPTIONS');

const BEARER_TOKEN: CfnWebACL.StatementProperty = {
  regexMatchStatement: {
    // SingleHeader is untyped JSON in CDK: CloudFormation's own casing (Name)
    fieldToMatch: { singleHeader: { Name: 'authorization' } },
    regexString: BEARER_JWT,
    textTransformations: NONE,
  },
};

const visibility = (metricName: string) => ({
  sampledRequestsEnabled: true,
  cloudWatchMetricsEnabled: true,
  metricName,
});

/** One rate-based rule that blocks with 429, the API-shaped Thai body and Retry-After. */
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
    visibilityConfig: visibility(name),
  };
}

const header = (name: string): CfnWebACL.RateBasedStatementCustomKeyProperty => ({
  header: { name, textTransformations: NONE },
});

/**
 * The web ACL's rules, in evaluation order (`ipv6SetArn`: an IP set of ALL_IPV6). A request without
 * the keyed header is not counted by that rule. Sources: AWS WAF developer guide, "Aggregating
 * rate-based rules" (keys: IP, forwarded IP, ASN, header, ...; no IPv6 prefix) and "Custom responses
 * for Block actions" (status, headers, body):
 * https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-aggregation-options.html
 * https://docs.aws.amazon.com/waf/latest/developerguide/customizing-the-response-for-blocked-requests.html
 */
export function fairShareRules(ipv6SetArn: string): CfnWebACL.RuleProperty[] {
  return [
    // an API request must carry `Bearer <JWT>`: any other value would be a fresh PerCaller key
    // (and reach API Gateway's stage throttle only to be refused there)
    {
      name: 'SignedInOnly',
      priority: 0,
      action: { block: { customResponse: { responseCode: 401, customResponseBodyKey: 'sign-in-required' } } },
      statement: { andStatement: { statements: [API_PATHS, not(PREFLIGHT), not(BEARER_TOKEN)] } },
      visibilityConfig: visibility('SignedInOnly'),
    },
    rateRule('PerCaller', 1, RATE_LIMITS.caller, {
      aggregateKeyType: 'CUSTOM_KEYS',
      customKeys: [header('authorization')],
      scopeDownStatement: API_PATHS,
    }),
    rateRule('PerAddress', 2, RATE_LIMITS.address, { aggregateKeyType: 'IP' }),
    // IPv6 viewers: one network (ASN) shares one address's share, so rotating addresses in a /64
    // (or a whole allocation) gains nothing; the distribution publishes no IPv6 address with WAF on
    rateRule('PerIpv6Network', 3, RATE_LIMITS.address, {
      aggregateKeyType: 'CUSTOM_KEYS',
      customKeys: [{ asn: {} }],
      scopeDownStatement: { ipSetReferenceStatement: { arn: ipv6SetArn } },
    }),
  ];
}

/** The web ACL for the distribution, in us-east-1. */
export class FairShareStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: StackProps & { stage: string }) {
    super(scope, id, props);
    const ipv6 = new CfnIPSet(this, 'AllIpv6', {
      name: `ita-measures-${props.stage}-all-ipv6`,
      description: 'Every IPv6 address, the scope of the per-network ASN rule',
      scope: 'CLOUDFRONT',
      ipAddressVersion: 'IPV6',
      addresses: [...ALL_IPV6],
    });
    const acl = new CfnWebACL(this, 'WebAcl', {
      name: `ita-measures-${props.stage}`,
      description: 'ita-measures - a fair share of the API for each caller, by rate-based rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      customResponseBodies: {
        'rate-limited': { contentType: 'APPLICATION_JSON', content: RATE_LIMITED_BODY },
        'sign-in-required': { contentType: 'APPLICATION_JSON', content: SIGN_IN_REQUIRED_BODY },
      },
      rules: fairShareRules(ipv6.attrArn),
      visibilityConfig: {
        sampledRequestsEnabled: true,
        cloudWatchMetricsEnabled: true,
        metricName: `ita-measures-${props.stage}`,
      },
    });
    this.webAclArn = acl.attrArn;
  }
}
