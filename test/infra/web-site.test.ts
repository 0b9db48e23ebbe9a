import { Match, type Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const {
  app,
  stacks: { stateful, stateless },
  template: templateOf,
} = synthesized({ stage: 'test' });
const template = templateOf(stateless);
const distribution = () =>
  Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;

const distributionId = (t: Template) => Object.keys(t.findResources('AWS::CloudFront::Distribution'))[0]!;

/** The files bucket's CORS rule as the deploy-time PutBucketCors sends it: intrinsics shown as {Id.Attr}. */
function filesBucketOrigins(t: Template): string[] {
  type Part = string | { 'Fn::GetAtt'?: string[] };
  const calls = Object.values(t.findResources('Custom::AWS')).map((r) =>
    (r.Properties.Update['Fn::Join'][1] as Part[])
      .map((p) => (typeof p === 'string' ? p : p['Fn::GetAtt'] ? `{${p['Fn::GetAtt'].join('.')}}` : '{ref}'))
      .join(''),
  );
  const cors = calls.map((c) => JSON.parse(c)).filter((c) => c.action === 'putBucketCors');
  expect(cors).toHaveLength(1);
  const rules = cors[0].parameters.CORSConfiguration.CORSRules;
  expect(rules).toHaveLength(1);
  expect(rules[0]).toMatchObject({
    AllowedMethods: ['PUT'],
    AllowedHeaders: ['content-type', 'if-none-match', 'x-amz-tagging'],
  });
  return rules[0].AllowedOrigins;
}

describe('the web page in AWS', () => {
  it('passes cdk-nag with no unacknowledged finding, with no CORS origins configured', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('serves the page from a private bucket through CloudFront with origin access control, HTTPS only', () => {
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const s3Origin = config.Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(config.Logging).toMatchObject({ Prefix: 'cloudfront/' });
    const pages = Object.values(template.findResources('AWS::S3::Bucket'))[0]!.Properties;
    expect(pages.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('sends /v1/* to the HTTP API uncached, with every viewer header but Host (so the token reaches the authorizer)', () => {
    const config = distribution();
    const api = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'PUT', 'POST', 'OPTIONS']),
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
    });
    const origin = config.Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain('execute-api');
  });

  it('sends a Content-Security-Policy that allows only the page, the evidence bucket and the sign-in domain', () => {
    const policy = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]!.Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(policy.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('RegionalDomainName');
    expect(csp).toContain('amazoncognito.com');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(policy.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(365 * 24 * 3600);
  });

  it('signs in with Cognito managed login: code flow with PKCE, no client secret, back to the page', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
    });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('has one app client, the code-flow client of the page, and the API accepts tokens for it alone', () => {
    const clients = {
      ...templateOf(stateful).findResources('AWS::Cognito::UserPoolClient'),
      ...template.findResources('AWS::Cognito::UserPoolClient'),
    };
    expect(Object.keys(clients)).toHaveLength(1);
    const [[clientId, client]] = Object.entries(clients) as [[string, { Properties: Record<string, unknown> }]];
    expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
    expect(JSON.stringify(client.Properties)).not.toContain('example.com');
    expect(client.Properties.AllowedOAuthScopes).toEqual(['openid', 'email']);
    const authorizer = Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer'))[0]!.Properties;
    expect(authorizer.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
  });

  it('uploads the built page with a config.json that names the sign-in, and no-cache so a deploy shows at once', () => {
    const deployment = Object.values(template.findResources('Custom::CDKBucketDeployment'))[0]!.Properties;
    expect(deployment.SourceObjectKeys).toHaveLength(2);
    // config.json's deploy-time values: the login domain, the page's client, the CloudFront address
    const markers = JSON.stringify(deployment.SourceMarkers);
    const logicalId = (type: string) => Object.keys(template.findResources(type))[0]!;
    expect(markers).toContain(logicalId('AWS::Cognito::UserPoolDomain'));
    expect(markers).toContain(logicalId('AWS::Cognito::UserPoolClient'));
    expect(markers).toContain(logicalId('AWS::CloudFront::Distribution'));
    expect(deployment.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(deployment.DistributionPaths).toEqual(['/*']);
  });

  it('lets the page upload evidence to the files bucket from its own CloudFront address only, PUT only', () => {
    expect(filesBucketOrigins(template)).toEqual([`https://{${distributionId(template)}.DomainName}`]);
    // the stateful stack's files bucket itself names no origin (no https://*.cloudfront.net)
    for (const bucket of Object.values(templateOf(stateful).findResources('AWS::S3::Bucket'))) {
      expect(bucket.Properties.CorsConfiguration).toBeUndefined();
    }
  });

  it('adds the configured corsOrigins to the page origin, and nothing else', () => {
    // the stateless stack's test builds this app too (it also sets an alarm address, which adds no origin)
    const withOrigins = synthesized({
      stage: 'test',
      corsOrigins: 'https://ita.example.go.th',
      alarmEmail: 'it@example.go.th',
    });
    const other = withOrigins.template(withOrigins.stacks.stateless);
    expect(filesBucketOrigins(other)).toEqual([
      `https://{${distributionId(other)}.DomainName}`,
      'https://ita.example.go.th',
    ]);
  });

  it('links emails to the page on CloudFront when no formUrl is given, and answers no CORS on the API', () => {
    const api = Object.values(template.findResources('AWS::Lambda::Function')).find(
      (f) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'ita-measures-api',
    )!.Properties;
    expect(JSON.stringify(api.Environment.Variables.FORM_URL)).toContain('DomainName');
    const httpApi = Object.values(template.findResources('AWS::ApiGatewayV2::Api'))[0]!.Properties;
    expect(httpApi.CorsConfiguration).toBeUndefined();
  });
});

describe('the public ITA addresses in AWS', () => {
  const publicBucketId = () =>
    Object.entries(template.findResources('AWS::S3::Bucket')).find(([id]) => id.includes('PublicDocuments'))![0];

  it('serves /ita/* only from the public-documents bucket, through the origin access control, GET and HEAD only', () => {
    const config = distribution();
    const ita = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/ita/*');
    expect(ita.AllowedMethods).toEqual(['GET', 'HEAD']);
    // first the bucket; the not-found function only when it has nothing (below)
    const group = config.OriginGroups.Items.find((g: { Id: string }) => g.Id === ita.TargetOriginId);
    const primary = group.Members.Items[0].OriginId;
    const origin = config.Origins.find((o: { Id: string }) => o.Id === primary);
    expect(JSON.stringify(origin.DomainName)).toContain(publicBucketId());
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(ita.FunctionAssociations).toHaveLength(1);
  });

  it("an address the bucket has nothing for (403 or 404) is answered by the API's GET/HEAD /ita/{proxy+}, the not-found function, with no sign-in", () => {
    const config = distribution();
    const ita = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/ita/*');
    const group = config.OriginGroups.Items.find((g: { Id: string }) => g.Id === ita.TargetOriginId);
    expect(group.FailoverCriteria.StatusCodes.Items.sort()).toEqual([403, 404]);
    expect(group.Members.Items).toHaveLength(2);
    // the fallback is the API's origin (the /v1/* behaviour's, with its secret header when it has its own domain)
    const api = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');
    expect(group.Members.Items[1].OriginId).toBe(api.TargetOriginId);
    const [fnId] = Object.entries(template.findResources('AWS::Lambda::Function')).find(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'ita-measures-public-not-found',
    )!;
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).filter((r) =>
      /^[A-Z]+ \/ita\//.test(r.Properties.RouteKey),
    );
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(['GET /ita/{proxy+}', 'HEAD /ita/{proxy+}']);
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    for (const route of routes) {
      expect(route.Properties.AuthorizationType).toBe('NONE');
      const integrationId = JSON.stringify(route.Properties.Target).match(/"(\w*Integration\w*)"/)![1]!;
      expect(JSON.stringify(integrations[integrationId]!.Properties.IntegrationUri)).toContain(fnId);
    }
  });

  it('the not-found function may list the public bucket under ita/ only, and read or write nothing', () => {
    const [fnId, fn] = Object.entries(template.findResources('AWS::Lambda::Function')).find(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === 'ita-measures-public-not-found',
    )!;
    const role = JSON.stringify(fn.Properties.Role);
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => JSON.stringify(p.Properties.Roles).includes(role.match(/"(\w+Role\w*)"/)![1]!))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Condition?: unknown }[]);
    const s3 = statements.filter((st) => [st.Action].flat().some((a) => a.startsWith('s3:')));
    expect(fnId).toBeDefined();
    expect(s3).toHaveLength(1);
    expect(s3[0]).toMatchObject({ Action: 's3:ListBucket', Condition: { StringLike: { 's3:prefix': ['ita/*'] } } });
  });

  it("no custom error response: they are the whole distribution's and would replace the API's 403 and 404 answers", () => {
    expect(distribution().CustomErrorResponses).toBeUndefined();
  });

  it("the public bucket blocks public access and its policy lets only this distribution's CloudFront read it", () => {
    const bucket = template.findResources('AWS::S3::Bucket')[publicBucketId()]!.Properties;
    expect(bucket.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) =>
      JSON.stringify(p.Properties.Bucket).includes(publicBucketId()),
    )!.Properties.PolicyDocument;
    for (const statement of policy.Statement as { Effect: string; Principal: unknown; Condition?: unknown }[]) {
      expect(statement.Principal).not.toBe('*');
      if (statement.Effect === 'Allow') {
        expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
        expect(JSON.stringify(statement.Condition)).toContain('AWS:SourceArn');
      }
    }
  });
});
