import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/api/routes.js';
import { evidenceKey } from '../../shared/domain/evidence-rules.js';
import { SCHEDULES } from '../../shared/schedules/schedule-catalog.js';
import { randomUUID } from 'node:crypto';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { statementsOf } from '../support/cdk-functions.js';
import { allows, rolePermissions } from '../support/role-permissions.js';
import { synthesized } from '../support/synthesized-app.js';

const {
  app,
  stacks: { stateful, stateless },
  template: templateOf,
} = synthesized({ stage: 'test', corsOrigins: 'https://ita.example.go.th', alarmEmail: 'it@example.go.th' });
const template = templateOf(stateless);

describe('stateless stack', () => {
  it('passes cdk-nag (AwsSolutions) with no unacknowledged finding', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('synthesises without a CDK warning: each one accepted is acknowledged with its reason', () => {
    for (const stack of [stateful, stateless]) {
      const warnings = Annotations.fromStack(stack).findWarning('*', Match.anyValue());
      expect(warnings.map((w) => `${w.id}: ${JSON.stringify(w.entry.data).slice(0, 120)}`)).toEqual([]);
    }
  });

  it('keeps every log for at most 3 months: each function logs to its own log group with a retention', () => {
    const groups = template.findResources('AWS::Logs::LogGroup');
    expect(Object.keys(groups).length).toBeGreaterThan(3);
    for (const [id, group] of Object.entries(groups)) {
      expect(group.Properties.RetentionInDays, id).toBeGreaterThan(0);
      expect(group.Properties.RetentionInDays, id).toBeLessThanOrEqual(90);
    }
    for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function'))) {
      const target = fn.Properties.LoggingConfig?.LogGroup?.Ref as string | undefined;
      expect(target && groups[target], `${id} logs to a log group of this stack`).toBeTruthy();
    }
  });

  it('creates every schedule of the catalog with its cron expression in Asia/Bangkok', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')).map((r) => r.Properties);
    expect(schedules).toHaveLength(SCHEDULES.length);
    for (const entry of SCHEDULES) {
      const found = schedules.find((s) => s.Name === `ita-test-${entry.id}`);
      expect(found, entry.id).toMatchObject({
        ScheduleExpression: entry.cron,
        ScheduleExpressionTimezone: 'Asia/Bangkok',
        State: 'ENABLED',
      });
      expect(JSON.parse(found.Target.Input)).toEqual({
        kind: entry.input.kind,
        scheduledTime: '<aws.scheduler.scheduled-time>',
      });
      expect(found.Target, JSON.stringify(found.Target)).toMatchObject({
        RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 4 * 3600 },
        DeadLetterConfig: { Arn: expect.anything() },
      });
    }
  });

  it('puts the JWT authorizer on every route of the route table but the public calendar feed and the public not-found page', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    // the public calendar file answers HEAD too (calendar apps ask HEAD first); /ita/{proxy+} is
    // CloudFront's fallback for an /ita/ address with nothing published (constructs/web-site.ts)
    const NOT_FOUND_PAGE = ['GET /ita/{proxy+}', 'HEAD /ita/{proxy+}'];
    // GET on an address without one reaches the API function's 405 (tester s51): the created unit's Location
    const GET_ANSWERED_405 = ['/v1/units/{unitId}', '/v1/people/{personId}', '/v1/calendar-feeds/{feedId}'].map(
      (path) => `GET ${path}`,
    );
    const keys = routes.map((r) => r.RouteKey);
    expect(keys).toEqual(expect.arrayContaining(GET_ANSWERED_405));
    const added = keys.filter(
      (k) => k.startsWith('GET ') && !Object.values(ROUTES).some((r) => `${r.method} ${r.path}` === k),
    );
    expect(added.filter((k) => !NOT_FOUND_PAGE.includes(k)).length).toBeGreaterThanOrEqual(GET_ANSWERED_405.length);
    expect(keys.sort()).toEqual(
      [
        ...Object.values(ROUTES).map((r) => `${r.method} ${r.path}`),
        'HEAD /calendar/{file}',
        ...NOT_FOUND_PAGE,
        ...added.filter((k) => !NOT_FOUND_PAGE.includes(k)),
      ].sort(),
    );
    // none of them shadows a GET the table has ("…/{generation}/publish" stays the file route's)
    expect(added).not.toContain('GET /v1/fiscal-years/{fy}/annual-report/{generation}/publish');
    const calendarKeys = Object.values(ROUTES)
      .filter((r) => 'public' in r && r.public)
      .flatMap((r) => [`${r.method} ${r.path}`, `HEAD ${r.path}`]);
    expect(calendarKeys).toEqual(['GET /calendar/{file}', 'HEAD /calendar/{file}']);
    const publicKeys = [...calendarKeys, ...NOT_FOUND_PAGE];
    for (const r of routes) {
      if (publicKeys.includes(r.RouteKey)) expect(r.AuthorizationType ?? 'NONE', r.RouteKey).toBe('NONE');
      else expect(r, r.RouteKey).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: expect.anything() });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
  });

  it('lets the API function manage Cognito sign-ins (create, read, enable, disable, delete a refused add, renew an unused invitation) in its user pool only', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).map((r) => r.Properties);
    const cognito = policies
      .flatMap((p) => p.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[])
      .filter((st) => [st.Action].flat().some((a) => a.startsWith('cognito-idp:')));
    expect(cognito).toHaveLength(1);
    expect([cognito[0]!.Action].flat().sort()).toEqual([
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDeleteUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminSetUserPassword',
    ]);
    // the pool's ARN, exported by the stateful stack (its logical id starts with Users)
    expect(JSON.stringify(cognito[0]!.Resource)).toMatch(/Stateful:ExportsOutputFnGetAttUsers[0-9A-F]+Arn/);
  });

  it('routes /calendar/* through CloudFront to the API, GET and HEAD only, uncached', () => {
    const dist = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties;
    const behaviors = dist.DistributionConfig.CacheBehaviors as { PathPattern: string; AllowedMethods: string[] }[];
    const calendar = behaviors.find((b) => b.PathPattern === '/calendar/*');
    expect(calendar?.AllowedMethods.sort()).toEqual(['GET', 'HEAD']);
  });

  it('logs API access and throttles by default, with a CORS allow-list', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://ita.example.go.th'],
        // session 37: a page on that origin reads the person's ETag and a created resource's Location
        ExposeHeaders: Match.arrayWith(['etag', 'location']),
      }),
    });
  });

  it('runs every function on arm64 with Node.js 22 or newer, ESM, with its own log group', () => {
    const all = Object.entries(template.findResources('AWS::Lambda::Function'));
    // besides ours, CDK's own: the BucketDeployment (copies the web page during cdk deploy) and the
    // AwsCustomResource singleton (sets the files bucket's CORS to the page's origin at deploy), and
    // the page bucket's auto-delete provider (empties it when the stack is deleted)
    const cdkOwn = (id: string) =>
      id.startsWith('CustomCDKBucketDeployment') ||
      id.startsWith('AWS679f53fac002430cb0da5b7982bd2287') ||
      id.startsWith('CustomS3AutoDeleteObjects');
    expect(all.filter(([id]) => !cdkOwn(id)).map(([id]) => id.replace(/Function[0-9A-F]{8}$/, ''))).toEqual([
      'Api',
      'PlanImport',
      'Calendar',
      'Schemas',
      'ScheduledJob',
      'OrgWorker',
      'Documents',
      'MailEvents',
      // the public not-found page, CloudFront's fallback origin for /ita/* (constructs/web-site.ts)
      'WebPublicNotFound',
    ]);
    const functions = all.filter(([id]) => !cdkOwn(id)).map(([, r]) => r.Properties);
    for (const fn of functions) {
      expect(fn.Architectures).toEqual(['arm64']);
      expect(Number(/^nodejs(\d+)\.x$/.exec(fn.Runtime)?.[1])).toBeGreaterThanOrEqual(22);
      expect(fn.LoggingConfig).toMatchObject({ LogGroup: expect.anything() });
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Environment.Variables.POWERTOOLS_SERVICE_NAME).toMatch(/^ita-measures-/);
    }
  });

  it('has the DLQs (encrypted, TLS-only) and the alarms', () => {
    const queues = Object.values(template.findResources('AWS::SQS::Queue')).map((r) => r.Properties);
    // and the SES events' dead-letter queue, beside their topic (s59 C1)
    expect(queues).toHaveLength(8);
    for (const q of queues) expect(q.SqsManagedSseEnabled).toBe(true);
    expect(queues.filter((q) => q.RedrivePolicy)).toHaveLength(2);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);
    const metrics = alarms.map((a) => a.MetricName).sort();
    expect(metrics).toEqual(
      [
        // SchedulerDlq, FailedScheduledRuns, WorkDlq, DocumentDlq, FailedMailEvents, MailEventsDlq
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        'ApproximateNumberOfMessagesVisible',
        // OrgWork and DocumentWork not taken (s57 C1)
        'ApproximateAgeOfOldestMessage',
        'ApproximateAgeOfOldestMessage',
        // Api, PlanImport, Calendar, Schemas, ScheduledJob, OrgWorker, Documents, MailEvents,
        // PublicNotFound (s59 C2)
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'Errors',
        'InvocationDroppedCount',
        'TargetErrorCount',
        // a failure that could not be recorded on its queue (s58 C1): ScheduledJob, MailEvents, Scheduler
        'DestinationDeliveryFailures',
        'DestinationDeliveryFailures',
        'InvocationsFailedToBeSentToDeadLetterCount',
        // schedules that stopped firing (s58 C3)
        'InvocationAttemptCount',
        '5xx',
        // SES stops sending (s31-o F3): SES's reputation, the jobs' given-up emails and refused account
        'Reputation.BounceRate',
        'Reputation.ComplaintRate',
        'EmailsGivenUp',
        'SesAccountRefused',
        // SES's daily quota spent: the rest deferred, quietly (s58 C4)
        'SesQuotaReached',
        // SES events SNS could not hand to the mail-events function nor keep on its dead-letter
        // queue (s58 C5, s59 C1)
        'NumberOfNotificationsFailedToRedriveToDlq',
        // the annual report failed for good: no DLQ message follows (s31 o F12)
        'AnnualReportFailed',
        // the API throttled: API Gateway's 429s (from the access log) and Lambda's (s35-g)
        'ApiThrottled',
        'Throttles',
      ].sort(),
    );
    for (const a of alarms) expect(a.AlarmActions).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'it@example.go.th' });
  });

  // review s58 (s59 C2): the public not-found function (the Thai page of an /ita/ address with
  // nothing published) had no Errors alarm where every other function had one: a fault there showed
  // the public CloudFront's English error page, and only Api5xx (any route) said anything.
  it.each([
    ['Singapore', template],
    ['Bangkok (SES in the Mail stack)', templateOf(synthesized({ stage: 'test' }, 'ap-southeast-7').stacks.stateless)],
  ] as const)('%s: every function of ours has an Errors alarm naming it, with its runbook', (_, t) => {
    const ours = Object.entries(t.findResources('AWS::Lambda::Function')).filter(([, f]) =>
      String(f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME).startsWith('ita-measures-'),
    );
    expect(ours.length).toBe(9);
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    for (const [id] of ours) {
      const name = id.replace(/^Web/, '').replace(/Function[0-9A-F]{8}$/, '');
      const on = alarms.filter(
        (a) =>
          a.MetricName === 'Errors' &&
          JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: id } }]),
      );
      expect(
        on.map((a) => a.AlarmName),
        id,
      ).toEqual([`ita-measures-test-${name}Errors`]);
      expect(on[0]).toMatchObject({
        Namespace: 'AWS/Lambda',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        Period: 300,
        AlarmDescription: expect.stringContaining(`Runbook: docs/operations.md, "${name}Errors"`),
        AlarmActions: [expect.anything()],
      });
    }
  });

  it('sends mail through an SES identity and a configuration set that suppresses bounces and complaints', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
  });

  it('grants no IAM statement with Action "*", and no Scan anywhere', () => {
    for (const [t, hasPolicies] of [
      [template, true],
      [templateOf(stateful), false],
    ] as const) {
      const docs = [
        ...Object.values(t.findResources('AWS::IAM::Policy')).map((r) => r.Properties.PolicyDocument),
        ...Object.values(t.findResources('AWS::IAM::Role')).flatMap((r) =>
          (r.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument),
        ),
      ];
      const actions = docs.flatMap((d) => d.Statement).flatMap((s: { Action: string | string[] }) => [s.Action].flat());
      expect(actions.length > 0).toBe(hasPolicies);
      expect(actions).not.toContain('*');
      expect(actions.filter((a: string) => /:\*$/.test(a))).toEqual([]);
      expect(actions).not.toContain('dynamodb:Scan');
    }
  });
});

