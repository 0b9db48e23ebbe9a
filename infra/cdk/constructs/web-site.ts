// The Thai web page in AWS: a private S3 bucket behind CloudFront (origin access control), with the
// form API under the same address (/v1/* goes to the HTTP API, so the page needs no CORS), and
// Cognito managed login for signing in (authorization code + PKCE, no client secret in a browser).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Annotations, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CfFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { AccessLevel, S3OriginAccessControl, Signing } from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, OriginGroup, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { HttpMethod, HttpNoneAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  CfnManagedLoginBranding,
  ManagedLoginVersion,
  OAuthScope,
  type UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { buildWebSync } from '../../../web/build-web.js';
import { contentSecurityPolicy } from '../../../web/content-security-policy.js';
import type { WebConfig } from '../../../web/src/web-config.js';
import { acknowledge } from '../acknowledge.js';
import { FUNCTION_ENTRIES } from '../bundling.js';
import { NodeFunction } from './node-function.js';
import { CLOUDFRONT_LOG_PREFIX } from '../stateful-stack.js';
import { PUBLIC_CONTENT_SECURITY_POLICY, PUBLIC_ROOT } from '../../../shared/domain/public-addresses.js';
import { ORIGIN_SECRET_HEADER } from '../../../shared/api/origin-secret.js';
import { itaIndexFunctionCode } from './ita-index-function.js';

export interface WebSiteProps {
  stage: string;
  api: HttpApi;
  userPool: UserPool;
  /** where evidence uploads go (presigned PUTs from the page) */
  filesBucket: IBucket;
  /** the access-log bucket (CloudFront standard logs and S3 server access logs) */
  logsBucket: IBucket;
  /** other origins allowed to upload evidence besides the page itself (settings.corsOrigins) */
  corsOrigins?: string[];
  /** the API's own domain (settings.apiDomain); default: its execute-api address */
  apiOriginDomain?: string;
  /** the WAF web ACL (us-east-1) on the distribution, when settings.waf */
  webAclArn?: string;
  /** headers CloudFront adds to every request to the API (the secret origin header) */
  apiOriginHeaders?: Record<string, string>;
}

/** The built page in a folder CDK can hash and upload (one folder per content, reused by later synths). */
function builtPageFolder(): string {
  const files = buildWebSync();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update(file.body);
  const dir = join(tmpdir(), `ita-web-${hash.digest('hex').slice(0, 16)}`);
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.body);
  }
  return dir;
}

