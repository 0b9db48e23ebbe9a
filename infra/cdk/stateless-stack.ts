// Code and wiring: functions, the HTTP API, the web page (CloudFront + S3 + managed login), the schedules, the fan-out queue, SES, alarms.
import { CfnOutput, Duration, Fn, SecretValue, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import {
  CfnStage,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  SecurityPolicy,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { UserPool } from 'aws-cdk-lib/aws-cognito';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleGroup,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { TimeZone } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ORIGIN_SECRET_HEADER } from '../../shared/api/origin-secret.js';
import { EXPOSED_HEADERS, REQUEST_HEADERS, ROUTES, type RouteSpec, routePathPattern } from '../../shared/api/routes.js';
import { DOCUMENT_KINDS } from '../../shared/domain/document-kinds.js';
import { SCHEDULES } from '../../shared/schedules/schedule-catalog.js';
import { TABLE } from '../../shared/store/table-definition.js';
import { filesArnExport } from './stateful-stack.js';
import { acknowledge } from './acknowledge.js';
import {
  addAlarm,
  addApiThrottleAlarms,
  addJobLogAlarms,
  addMailEventsDeliveryAlarms,
  addSesReputationAlarms,
  alarmSink,
} from './alarms.js';
import { addMailSender, type MailSender } from './mail-identity.js';
import { FUNCTION_ENTRIES } from './bundling.js';
import { NodeFunction } from './constructs/node-function.js';
import { WebSite } from './constructs/web-site.js';
import type { Settings } from './settings.js';
import { PLAN_UPLOAD_PREFIX } from '../../shared/domain/plan-upload-rules.js';

export interface StatelessStackProps extends StackProps {
  settings: Settings;
  /** the stateful stack's export prefix (see filesArnExport) */
  exportPrefix: string;
  table: TableV2;
  bucket: Bucket;
  logsBucket: Bucket;
  userPool: UserPool;
  /** the SES sender when it lives in another region (MailStack); default: created in this stack */
  mailSender?: MailSender;
  /** the WAF web ACL for the distribution (FairShareStack, us-east-1), when settings.waf */
  webAclArn?: string;
}

/**
 * Concurrency reserved for the scheduled work, apart from the API's (settings.reserveJobConcurrency):
 * a flood of API requests cannot take the capacity the reminders and documents need, and the
 * queues' maxConcurrency matches. 9 of the account's default 1,000; the API uses the unreserved rest.
 */
export const JOB_CONCURRENCY = { scheduledJob: 2, orgWorker: 5, documents: 2 } as const;

/** The queue workers' timeouts; each queue's visibility timeout is 6 times its worker's. */
const WORKER_TIMEOUT = Duration.minutes(5);
const DOCUMENTS_TIMEOUT = Duration.minutes(15);
/** Receives of a worker queue's message before it goes to the queue's dead-letter queue. */
const MAX_RECEIVES = 5;

/**
 * Lambda's asynchronous-invoke settings of the scheduled-job function (the only function invoked
 * asynchronously: by EventBridge Scheduler). Lambda allows 0-2 retries and an event age of 1 min-6 h;
 * 4 h matches the schedules' maxEventAge and covers a run queued behind the reserved concurrency.
 */
export const PLANNER_ASYNC_RETRIES = { retryAttempts: 2, maxEventAge: Duration.hours(4) } as const;

/**
 * The DynamoDB actions the code uses. No Scan: nothing in the system scans. A ConditionCheck is a
 * part of a TransactWriteItems (a write); an index is only ever queried (items are written to the
 * table), so index ARNs get Query alone.
 */
const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];
const INDEX_READ = ['dynamodb:Query'];
/** A plan save deletes the replaced revision's measures in BatchWriteItem, an action of its own in IAM. */
const PLAN_SAVE = ['dynamodb:BatchWriteItem'];

/**
 * s3:ListBucket under `prefixes` only: a listing must carry an s3:prefix that matches (StringLike, not
 * ...IfExists: a listing with no prefix has no s3:prefix, and IfExists let it list every key of the
 * bucket; the key names hold people's names). The code asks whether a key exists with a one-key
 * listing (shared/aws/s3-key-listed.ts), never by reading a missing key: without an unconditional
 * s3:ListBucket, S3 answers that read 403, not 404 (GetObject, "Permissions").
 */
/**
 * A listing of one evidence upload: {org}/{fy}/evidence/{obligation}/{uuid}-{name} (evidenceKey), up
 * to and with the whole upload id, so that no listing shows other uploads' file names.
 */
