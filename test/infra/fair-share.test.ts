import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, RATE_WINDOW_SECONDS } from '../../infra/cdk/fair-share.js';
import { ORIGIN_SECRET_HEADER } from '../../shared/api/origin-secret.js';
import { JOB_CONCURRENCY } from '../../infra/cdk/stateless-stack.js';
import { synthesized } from '../support/synthesized-app.js';

const API_DOMAIN = {
  apiDomain: 'api.ita.example.go.th',
  apiCertificateArn: 'arn:aws:acm:ap-southeast-7:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000',
};

/** The app for `region` with `context`, synthesised with cdk-nag (outside any test's time limit). */
const build = (region: string, context: Record<string, string>) => {
  const { stacks, synthError, template } = synthesized({ stage: 'test', ...context }, region);
  return { ...stacks, synthError, template: template(stacks.stateless) };
};

/** A WAF rule of the template, as the tests read it. */
type Rule = {
  Name: string;
  Priority: number;
  Action: {
    Block: {
      CustomResponse: {
        ResponseCode: number;
        CustomResponseBodyKey: string;
        ResponseHeaders?: { Name: string; Value: string }[];
      };
    };
  };
  Statement: Record<string, unknown> & { RateBasedStatement?: Record<string, unknown> };
};

const withWaf = build('ap-southeast-7', { waf: 'true', ...API_DOMAIN });
const plain = build('ap-southeast-1', { reserveJobConcurrency: 'false' });

/** Each function's reserved concurrency by its logical id's prefix (Api, ScheduledJob, ...). */
function reservedConcurrency(template: Template): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function'))) {
    const name = /^(Api|PlanImport|Calendar|Schemas|ScheduledJob|OrgWorker|Documents)Function/.exec(id)?.[1];
    if (name) out[name] = fn.Properties.ReservedConcurrentExecutions;
  }
  return out;
}