describe("bucket listings (key names hold people's names)", () => {
  const roles = rolePermissions(template, templateOf(stateful));
  const functions = [
    'ApiFunction',
    'PlanImportFunction',
    'CalendarFunction',
    'SchemasFunction',
    'ScheduledJobFunction',
    'OrgWorkerFunction',
    'DocumentsFunction',
  ];
  const buckets = [
    ...Object.keys(templateOf(stateful).findResources('AWS::S3::Bucket')),
    ...Object.keys(template.findResources('AWS::S3::Bucket')),
  ].map((id) => `arn:aws:s3:::${id}`);
  const filesBucket = `arn:aws:s3:::${stateful.getLogicalId(stateful.bucket.node.defaultChild as CfnBucket)}`;
  const publicBucket = buckets.find((arn) => arn.includes(':::WebPublicDocuments'))!;
  const listing = (resource: string, prefix?: string) => ({
    action: 's3:ListBucket',
    resource,
    ...(prefix === undefined ? {} : { prefix }),
  });

  it('no function may list any bucket with no prefix (a listing of every key)', () => {
    for (const fn of functions)
      for (const bucket of buckets)
        expect(allows(roles.grantsOf(fn), listing(bucket)), `${fn} on ${bucket}`).toBe(false);
  });

  const obligation = 'i4.f2.2023-04.finance';
  it("the API may not list an org's, a year's or an obligation's evidence: one upload's key, or a document generation's", () => {
    const api = roles.grantsOf('ApiFunction');
    expect(allows(api, listing(filesBucket, 'don-arang/'))).toBe(false);
    expect(allows(api, listing(filesBucket, 'don-arang/2567/'))).toBe(false);
    expect(allows(api, listing(filesBucket, 'don-arang/2567/evidence/'))).toBe(false);
    expect(allows(api, listing(filesBucket, `don-arang/2567/evidence/${obligation}/`))).toBe(false);
    expect(allows(api, listing(filesBucket, `don-arang/2567/evidence/${obligation}/3f2a`))).toBe(false);
    expect(
      allows(api, listing(filesBucket, evidenceKey('don-arang', 2567, obligation, randomUUID(), 'หลักฐาน.pdf'))),
    ).toBe(true);
    expect(allows(api, listing(filesBucket, 'don-arang/2567/annual-report/3/report.json'))).toBe(true);
  });

  it('the API may not list the public bucket outside ita/, nor with an empty prefix', () => {
    const api = roles.grantsOf('ApiFunction');
    expect(allows(api, listing(publicBucket, ''))).toBe(false);
    expect(allows(api, listing(publicBucket, 'other/'))).toBe(false);
    expect(allows(api, listing(publicBucket, 'ita/don-arang/2567/plan.pdf'))).toBe(true);
  });
});