export const EVIDENCE_UPLOAD_LISTING = '*/evidence/*/????????-????-????-????-????????????-*';

function listingUnder(bucketArn: string, prefixes: string[]): PolicyStatement {
  return new PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: [bucketArn],
    conditions: { StringLike: { 's3:prefix': prefixes } },
  });
}

export class StatelessStack extends Stack {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { settings, table, bucket } = props;

    // --- mail -------------------------------------------------------------------------
    const mail = props.mailSender ?? addMailSender(this, settings);
    const identityArn = `arn:${this.partition}:ses:${mail.region}:${this.account}:identity/${mail.identityName}`;
    const configurationSetArn = `arn:${this.partition}:ses:${mail.region}:${this.account}:configuration-set/${mail.configurationSetName}`;

    // --- queues -----------------------------------------------------------------------
    // A worker queue (an SQS event source) follows AWS's guidance: visibility timeout at least 6
    // times the function's timeout, maxReceiveCount at least 5, so a message is not received again
    // while a slow or throttled batch still holds it
    // (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html).
    const queue = (name: string, props: { dlq?: Queue; consumerTimeout?: Duration } = {}) =>
      new Queue(this, name, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
        ...(props.consumerTimeout
          ? { visibilityTimeout: Duration.seconds(6 * props.consumerTimeout.toSeconds()) }
          : {}),
        ...(props.dlq ? { deadLetterQueue: { queue: props.dlq, maxReceiveCount: MAX_RECEIVES } } : {}),
      });
    const schedulerDlq = queue('SchedulerDeadLetters');
    // the planner's runs that still failed after Lambda's own retries (PLANNER_ASYNC_RETRIES)
    const failedRuns = queue('FailedScheduledRuns');
    const workDlq = queue('WorkDeadLetters');
    const workQueue = queue('OrgWork', { dlq: workDlq, consumerTimeout: WORKER_TIMEOUT });
    const documentDlq = queue('DocumentDeadLetters');
    const documentQueue = queue('DocumentWork', { dlq: documentDlq, consumerTimeout: DOCUMENTS_TIMEOUT });
    // SES events the mail-events function still failed on after Lambda's retries
    const failedMailEvents = queue('FailedMailEvents');
    for (const dlq of [schedulerDlq, failedRuns, workDlq, documentDlq, failedMailEvents])
      acknowledge(dlq, 'AwsSolutions-SQS3', 'This queue is itself a dead-letter queue.');

    // --- functions --------------------------------------------------------------------
    const reserved = (fn: keyof typeof JOB_CONCURRENCY) =>
      settings.reserveJobConcurrency ? { reservedConcurrency: JOB_CONCURRENCY[fn] } : {};
    const common = {
      TABLE_NAME: table.tableName,
      BUCKET_NAME: bucket.bucketName,
      MAIL_FROM: settings.senderEmail,
      SES_CONFIGURATION_SET: mail.configurationSetName,
      SES_REGION: mail.region,
      REPORT_RETENTION_YEARS: String(settings.reportRetentionYears),
    };
    const api = new NodeFunction(this, 'Api', {
      entry: FUNCTION_ENTRIES.api,
      serviceName: 'ita-measures-api',
      memorySize: 1024,
      timeout: Duration.seconds(29),
      environment: {
        ...common,
        CORS_ORIGINS: settings.corsOrigins.join(','),
        DOCUMENT_QUEUE_URL: documentQueue.queueUrl,
        USER_POOL_ID: props.userPool.userPoolId,
      },
    }).fn;
    // plan imports read PDF, Word and Excel files, and a plan is saved through the same importer
    // (PUT /plan takes a measures document too): that code loads in its own function, not the API's
    const planImport = new NodeFunction(this, 'PlanImport', {
      entry: FUNCTION_ENTRIES.planImport,
      serviceName: 'ita-measures-plan-import',
      memorySize: 1536,
      timeout: Duration.seconds(29),
      environment: { TABLE_NAME: table.tableName, BUCKET_NAME: bucket.bucketName },
    }).fn;
    /** A function serving routes that read the table only (its role: TABLE_READ, below). */
    const readOnlyRouteFunction = (id: string, entry: string, serviceName: string) =>
      new NodeFunction(this, id, {
        entry,
        serviceName,
        memorySize: 512,
        timeout: Duration.seconds(29),
        environment: { TABLE_NAME: table.tableName },
      }).fn;
    // calendar apps fetch /calendar/{token}.ics every few hours: the iCalendar writer loads there only
    const calendar = readOnlyRouteFunction('Calendar', FUNCTION_ENTRIES.calendar, 'ita-measures-calendar');
    // the OpenAPI document and the report form's JSON Schema: their builder loads there only
    const schemas = readOnlyRouteFunction('Schemas', FUNCTION_ENTRIES.schemas, 'ita-measures-schemas');
    // the planner lists the orgs and queues one work item each (functions/jobs/scheduled-job.ts):
    // the table and the two queues, no mail, no files
    const planner = new NodeFunction(this, 'ScheduledJob', {
      entry: FUNCTION_ENTRIES.scheduledJob,
      serviceName: 'ita-measures-jobs',
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: {
        TABLE_NAME: table.tableName,
        WORK_QUEUE_URL: workQueue.queueUrl,
        DOCUMENT_QUEUE_URL: documentQueue.queueUrl,
      },
      ...reserved('scheduledJob'),
    }).fn;
    // Scheduler invokes the planner asynchronously: its retry policy and DLQ (below) cover only a
    // failed hand-over to Lambda; a run that throws (FanOutError) is retried by Lambda's async
    // config, then recorded on FailedScheduledRuns for a person to replay (docs/reminders.md, Fan-out;
    // https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html).
    planner.configureAsyncInvoke({ ...PLANNER_ASYNC_RETRIES, onFailure: new SqsDestination(failedRuns) });
    new CfnOutput(this, 'FailedScheduledRunsUrl', {
      value: failedRuns.queueUrl,
      description: 'scheduled runs that failed after retries (replay: docs/reminders.md, Fan-out)',
    });
    new CfnOutput(this, 'ScheduledJobFunctionName', { value: planner.functionName });
    const workerFunction = new NodeFunction(this, 'OrgWorker', {
      entry: FUNCTION_ENTRIES.orgWorker,
      serviceName: 'ita-measures-jobs',
      memorySize: 1024,
      timeout: WORKER_TIMEOUT,
      environment: { ...common, MAIL_MAX_PER_SECOND: String(settings.mailMaxPerSecond) },
      ...reserved('orgWorker'),
    });
    const worker = workerFunction.fn;
    const workerLogs = workerFunction.logGroup;
    worker.addEventSource(
      new SqsEventSource(workQueue, {
        batchSize: 5,
        reportBatchItemFailures: true,
        maxConcurrency: JOB_CONCURRENCY.orgWorker,
      }),
    );
    // Documents (PDF, DOCX): the only function with the renderers and the fonts. The API's requested
    // generations and the annual schedule's per-org work both arrive on its queue.
    const documentsFunction = new NodeFunction(this, 'Documents', {
      entry: FUNCTION_ENTRIES.documents,
      serviceName: 'ita-measures-documents',
      memorySize: 1024,
      timeout: DOCUMENTS_TIMEOUT,
      withFonts: true,
      environment: { ...common, MAIL_MAX_PER_SECOND: String(settings.mailMaxPerSecond) },
      ...reserved('documents'),
    });
    const documents = documentsFunction.fn;
    const documentsLogs = documentsFunction.logGroup;
    documents.addEventSource(
      new SqsEventSource(documentQueue, {
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: JOB_CONCURRENCY.documents,
      }),
    );

    // SES's bounce, complaint and reject events (SNS, from the configuration set's event destination
    // in SES's region: mail-identity.ts) mark the people SES could not reach. SNS invokes it
    // asynchronously: Lambda retries a throw twice, then keeps the event on FailedMailEvents.
    const mailEvents = new NodeFunction(this, 'MailEvents', {
      entry: FUNCTION_ENTRIES.mailEvents,
      serviceName: 'ita-measures-mail-events',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { TABLE_NAME: table.tableName },
    }).fn;
    mailEvents.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(failedMailEvents) });
    // the topic of this stack, or the Mail stack's (another region) by its ARN
    const eventsTopic = props.mailSender
      ? Topic.fromTopicArn(this, 'SesMailEventsTopic', mail.eventsTopicArn)
      : mail.eventsTopic!;
    // what SNS could not deliver (the function or its permission gone) waits on the dead-letter queue
    // beside the topic, whose policy addMailSender writes (so imported here, mail-identity.ts)
    const eventsDeadLetters = Queue.fromQueueArn(
      this,
      'SesMailEventsDeadLetters',
      props.mailSender ? mail.eventsDeadLetterArn : mail.eventsDeadLetters!.queueArn,
    );
    eventsTopic.addSubscription(new LambdaSubscription(mailEvents, { deadLetterQueue: eventsDeadLetters }));
    // it reads the email's claim and updates the person: those two items' actions, the table only
    mailEvents.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [table.tableArn] }),
    );

    // --- least privilege --------------------------------------------------------------
    const indexes = TABLE.indexes.map((ix) => `${table.tableArn}/index/${ix.indexName}`);
    for (const fn of [api, planImport, worker, documents]) {
      fn.addToRolePolicy(
        new PolicyStatement({ actions: [...TABLE_READ, ...TABLE_WRITE], resources: [table.tableArn] }),
      );
      fn.addToRolePolicy(new PolicyStatement({ actions: INDEX_READ, resources: indexes }));
    }
    // the planner's one call on the table: the org registry's Query (listOrgs)
    planner.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [table.tableArn] }));
    // plans are saved by the API (plan dates, ...) and the plan-import function (PUT /plan)
    for (const fn of [api, planImport])
      fn.addToRolePolicy(new PolicyStatement({ actions: PLAN_SAVE, resources: [table.tableArn] }));
    // a calendar file is read only: the feed token, the owner, the plan and reports of the years;
    // the schema documents read nothing but the caller (the person item, the org and its units)
    for (const fn of [calendar, schemas]) {
      fn.addToRolePolicy(new PolicyStatement({ actions: TABLE_READ, resources: [table.tableArn] }));
      fn.addToRolePolicy(new PolicyStatement({ actions: INDEX_READ, resources: indexes }));
    }
    const filesArnName = filesArnExport(props.exportPrefix);
    const filesArn = Fn.importValue(filesArnName);
    // one prefix per document kind: {org}/{fy}/{kind}/{generation}/{file}
    const reports = DOCUMENT_KINDS.map((kind) => `${filesArn}/*/${kind}/*`);
    const evidence = `${filesArn}/*/evidence/*`;
    // the API presigns evidence uploads and downloads (a presigned GET carries its signer's rights;
    // HeadObject first needs s3:GetObject too); it writes no document itself
    // ... and tags cited evidence `evidence=cited` (lifecycle UncitedUploads). It lists one key to
    // know whether an evidence file or a generation's file exists (a cited key never uploaded is
    // skipped; a publish of a missing file is 404)
    api.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:PutObjectTagging', 's3:GetObject'],
        resources: [evidence],
      }),
    );
    api.addToRolePolicy(
      listingUnder(filesArn, [EVIDENCE_UPLOAD_LISTING, ...DOCUMENT_KINDS.map((kind) => `*/${kind}/*`)]),
    );
    // plan files over the inline limit: the API presigns their PUT, the plan-import function reads
    // them (a one-key listing for the size, then GetObject), both under plan-uploads/ only
    const planUploads = `${filesArn}/${PLAN_UPLOAD_PREFIX}*`;
    api.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [planUploads] }));
    planImport.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [planUploads] }));
    planImport.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [filesArn],
        conditions: { StringLike: { 's3:prefix': `${PLAN_UPLOAD_PREFIX}*` } },
      }),
    );
    for (const fn of [api, planImport])
      acknowledge(
        fn.role!,
        `AwsSolutions-IAM5[Resource::${filesArnName}/${PLAN_UPLOAD_PREFIX}*]`,
        'Uploaded plan files are keyed plan-uploads/{org}/{fy}/{uploadId}; the wildcard is the org, the year and the id.',
      );
    api.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: reports }));
    // a generation's signed copy (ฉบับลงนาม), signed-{uploadId}.pdf in the generation's folder: the
    // plan-import function presigns its PUT and reads it back (a one-key listing, then GetObject), and
    // deletes a replaced one never published; it writes no generated file. Publishing reads it in the
    // API (the GetObject above).
    const signedCopies = DOCUMENT_KINDS.map((kind) => `${filesArn}/*/${kind}/*/signed-*`);
    planImport.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], resources: signedCopies }),
    );
    planImport.addToRolePolicy(
      listingUnder(
        filesArn,
        DOCUMENT_KINDS.map((kind) => `*/${kind}/*/signed-*`),
      ),
    );
    documents.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:PutObjectRetention'], resources: reports }),
    );
    // the org worker retries a failed annual-report email first thing in its daily pass: the mail
    // is rendered again from the generation's report.json and report.pdf (annualReportMail)
    worker.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [`${filesArn}/*/annual-report/*`] }),
    );
    acknowledge(
      worker.role!,
      `AwsSolutions-IAM5[Resource::${filesArnName}/*/annual-report/*]`,
      'Annual-report objects are keyed {org}/{fy}/annual-report/...; the wildcards are the org and the fiscal year.',
    );
    documentQueue.grantSendMessages(api);
    // SendMessageBatch is authorised as sqs:SendMessage; the planner calls nothing else of SQS
    planner.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [workQueue.queueArn, documentQueue.queueArn] }),
    );
    for (const fn of [worker, documents]) {
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [identityArn, configurationSetArn],
        }),
      );
    }
    // the API sends invitation emails (person-invitation.ts): no attachments, so SendEmail only
    api.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: [identityArn, configurationSetArn] }),
    );
    // the coordinator adds, deactivates and reactivates people's sign-ins and resends invitations (issue 18)
    api.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminDeleteUser',
          // a new temporary password when the coordinator resends an invitation
          'cognito-idp:AdminSetUserPassword',
        ],
        resources: [props.userPool.userPoolArn],
      }),
    );
    for (const kind of DOCUMENT_KINDS)
      acknowledge(
        planImport.role!,
        `AwsSolutions-IAM5[Resource::${filesArnName}/*/${kind}/*/signed-*]`,
        `Signed copies are keyed {org}/{fy}/${kind}/{generation}/signed-{uploadId}.pdf; the wildcards are the org, the year, the generation and the id.`,
      );
    for (const fn of [api, documents]) {
      for (const kind of DOCUMENT_KINDS)
        acknowledge(
          fn.role!,
          `AwsSolutions-IAM5[Resource::${filesArnName}/*/${kind}/*]`,
          `Document objects are keyed {org}/{fy}/${kind}/...; the wildcards are the org and the fiscal year.`,
        );
    }
    acknowledge(
      api.role!,
      `AwsSolutions-IAM5[Resource::${filesArnName}/*/evidence/*]`,
      'Evidence objects are keyed {org}/{fy}/evidence/...; the wildcards are the org and the fiscal year.',
    );

    // --- API --------------------------------------------------------------------------
    // the token audiences the API accepts: the page's client only (added below, once it exists)
    const audiences: string[] = [];
    const authorizer = new HttpJwtAuthorizer('Cognito', props.userPool.userPoolProviderUrl, {
      jwtAudience: audiences,
    });
    // with its own domain, the API answers there only (CloudFront's origin); else on execute-api
    const apiDomain = settings.apiDomain
      ? new DomainName(this, 'ApiDomain', {
          domainName: settings.apiDomain.name,
          certificate: Certificate.fromCertificateArn(this, 'ApiCertificate', settings.apiDomain.certificateArn),
          securityPolicy: SecurityPolicy.TLS_1_2,
        })
      : undefined;
    // ...and refuses requests without CloudFront's secret origin header (generated at deploy; the
    // functions and the distribution read it through CloudFormation dynamic references, so its
    // value is in no template, no log and no source). Rotate: README, "Rotate the origin secret".
    const originSecret = apiDomain
      ? new Secret(this, 'ApiOriginSecret', {
          description: `ita-measures ${settings.stage}: the header CloudFront adds to requests to the API's own domain`,
          generateSecretString: { passwordLength: 48, excludePunctuation: true },
        })
      : undefined;
    // the version read: -c originSecretVersion after a rotation changes the template, so the deploy
    // updates the functions and the distribution together (README, "Rotate the origin secret")
    const originSecretValue = originSecret
      ? SecretValue.secretsManager(originSecret.secretArn, {
          ...(settings.originSecretVersion ? { versionId: settings.originSecretVersion } : {}),
        }).unsafeUnwrap()
      : undefined;
    if (originSecret) {
      const value = originSecretValue!;
      for (const fn of [api, planImport, calendar, schemas]) fn.addEnvironment('ORIGIN_SECRET', value);
      acknowledge(
        originSecret,
        'AwsSolutions-SMG4',
        'A shared value between CloudFront and the API functions; both read it at deploy, so it is rotated by putting a new value and redeploying, not by a rotation Lambda.',
      );
    }
    this.api = new HttpApi(this, 'FormApi', {
      description: 'ita-measures form API',
      defaultAuthorizer: authorizer,
      disableExecuteApiEndpoint: !!apiDomain,
      ...(apiDomain ? { defaultDomainMapping: { domainName: apiDomain } } : {}),
      // the page reaches the API through CloudFront on its own origin; CORS only for other origins
      ...(settings.corsOrigins.length
        ? {
            corsPreflight: {
              allowOrigins: settings.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT, CorsHttpMethod.POST, CorsHttpMethod.DELETE],
              allowHeaders: [...REQUEST_HEADERS],
              exposeHeaders: [...EXPOSED_HEADERS],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const site = new WebSite(this, 'Web', {
      stage: settings.stage,
      api: this.api,
      userPool: props.userPool,
      filesBucket: bucket,
      logsBucket: props.logsBucket,
      corsOrigins: settings.corsOrigins,
      ...(apiDomain ? { apiOriginDomain: settings.apiDomain!.name } : {}),
      ...(originSecret ? { apiOriginHeaders: { [ORIGIN_SECRET_HEADER]: originSecretValue! } } : {}),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
    });
    if (apiDomain)
      new CfnOutput(this, 'ApiDomainTarget', {
        value: apiDomain.regionalDomainName,
        description: `DNS: ${settings.apiDomain!.name} CNAME to this name (CloudFront reaches the API there)`,
      });
    audiences.push(site.client.userPoolClientId);
    const formUrl = settings.formUrl ?? site.url;
    for (const fn of [api, worker, documents]) fn.addEnvironment('FORM_URL', formUrl);
    // publishing: the API copies published generations to the public area and writes the ITA pages
    api.addEnvironment('PUBLIC_BUCKET_NAME', site.publicBucket.bucketName);
    api.addEnvironment('PUBLIC_BASE_URL', settings.formUrl ?? site.url);
    api.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [site.publicBucket.arnForObjects('ita/*')],
      }),
    );
    // publishing first reads the public copies, which may not exist yet: listed first
    api.addToRolePolicy(listingUnder(site.publicBucket.bucketArn, ['ita/*']));
    acknowledge(
      api.role!,
      `AwsSolutions-IAM5[Resource::<${this.getLogicalId(site.publicBucket.node.defaultChild as CfnBucket)}.Arn>/ita/*]`,
      'Public ITA objects are keyed ita/{org}/{fy}/...; the wildcard is the org, the year and the file name.',
    );
    new CfnOutput(this, 'WebPageUrl', { value: `${site.url}/`, description: 'the web page (หน้าเว็บ)' });
    new CfnOutput(this, 'PublicBucketName', {
      value: site.publicBucket.bucketName,
      description: 'PUBLIC_BUCKET_NAME of npm run admin -- refresh-ita-pages (ถังหน้าเผยแพร่ /ita/)',
    });
    const integration = new HttpLambdaIntegration('ApiIntegration', api);
    const integrations = {
      planImport: new HttpLambdaIntegration('PlanImportIntegration', planImport),
      calendar: new HttpLambdaIntegration('CalendarIntegration', calendar),
      schemas: new HttpLambdaIntegration('SchemasIntegration', schemas),
    };
    for (const route of Object.values(ROUTES)) {
      const handledBy = (route as RouteSpec).handledBy;
      const added = this.api.addRoutes({
        path: route.path,
        // a public GET answers HEAD as well (createApiHandler): CloudFront forwards both
        methods:
          (route as RouteSpec).public && route.method === 'GET'
            ? [HttpMethod.GET, HttpMethod.HEAD]
            : [route.method as HttpMethod],
        integration: handledBy ? integrations[handledBy] : integration,
        // calendar apps cannot sign in: the feed's secret token is its only key (RouteSpec.public)
        authorizer: (route as RouteSpec).public ? new HttpNoneAuthorizer() : authorizer,
      });
      if ((route as RouteSpec).public) {
        for (const r of added) {
          acknowledge(
            r,
            'AwsSolutions-APIG4',
            'Calendar apps cannot sign in: GET /calendar/{token}.ics is keyed by a 256-bit secret token (stored hashed, revocable); unknown tokens get 404.',
          );
        }
      }
    }
    // GET on an address with no GET (a created unit's Location) reaches the API function, which
    // answers 405 with Allow, not API Gateway's own English 404 (tester s51); other methods an
    // address lacks stay API Gateway's 404 (an ANY route would take CORS preflights to the authorizer)
    const specs = Object.values(ROUTES) as RouteSpec[];
    const gets = specs.filter((r) => r.method === 'GET').map((r) => routePathPattern(r.path));
    for (const path of new Set(specs.map((r) => r.path))) {
      if (!gets.some((get) => get.test(path))) this.api.addRoutes({ path, methods: [HttpMethod.GET], integration });
    }
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS });
    const stage = this.api.defaultStage!.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // no identity or IP fields: who did what is in the audit trail, not in access logs
      format: JSON.stringify({
        requestId: '$context.requestId',
        time: '$context.requestTime',
        route: '$context.routeKey',
        status: '$context.status',
        // the function's own status: tells API Gateway's 429s from the API's (ApiThrottled alarm)
        integrationStatus: '$context.integration.status',
        latency: '$context.responseLatency',
        error: '$context.error.message',
      }),
    };
    stage.defaultRouteSettings = { throttlingRateLimit: 50, throttlingBurstLimit: 100 };

    // --- schedules (the one catalog) ---------------------------------------------------
    const group = new ScheduleGroup(this, 'Schedules', { scheduleGroupName: `ita-measures-${settings.stage}` });
    for (const entry of SCHEDULES) {
      new Schedule(this, `Schedule-${entry.id}`, {
        scheduleName: `ita-${settings.stage}-${entry.id}`,
        description: entry.description,
        scheduleGroup: group,
        schedule: ScheduleExpression.expression(entry.cron, TimeZone.ASIA_BANGKOK),
        target: new LambdaInvoke(planner, {
          input: ScheduleTargetInput.fromObject({
            kind: entry.input.kind,
            scheduledTime: ContextAttribute.scheduledTime,
          }),
          retryAttempts: 4,
          maxEventAge: Duration.hours(4),
          deadLetterQueue: schedulerDlq,
        }),
      });
    }

    acknowledge(
      this,
      `AwsSolutions-IAM5[Resource::<${this.getLogicalId(planner.node.defaultChild as CfnFunction)}.Arn>:*]`,
      "EventBridge Scheduler's role may invoke the scheduled-job function and its versions (ARN:*); nothing else.",
    );

    // --- alarms ------------------------------------------------------------------------
    const sink = alarmSink(this, settings.stage, settings.alarmEmail);
    const alarm = (id: string, metric: Metric, description: string) => addAlarm(sink, id, metric, description);
    // SES's reputation where SES is: here, or the Mail stack (MailStack) for a region without SES
    if (!props.mailSender) {
      addSesReputationAlarms(sink);
      addMailEventsDeliveryAlarms(sink, mail);
    }
    // the emails the jobs gave up, SES refusing the account and failed annual reports, from their logs
    addJobLogAlarms(sink, { OrgWorker: workerLogs, Documents: documentsLogs });
    for (const [id, fn] of [
      ['Api', api],
      ['PlanImport', planImport],
      ['Calendar', calendar],
      ['Schemas', schemas],
      ['ScheduledJob', planner],
      ['OrgWorker', worker],
      ['Documents', documents],
      ['MailEvents', mailEvents],
      // the public not-found page (constructs/web-site.ts): its faults show CloudFront's error page
      ['PublicNotFound', site.notFound],
    ] as const) {
      alarm(`${id}Errors`, fn.metricErrors({ period: Duration.minutes(5) }), `The ${id} function failed.`);
    }
    // each names its queue by its logical id prefix (the runbook's `physical <prefix>`)
    for (const [id, q, what] of [
      [
        'SchedulerDlq',
        schedulerDlq,
        'EventBridge Scheduler could not hand a scheduled run to the scheduled-job function (4 tries in 4 hours): the run never happened; it is on queue SchedulerDeadLetters.',
      ],
      [
        'FailedScheduledRuns',
        failedRuns,
        "A scheduled run of the scheduled-job function failed after Lambda's retries: no org's work of that run was queued; it is on queue FailedScheduledRuns.",
      ],
      [
        'WorkDlq',
        workDlq,
        "An org's work item (a day's reminders, a month's summaries) failed 5 times in the org worker: that org's emails of that run are not sent; it is on queue WorkDeadLetters.",
      ],
      [
        'DocumentDlq',
        documentDlq,
        "A document message (a requested generation, or an org's annual report) failed 5 times in the documents function: it is on queue DocumentDeadLetters.",
      ],
      [
        'FailedMailEvents',
        failedMailEvents,
        "An SES bounce, complaint or reject event failed in the mail-events function after Lambda's retries: that person is not marked undeliverable; it is on queue FailedMailEvents.",
      ],
    ] as const) {
      alarm(`${id}NotEmpty`, q.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }), what);
    }
    // A worker queue whose messages are not received (its event source mapping disabled, or a
    // function that cannot keep up) fails nothing: no error, no dead letter, and SQS deletes the
    // messages unseen 14 days after they were queued. Its oldest message then outlives every receive
    // it could have had (5 times the visibility timeout; SQS leaves a message received 3 times out of
    // this metric).
    for (const [id, q, consumerTimeout, what] of [
      [
        'WorkQueueStalled',
        workQueue,
        WORKER_TIMEOUT,
        "The org's work items on queue OrgWork are not being taken by the org worker (reminders and summaries not sent); they expire 14 days after they were queued.",
      ],
      [
        'DocumentQueueStalled',
        documentQueue,
        DOCUMENTS_TIMEOUT,
        'The document messages on queue DocumentWork are not being taken by the documents function (generations stay pending); they expire 14 days after they were queued.',
      ],
    ] as const) {
      addAlarm(
        sink,
        id,
        q.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
        what,
        { threshold: MAX_RECEIVES * 6 * consumerTimeout.toSeconds() },
      );
    }
    // Where recording a failure fails: the run is then on no queue, so no `…NotEmpty` alarm comes.
    // Lambda could not put a failed invocation's record on the function's on-failure queue
    // (permissions, a deleted queue, a record over SQS's size): DestinationDeliveryFailures. No
    // function has a Lambda dead-letter queue, so DeadLetterErrors cannot happen.
    // https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
    for (const [id, fn, what] of [
      ['ScheduledJob', planner, 'a scheduled run that failed after its retries (no reminder of that run was queued)'],
      ['MailEvents', mailEvents, 'an SES bounce, complaint or reject event that failed (that person is not marked)'],
    ] as const) {
      alarm(
        `${id}DestinationDeliveryFailures`,
        fn.metric('DestinationDeliveryFailures', { period: Duration.minutes(5), statistic: 'Sum' }),
        `Lambda could not record ${what} on its failure queue: it is on no queue.`,
      );
    }
    // Scheduler gave up on a run and could not put it on SchedulerDeadLetters either (its
    // InvocationsFailedToBeSentToDeadLetterCount, per schedule group).
    alarm(
      'SchedulerDeadLetterFailed',
      new Metric({
        namespace: 'AWS/Scheduler',
        metricName: 'InvocationsFailedToBeSentToDeadLetterCount',
        dimensionsMap: { ScheduleGroup: group.scheduleGroupName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      'EventBridge Scheduler gave up on a scheduled run and could not put it on queue SchedulerDeadLetters: the run never happened and is on no queue.',
    );
    for (const name of ['TargetErrorCount', 'InvocationDroppedCount']) {
      alarm(
        `Scheduler${name}`,
        new Metric({
          namespace: 'AWS/Scheduler',
          metricName: name,
          dimensionsMap: { ScheduleGroup: group.scheduleGroupName },
          statistic: 'Sum',
          period: Duration.minutes(5),
        }),
        `EventBridge Scheduler ${name}: reminders may not have been sent.`,
      );
    }
    // Schedules that stop firing (one disabled or deleted by hand, the group emptied) fail nothing:
    // no error, no dead letter, the reminders just stop. daily-escalation fires every day (08:30
    // Bangkok, 01:30 UTC, inside each UTC day), so two UTC days without an attempt say so. Scheduler
    // publishes nothing on a day without attempts: with MISSING, two such days move the alarm to
    // INSUFFICIENT_DATA, which emails; a new alarm starts there, so a first deploy emails nothing
    // (missing data as breaching put it in ALARM until the first run, break s58-D).
    addAlarm(
      sink,
      'SchedulesNotRunning',
      new Metric({
        namespace: 'AWS/Scheduler',
        metricName: 'InvocationAttemptCount',
        dimensionsMap: { ScheduleGroup: group.scheduleGroupName },
        statistic: 'Sum',
        period: Duration.days(1),
      }),
      'EventBridge Scheduler attempted no scheduled run for two days (the daily run included; the alarm is then INSUFFICIENT_DATA, not ALARM): schedules are disabled or gone, and no reminder is sent.',
      {
        threshold: 1,
        comparison: ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 2,
        treatMissingData: TreatMissingData.MISSING,
        notifyInsufficientData: true,
      },
    );
    alarm('Api5xx', this.api.metricServerError({ period: Duration.minutes(5) }), 'The API answered with 5xx.');
    addApiThrottleAlarms(sink, accessLogs, api);
  }
}