export class WebSite extends Construct {
  readonly url: string;
  readonly client: UserPoolClient;
  readonly distribution: Distribution;
  /** the public area: published documents and ITA pages only, read by CloudFront under /ita/* */
  readonly publicBucket: Bucket;
  /** the public not-found page's function (its Errors alarm: stateless-stack.ts) */
  readonly notFound: IFunction;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'web/',
      // only build output lives here: the next deploy writes it again; emptied first on stack
      // deletion (the deployment's files would otherwise make the bucket's deletion fail)
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const login = new UserPoolDomain(this, 'Login', {
      userPool: props.userPool,
      cognitoDomain: { domainPrefix: Fn.join('-', ['ita-measures', props.stage, stack.account]) },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const loginUrl = login.baseUrl();

    const filesOrigin = `https://${props.filesBucket.bucketRegionalDomainName}`;
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'ita-measures web page: CSP, HSTS, no framing, no sniffing, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy([filesOrigin, loginUrl]),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    const oac = new S3OriginAccessControl(this, 'OriginAccess', { signing: Signing.SIGV4_ALWAYS });
    this.publicBucket = new Bucket(this, 'PublicDocuments', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'public/',
      // published copies: the generations themselves stay in the files bucket
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // "/ita/{org}/{fy}/" is the page's object "ita/{org}/{fy}/index.html" (S3 has no index documents behind OAC)
    const itaIndex = new CfFunction(this, 'ItaIndex', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'ITA pages: /ita/{org}/{fy}/ -> index.html',
      code: FunctionCode.fromInline(itaIndexFunctionCode()),
    });
    const publicHeaders = new ResponseHeadersPolicy(this, 'PublicHeaders', {
      comment: 'ita-measures public ITA pages and documents: no script, nothing from other hosts',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: PUBLIC_CONTENT_SECURITY_POLICY, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    const apiOrigin = new HttpOrigin(
      props.apiOriginDomain ?? `${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`,
      props.apiOriginHeaders ? { customHeaders: props.apiOriginHeaders } : {},
    );
    // An address with nothing published: the public bucket answers 404 (403 without LIST), and
    // CloudFront asks the API instead, with the same path, where GET/HEAD /ita/{proxy+} is this
    // function: the Thai not-found page, 404 (shared/publishing/not-found-page.ts, as the local
    // server). Not a custom error response: those are the whole distribution's and would replace the
    // API's own 403 and 404 answers. Not a function URL: Lambda has none in ap-southeast-7.
    const secret = props.apiOriginHeaders?.[ORIGIN_SECRET_HEADER];
    const notFound = new NodeFunction(this, 'PublicNotFound', {
      entry: FUNCTION_ENTRIES.publicNotFound,
      serviceName: 'ita-measures-public-not-found',
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment: { PUBLIC_BUCKET_NAME: this.publicBucket.bucketName, ...(secret ? { ORIGIN_SECRET: secret } : {}) },
    }).fn;
    this.notFound = notFound;
    // it lists the org's year folders (ita/{org}/), nothing else: no object is read
    notFound.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.publicBucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['ita/*'] } },
      }),
    );
    const notFoundRoutes = props.api.addRoutes({
      path: `${PUBLIC_ROOT}{proxy+}`,
      methods: [HttpMethod.GET, HttpMethod.HEAD],
      integration: new HttpLambdaIntegration('PublicNotFoundIntegration', notFound),
      authorizer: new HttpNoneAuthorizer(),
    });
    for (const route of notFoundRoutes)
      acknowledge(
        route,
        'AwsSolutions-APIG4',
        'The public ITA addresses need no sign-in: this route answers only the not-found page of an address under /ita/ (CloudFront asks it when the public bucket has nothing there).',
      );
    this.distribution = new Distribution(this, 'Distribution', {
      // with the WAF: IPv4 only, so its per-address rule counts addresses a caller cannot cheaply
      // multiply (an IPv6 /64 is 2^64 addresses; WAF counts each alone). CloudFront then publishes no
      // IPv6 address (IsIPV6Enabled); IPv6 requests that still arrive meet PerIpv6Network.
      ...(props.webAclArn ? { webAclId: props.webAclArn, enableIpv6: false } : {}),
      comment: `ita-measures ${props.stage} web page and API`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket, { originAccessControl: oac }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
      },
      additionalBehaviors: {
        [`${PUBLIC_ROOT}*`]: {
          origin: new OriginGroup({
            primaryOrigin: S3BucketOrigin.withOriginAccessControl(this.publicBucket, {
              originAccessControl: oac,
              // LIST: a withdrawn document is 404, not 403 (the bucket holds only public copies)
              originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
            }),
            fallbackOrigin: apiOrigin,
            fallbackStatusCodes: [403, 404],
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: publicHeaders,
          functionAssociations: [{ function: itaIndex, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        '/v1/*': {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
        // calendar feeds: public GETs (the secret token is in the path); the API answers 404 to unknown tokens
        '/calendar/*': {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
      enableLogging: true,
      logBucket: props.logsBucket,
      // kept CLOUDFRONT_LOG_DAYS: the lines hold calendar tokens
      logFilePrefix: CLOUDFRONT_LOG_PREFIX,
    });
    // LIST is on the public bucket's behavior only, never the default one, which has its root object
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'LIST is given on the public-documents behavior only (a withdrawn document answers 404); the default behavior (the web page) has READ and defaultRootObject index.html',
    );
    this.url = `https://${this.distribution.distributionDomainName}`;

    this.client = new UserPoolClient(this, 'WebLogin', {
      userPool: props.userPool,
      generateSecret: false,
      authFlows: {},
      preventUserExistenceErrors: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [`${this.url}/`],
        logoutUrls: [`${this.url}/`],
      },
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
    new CfnManagedLoginBranding(this, 'LoginBranding', {
      userPoolId: props.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    const config: WebConfig = {
      apiUrl: '',
      auth: { kind: 'cognito', domain: loginUrl, clientId: this.client.userPoolClientId, redirectUri: `${this.url}/` },
    };
    new BucketDeployment(this, 'Deploy', {
      destinationBucket: bucket,
      sources: [Source.asset(builtPageFolder()), Source.jsonData('config.json', config)],
      // small files, revalidated by ETag on every load: a new deploy shows at once
      cacheControl: [CacheControl.noCache()],
      // a page opened before a deploy loads the plan screens' chunks of its own build (named by their
      // content) on first use: older chunks are kept, not pruned
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 256,
      // deploy-time logs: a month is plenty (docs/privacy.md)
      logGroup: new LogGroup(this, 'DeployLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });

    this.allowUploadsFrom(props.filesBucket, [
      `https://${this.distribution.distributionDomainName}`,
      ...(props.corsOrigins ?? []),
    ]);

    // BucketDeployment's own function (a CDK singleton beside this construct)
    const deployer = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (deployer) {
      const why = "CDK's BucketDeployment function, which runs only during `cdk deploy` to copy the built page:";
      acknowledge(
        deployer,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        `${why} it logs through the AWS managed basic execution role.`,
      );
      const pages = stack.getLogicalId(bucket.node.defaultChild as CfnBucket);
      const wildcards = [
        ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map((a) => `Action::${a}`),
        `Resource::<${pages}.Arn>/*`,
        // the asset bucket's name holds the account: a token when unknown, the number when `cdk deploy` sets it
        `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account}-${stack.region}/*`,
        'Resource::*',
      ];
      for (const finding of wildcards) {
        acknowledge(
          deployer,
          `AwsSolutions-IAM5[${finding}]`,
          `${why} CDK grants it read on its asset objects, write on the page bucket's objects, and CloudFront invalidation (the wildcards are object keys and the invalidation API).`,
        );
      }
      acknowledge(deployer, 'AwsSolutions-L1', `${why} its Python runtime is the one CDK pins and tests.`);
    }
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: municipal staff report from outside Thailand too (training, travel); sign-in is required for any data.',
    );
    if (!props.webAclArn)
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR2',
        'No WAF web ACL by default (-c waf=true adds one, about US$ 7/month): the page is static, every API route needs a Cognito token, and API Gateway throttles.',
      );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; a custom domain with its own certificate sets TLSv1.2_2021.',
    );
  }

  /**
   * The files bucket's CORS: presigned PUTs from the page's own origin and the configured ones
   * only (never every *.cloudfront.net site). The bucket lives in the stateful stack, which cannot
   * know this distribution's address, so the rule is set here, at deploy, by PutBucketCors.
   */
  private allowUploadsFrom(filesBucket: IBucket, origins: string[]): void {
    const cors = new AwsCustomResource(this, 'FilesBucketCors', {
      onUpdate: {
        service: 'S3',
        action: 'putBucketCors',
        parameters: {
          Bucket: filesBucket.bucketName,
          CORSConfiguration: {
            CORSRules: [
              {
                AllowedMethods: ['PUT'],
                AllowedOrigins: origins,
                // the headers the presigned PUT is signed for (content-length is the browser's own)
                AllowedHeaders: ['content-type', 'if-none-match', 'x-amz-tagging'],
                MaxAgeSeconds: 3000,
              },
            ],
          },
        },
        physicalResourceId: PhysicalResourceId.of('files-bucket-cors'),
      },
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['s3:PutBucketCORS'], resources: [filesBucket.bucketArn] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: new LogGroup(this, 'FilesBucketCorsLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    const stack = Stack.of(this);
    const uuid = AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '');
    const provider = stack.node.children.find((c) => c.node.id.includes(uuid));
    for (const scope of [cors, ...(provider ? [provider] : [])]) {
      const why = 'The custom resource that sets the files bucket CORS at deploy (PutBucketCors on that one bucket):';
      acknowledge(
        scope,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        `${why} it logs through the AWS managed basic execution role.`,
      );
      acknowledge(scope, 'AwsSolutions-L1', `${why} its Node.js runtime is the one CDK pins and tests.`);
    }
  }
}