describe('fair share: WAF on the distribution (-c waf=true)', () => {
  it('puts a CloudFront web ACL in its own stack in us-east-1, and the deployment passes cdk-nag', () => {
    expect(withWaf.synthError).toBeUndefined();
    expect(withWaf.fairShare?.region).toBe('us-east-1');
    expect(withWaf.stateless.dependencies).toContain(withWaf.fairShare);
    Template.fromStack(withWaf.fairShare!).hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
    });
  });

  it('limits each caller (its Authorization header) on /v1/* and each address everywhere, answering 429 in Thai', () => {
    const acl = Object.values(Template.fromStack(withWaf.fairShare!).findResources('AWS::WAFv2::WebACL'))[0]!;
    const rules = acl.Properties.Rules as (Rule & { Statement: { RateBasedStatement: Record<string, unknown> } })[];
    expect(rules.map((r) => r.Name)).toEqual(['SignedInOnly', 'PerCaller', 'PerAddress', 'PerIpv6Network']);
    const [caller, address] = rules.slice(1, 3).map((r) => r.Statement.RateBasedStatement);
    expect(caller).toEqual({
      Limit: RATE_LIMITS.caller,
      EvaluationWindowSec: RATE_WINDOW_SECONDS,
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [{ Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } }],
      ScopeDownStatement: {
        ByteMatchStatement: expect.objectContaining({
          FieldToMatch: { UriPath: {} },
          PositionalConstraint: 'STARTS_WITH',
          SearchString: '/v1/',
        }),
      },
    });
    expect(address).toEqual({
      Limit: RATE_LIMITS.address,
      EvaluationWindowSec: RATE_WINDOW_SECONDS,
      AggregateKeyType: 'IP',
    });
    for (const rule of rules.slice(1)) expect(rule.Action.Block.CustomResponse.ResponseCode).toBe(429);
    // break 19 F4: the 429 says when the caller is counted afresh (one rate window)
    for (const rule of rules.slice(1)) {
      expect(rule.Action.Block.CustomResponse.ResponseHeaders).toEqual([
        { Name: 'Retry-After', Value: String(RATE_WINDOW_SECONDS) },
      ]);
    }
    const body = JSON.parse(acl.Properties.CustomResponseBodies['rate-limited'].Content);
    expect(body.error.message_th).toContain('มากเกินไป');
  });

  it('attaches the web ACL to the distribution that fronts /v1/*', () => {
    const distribution = Object.values(withWaf.template.findResources('AWS::CloudFront::Distribution'))[0]!;
    const config = distribution.Properties.DistributionConfig;
    // the ARN arrives from us-east-1 through CDK's cross-region export reader
    expect(JSON.stringify(config.WebACLId)).toContain('FairShare');
    expect(config.CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern)).toContain('/v1/*');
  });

  it("disables the API's execute-api address; CloudFront reaches the API on its own domain", () => {
    withWaf.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    withWaf.template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: API_DOMAIN.apiDomain,
      DomainNameConfigurations: [
        Match.objectLike({ CertificateArn: API_DOMAIN.apiCertificateArn, SecurityPolicy: 'TLS_1_2' }),
      ],
    });
    withWaf.template.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { Stage: '$default' });
    const distribution = Object.values(withWaf.template.findResources('AWS::CloudFront::Distribution'))[0]!;
    const origins = distribution.Properties.DistributionConfig.Origins as { DomainName: unknown }[];
    expect(origins.map((o) => o.DomainName)).toContain(API_DOMAIN.apiDomain);
    expect(JSON.stringify(origins)).not.toContain('execute-api');
    withWaf.template.hasOutput('ApiDomainTarget', {});
  });

  it("has CloudFront send a generated secret header to the API's own domain, the header the API functions require", () => {
    const secrets = withWaf.template.findResources('AWS::SecretsManager::Secret');
    expect(Object.keys(secrets)).toHaveLength(1);
    const [secretId, secret] = Object.entries(secrets)[0]!;
    expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48, ExcludePunctuation: true });
    // the value is resolved at deploy (a dynamic reference to the secret), never written in the template
    const reference = (value: unknown) => {
      const text = JSON.stringify(value) ?? '';
      return text.includes('{{resolve:secretsmanager:') && text.includes(secretId);
    };
    const distribution = Object.values(withWaf.template.findResources('AWS::CloudFront::Distribution'))[0]!;
    const apiOrigin = (
      distribution.Properties.DistributionConfig.Origins as {
        DomainName: unknown;
        OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
      }[]
    ).find((o) => o.DomainName === API_DOMAIN.apiDomain)!;
    expect(apiOrigin.OriginCustomHeaders).toHaveLength(1);
    expect(apiOrigin.OriginCustomHeaders![0]!.HeaderName).toBe(ORIGIN_SECRET_HEADER);
    expect(reference(apiOrigin.OriginCustomHeaders![0]!.HeaderValue)).toBe(true);
    const functions = withWaf.template.findResources('AWS::Lambda::Function');
    const withSecret = Object.entries(functions)
      .filter(([, fn]) => reference(fn.Properties.Environment?.Variables?.ORIGIN_SECRET))
      .map(
        ([id]) =>
          /^(Api|PlanImport|Calendar|Schemas|ScheduledJob|OrgWorker|Documents|WebPublicNotFound)Function/.exec(id)?.[1],
      );
    // the not-found page's function too: CloudFront's fallback for /ita/* is the API's origin
    expect(withSecret.sort()).toEqual(['Api', 'Calendar', 'PlanImport', 'Schemas', 'WebPublicNotFound']);
  });

  it('refuses waf=true without the API domain, naming the missing settings', () => {
    expect(() => build('ap-southeast-1', { waf: 'true' })).toThrow(/apiDomain and apiCertificateArn/);
    expect(() => build('ap-southeast-1', { waf: 'yes', ...API_DOMAIN })).toThrow(/waf must be true or false/);
    expect(() => build('ap-southeast-1', { apiDomain: API_DOMAIN.apiDomain })).toThrow(/apiCertificateArn/);
  });

  it('adds no web ACL and keeps the execute-api origin by default', () => {
    expect(plain.synthError).toBeUndefined();
    expect(plain.fairShare).toBeUndefined();
    const distribution = Object.values(plain.template.findResources('AWS::CloudFront::Distribution'))[0]!;
    expect(distribution.Properties.DistributionConfig.WebACLId).toBeUndefined();
    plain.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: false });
    // no own domain: no secret header (callers of other origins may use the execute-api address)
    plain.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(JSON.stringify(distribution)).not.toContain(ORIGIN_SECRET_HEADER);
    for (const fn of Object.values(plain.template.findResources('AWS::Lambda::Function')))
      expect(fn.Properties.Environment?.Variables?.ORIGIN_SECRET).toBeUndefined();
  });
});

describe('fair share: the scheduled jobs keep their own capacity', () => {
  it('reserves concurrency for the scheduled job, the org worker and the documents function, not the API', () => {
    expect(reservedConcurrency(withWaf.template)).toEqual({
      Api: undefined,
      PlanImport: undefined,
      ScheduledJob: JOB_CONCURRENCY.scheduledJob,
      OrgWorker: JOB_CONCURRENCY.orgWorker,
      Documents: JOB_CONCURRENCY.documents,
    });
  });

  it('never lets a queue run more copies of a job function than it has reserved', () => {
    const reserved = reservedConcurrency(withWaf.template);
    const mappings = Object.values(withWaf.template.findResources('AWS::Lambda::EventSourceMapping'));
    expect(mappings.length).toBeGreaterThanOrEqual(2);
    for (const m of mappings) {
      const fn = JSON.stringify(m.Properties.FunctionName);
      const name = Object.keys(reserved).find((n) => fn.includes(`${n}Function`))!;
      expect(m.Properties.ScalingConfig.MaximumConcurrency, name).toBeLessThanOrEqual(reserved[name]!);
    }
  });

  it('reserves nothing with -c reserveJobConcurrency=false (accounts with a small Lambda quota)', () => {
    expect(Object.values(reservedConcurrency(plain.template)).filter((n) => n !== undefined)).toEqual([]);
  });
});