// review s41 F3: each role allows what its function's code calls (the IAM conformance file records
// those calls), no more: the planner only lists the orgs and queues their work items
describe('least privilege: a role allows what its code calls', () => {
  // X-Ray tracing's grant and the writes to its own log group are on every function (NodeFunction)
  const ownStatements = (fn: string) =>
    statementsOf(template, fn).filter((s) => ![s.Action].flat().every((a) => /^(xray|logs):/.test(a)));
  const actionsOf = (fn: string) => [...new Set(ownStatements(fn).flatMap((s) => [s.Action].flat()))].sort();
  const functionProps = (fn: string) =>
    Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith(fn))![1].Properties;
  const queueId = (prefix: string) =>
    Object.keys(template.findResources('AWS::SQS::Queue')).find((id) => id.startsWith(prefix))!;

  it('the scheduled-job planner may Query the table and send to the work and document queues, nothing else', () => {
    // each resource with the actions granted on it
    const granted = new Map<string, string[]>();
    for (const s of ownStatements('ScheduledJobFunction'))
      for (const r of [s.Resource].flat()) {
        const key = JSON.stringify(r);
        granted.set(key, [...(granted.get(key) ?? []), ...[s.Action].flat()].sort());
      }
    const queue = (prefix: string) => JSON.stringify({ 'Fn::GetAtt': [queueId(prefix), 'Arn'] });
    const table = [...granted.keys()].find((k) => k.includes('Table'))!;
    expect(Object.fromEntries(granted)).toEqual({
      // the org registry is a Query on the table itself (listOrgs), no index
      [table]: ['dynamodb:Query'],
      [queue('OrgWork')]: ['sqs:SendMessage'],
      [queue('DocumentWork')]: ['sqs:SendMessage'],
      // Lambda's on-failure destination sends a failed run with the function's role (CDK's grant)
      [queue('FailedScheduledRuns')]: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
    });
    expect(table).not.toContain('/index/');
  });

  it("the planner's environment has its table and queues, none of the mail or files settings it never reads", () => {
    const variables = Object.keys(functionProps('ScheduledJobFunction').Environment.Variables);
    expect(variables).toEqual(expect.arrayContaining(['TABLE_NAME', 'WORK_QUEUE_URL', 'DOCUMENT_QUEUE_URL']));
    for (const unused of [
      'MAIL_FROM',
      'BUCKET_NAME',
      'REPORT_RETENTION_YEARS',
      'SES_REGION',
      'SES_CONFIGURATION_SET',
      'FORM_URL',
    ])
      expect(variables, unused).not.toContain(unused);
  });

  it('the read-only route functions (calendar, schemas) may read the table: no ConditionCheckItem, no write', () => {
    for (const fn of ['CalendarFunction', 'SchemasFunction'])
      expect([fn, actionsOf(fn)]).toEqual([fn, ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query']]);
  });

  it('no role may write to an index (DynamoDB writes items to the table only): index ARNs get Query only', () => {
    const functions = Object.keys(template.findResources('AWS::Lambda::Function')).filter(
      (id) => !id.startsWith('Custom') && !id.startsWith('AWS679'),
    );
    const onIndexes = functions.flatMap((fn) =>
      ownStatements(fn)
        .filter((s) => JSON.stringify(s.Resource).includes('/index/'))
        .flatMap((s) => [s.Action].flat().map((a) => `${fn}: ${a}`)),
    );
    expect(onIndexes.length).toBeGreaterThan(0);
    expect(onIndexes.filter((a) => !a.endsWith(': dynamodb:Query'))).toEqual([]);
  });
});

// review s41 F10: the five queue alarms shared one description ("a scheduled run or an org's job
// gave up"), wrong for the SES events and documents, naming ids that are no queue
describe('each queue alarm says what is on its own queue', () => {
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
    .map((r) => r.Properties)
    .filter((a) => String(a.AlarmName).endsWith('NotEmpty'));
  const queues = Object.keys(template.findResources('AWS::SQS::Queue'));

  it.each([
    ['SchedulerDlqNotEmpty', 'SchedulerDeadLetters', 'EventBridge Scheduler'],
    ['FailedScheduledRunsNotEmpty', 'FailedScheduledRuns', 'scheduled run'],
    ['WorkDlqNotEmpty', 'WorkDeadLetters', "org's work item"],
    ['DocumentDlqNotEmpty', 'DocumentDeadLetters', 'document'],
    ['FailedMailEventsNotEmpty', 'FailedMailEvents', 'SES bounce, complaint or reject event'],
  ])('%s watches queue %s and its description names it and what failed', (id, queue, what) => {
    const alarm = alarms.find((a) => a.AlarmName === `ita-measures-test-${id}`)!;
    const queueId = queues.find((q) => q.startsWith(queue) && /^[0-9A-F]{8}$/.test(q.slice(queue.length)));
    expect(alarm.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }]);
    expect(alarm.AlarmDescription).toContain(`queue ${queue}`);
    expect(alarm.AlarmDescription).toContain(what);
  });

  it('no two queue alarms share a description', () => {
    expect(alarms).toHaveLength(6);
    expect(new Set(alarms.map((a) => a.AlarmDescription)).size).toBe(6);
  });
});