// break 16 B5 and B15: what one caller can multiply, and what WAF answers
describe('fair share: keys one caller cannot multiply, answers in the API error shape', () => {
  const fairShare = () => Template.fromStack(withWaf.fairShare!);
  const acl = () => Object.values(fairShare().findResources('AWS::WAFv2::WebACL'))[0]!.Properties;
  const rules = () => acl().Rules as Rule[];
  /** A rule as the template has it (untyped CloudFormation JSON). */
  const json = (name: string) => acl().Rules.find((r: { Name: string }) => r.Name === name);
  const bodyOf = (rule: Rule) =>
    JSON.parse(acl().CustomResponseBodies[rule.Action.Block.CustomResponse.CustomResponseBodyKey].Content);

  it("answers every rate rule's 429 in the API's error shape (code too_many_requests, Thai first) with a Retry-After", () => {
    const rateRules = rules().filter((r) => r.Statement.RateBasedStatement);
    expect(rateRules.map((r) => r.Name)).toEqual(['PerCaller', 'PerAddress', 'PerIpv6Network']);
    for (const rule of rateRules) {
      expect(rule.Action.Block.CustomResponse.ResponseCode, rule.Name).toBe(429);
      expect(rule.Action.Block.CustomResponse.ResponseHeaders, rule.Name).toEqual([
        { Name: 'Retry-After', Value: String(RATE_WINDOW_SECONDS) },
      ]);
      const body = bodyOf(rule);
      expect(body, rule.Name).toEqual({
        error: {
          code: 'too_many_requests',
          message_th: expect.stringContaining('มากเกินไป'),
          message_en: expect.any(String),
          fields: [],
        },
      });
    }
  });

  it('answers an API request whose Authorization is not "Bearer <JWT>" with 401 in the API shape, before any rate rule counts it', () => {
    const signedIn = rules().find((r) => r.Name === 'SignedInOnly');
    expect(signedIn?.Priority).toBe(0);
    expect(signedIn!.Action.Block.CustomResponse.ResponseCode).toBe(401);
    expect(bodyOf(signedIn!)).toEqual({
      error: { code: 'unauthenticated', message_th: 'กรุณาเข้าสู่ระบบ', message_en: 'sign-in required', fields: [] },
    });
    const [paths, notPreflight, notBearer] = json('SignedInOnly').Statement.AndStatement.Statements;
    expect(paths!.ByteMatchStatement).toMatchObject({ SearchString: '/v1/', PositionalConstraint: 'STARTS_WITH' });
    expect(notPreflight!.NotStatement.Statement.ByteMatchStatement).toMatchObject({ SearchString: 'OPTIONS' });
    const match = notBearer!.NotStatement.Statement.RegexMatchStatement;
    expect(match.FieldToMatch).toEqual({ SingleHeader: { Name: 'authorization' } });
    // what the shape lets through to PerCaller: one token is one key
    const passes = (value: string) => new RegExp(match.RegexString).test(value);
    const jwt = 'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';
    expect(passes(`Bearer ${jwt}`)).toBe(true);
    for (const other of [
      jwt,
      `bearer ${jwt}`,
      `Bearer ${jwt} `,
      `Bearer  ${jwt}`,
      'Bearer x',
      'Basic dXNlcjpwYXNz',
      '',
      `Bearer ${jwt}.x`,
    ])
      expect(passes(other), JSON.stringify(other)).toBe(false);
  });

  it('counts IPv6 viewers per network (ASN), since WAF cannot count a /64 as one, and serves the WAF distribution over IPv4 only', () => {
    const rule = rules().find((r) => r.Name === 'PerIpv6Network')!;
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: RATE_LIMITS.address,
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [{ ASN: {} }],
    });
    const scope = json('PerIpv6Network').Statement.RateBasedStatement.ScopeDownStatement;
    const setId = scope.IPSetReferenceStatement.Arn['Fn::GetAtt'][0];
    expect(fairShare().findResources('AWS::WAFv2::IPSet')[setId]!.Properties).toMatchObject({
      Scope: 'CLOUDFRONT',
      IPAddressVersion: 'IPV6',
      Addresses: ['::/1', '8000::/1'],
    });
    const distribution = (t: Template) =>
      Object.values(t.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
    expect(distribution(withWaf.template).IPV6Enabled).toBe(false);
    expect(distribution(plain.template).IPV6Enabled).toBe(true);
  });
});
