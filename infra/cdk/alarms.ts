// The alarms' one shape: a topic that emails the IT officer, alarms named ita-measures-<stage>-<id>
// with a runbook section per id (docs/operations.md), and the SES alarms of the region SES is in.
import { Duration, type Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { ANNUAL_REPORT_FAILED, ORG_JOB_DONE, SES_ACCOUNT_REFUSED } from '../../shared/jobs/alarmed-log-lines.js';
import { acknowledge } from './acknowledge.js';
import type { MailSender } from './mail-identity.js';

/** Where a stack's alarms go: its topic `Alarms` (an alarm notifies a topic of its own region only). */
export interface AlarmSink {
  stack: Stack;
  stage: string;
  topic: Topic;
}

/** The name every alarm of `stage` carries (addAlarm); the topic lets alarms so named publish. */
export const alarmName = (stage: string, id: string) => `ita-measures-${stage}-${id}`;

/**
 * The topic `Alarms` of `stack`, emailing `alarmEmail` (-c alarmEmail) when given. Its topic policy
 * (enforceSSL) replaces SNS's default one, which let the account's services publish: CloudWatch
 * publishes as cloudwatch.amazonaws.com and needs an Allow of its own, here for this stage's alarms
 * of this account and region only (CloudWatch user guide, "Notify users on alarm changes").
 */
export function alarmSink(stack: Stack, stage: string, alarmEmail: string | undefined): AlarmSink {
  const topic = new Topic(stack, 'Alarms', { enforceSSL: true, masterKey: undefined });
  topic.addToResourcePolicy(
    new PolicyStatement({
      sid: 'CloudWatchAlarmsPublish',
      principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['sns:Publish'],
      resources: [topic.topicArn],
      conditions: {
        StringEquals: { 'aws:SourceAccount': stack.account },
        ArnLike: {
          'aws:SourceArn': `arn:${stack.partition}:cloudwatch:${stack.region}:${stack.account}:alarm:${alarmName(stage, '*')}`,
        },
      },
    }),
  );
  acknowledge(
    topic,
    'AwsSolutions-SNS2',
    'Alarm notifications carry no personal data (alarm names and states only); SSE adds a KMS key for no benefit.',
  );
  if (alarmEmail) topic.addSubscription(new EmailSubscription(alarmEmail));
  return { stack, stage, topic };
}

export interface AlarmOptions {
  /** default 0, with GREATER_THAN: any data point above 0 */
  threshold?: number;
  comparison?: ComparisonOperator;
  /** default 1 */
  evaluationPeriods?: number;
  /** default NOT_BREACHING: most metrics here are published only when something happened */
  treatMissingData?: TreatMissingData;
  /**
   * also email on a change to INSUFFICIENT_DATA (with MISSING: the metric stopped coming). A new
   * alarm starts in that state, so a first deploy with no data yet emails nothing
   */
  notifyInsufficientData?: boolean;
}

/** An alarm `id` on `metric` that notifies the sink's topic. */
export function addAlarm(sink: AlarmSink, id: string, metric: Metric, description: string, options: AlarmOptions = {}) {
  const alarm = new Alarm(sink.stack, id, {
    // the name an alarm email carries; docs/operations.md has a section per id (the runbook)
    alarmName: alarmName(sink.stage, id),
    metric,
    threshold: options.threshold ?? 0,
    evaluationPeriods: options.evaluationPeriods ?? 1,
    comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_THRESHOLD,
    treatMissingData: options.treatMissingData ?? TreatMissingData.NOT_BREACHING,
    alarmDescription: `${description} Runbook: docs/operations.md, "${id}".`,
  });
  alarm.addAlarmAction(new SnsAction(sink.topic));
  if (options.notifyInsufficientData) alarm.addInsufficientDataAction(new SnsAction(sink.topic));
}

/**
 * SES's account-wide reputation figures, where SES fails quietly: a paused account sends nothing and
 * the reminders stop. SES publishes Reputation.BounceRate and Reputation.ComplaintRate (fractions,
 * account-wide, no dimension) to CloudWatch in the SES region, "so you can create alarms when bounce
 * or complaint rates exceed certain thresholds"; AWS reviews an account at a bounce rate of 5% (may
 * pause it at 10%) and a complaint rate of 0.1% (0.5%). Sources:
 * https://docs.aws.amazon.com/ses/latest/dg/reputationdashboard-cloudwatch-alarm.html
 * https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateConfigurationSetReputationMetricsEnabled.html
 * https://docs.aws.amazon.com/ses/latest/APIReference/API_UpdateAccountSendingEnabled.html
 * The alarms live in the SES region's stack (a CloudWatch alarm watches its own region's metrics).
 */
export const SES_REPUTATION_ALARMS = [
  { id: 'SesBounceRate', metricName: 'Reputation.BounceRate', threshold: 0.05, review: '5%', pause: '10%' },
  { id: 'SesComplaintRate', metricName: 'Reputation.ComplaintRate', threshold: 0.001, review: '0.1%', pause: '0.5%' },
] as const;

export function addSesReputationAlarms(sink: AlarmSink): void {
  for (const a of SES_REPUTATION_ALARMS)
    addAlarm(
      sink,
      a.id,
      new Metric({
        namespace: 'AWS/SES',
        metricName: a.metricName,
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      `SES ${a.metricName} reached ${a.review}: AWS reviews the account there and may pause its sending at ${a.pause}; reminders would stop.`,
      { threshold: a.threshold, comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD },
    );
}

/**
 * SES's bounce, complaint and reject events that SNS could not hand to the mail-events function: SNS
 * gives up at once on a client-side error (the function or its invoke permission gone) and keeps the
 * event on the subscription's dead-letter queue (`MailEventsDlqNotEmpty`); an event it could not put
 * there either (the queue or its policy gone) is on no queue (`MailEventsNotDelivered`,
 * NumberOfNotificationsFailedToRedriveToDlq). Nobody is marked undeliverable until it is replayed. In
 * the topic's stack (SES's region): an alarm watches its own region's metrics.
 */
export function addMailEventsDeliveryAlarms(sink: AlarmSink, sender: MailSender): void {
  addAlarm(
    sink,
    'MailEventsDlqNotEmpty',
    sender.eventsDeadLetters!.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    `SNS could not hand SES bounce, complaint or reject events to the mail-events function: those people are not marked undeliverable; the events are on queue ${sender.eventsDeadLetterName}.`,
  );
  addAlarm(
    sink,
    'MailEventsNotDelivered',
    sender.eventsTopic!.metric('NumberOfNotificationsFailedToRedriveToDlq', {
      period: Duration.minutes(5),
      statistic: 'Sum',
    }),
    `SNS could not hand SES bounce, complaint or reject events to the mail-events function, nor put them on queue ${sender.eventsDeadLetterName}: those people are not marked undeliverable, and the events are on no queue.`,
  );
}

/** The jobs' own figures, counted from their logs: emails given up, SES refusing the account or its quota spent, annual reports failed for good. */
export const JOB_LOG_METRICS = {
  /** emails given up in a run: `givenUp` of the line "org job done" (OrgJobResult) */
  EmailsGivenUp: {
    pattern: FilterPattern.all(
      FilterPattern.stringValue('$.message', '=', ORG_JOB_DONE),
      FilterPattern.numberValue('$.givenUp', '>', 0),
    ),
    value: '$.givenUp',
    logs: ['OrgWorker', 'Documents'],
    description: 'A job gave up emails (SES refused them, or their attempts were used up): people missed reminders.',
  },
  /** runs that SES refused as an account (paused, credentials, IAM, sender): deliver-once's warning */
  SesAccountRefused: {
    pattern: FilterPattern.stringValue('$.message', '=', `${SES_ACCOUNT_REFUSED}*`),
    value: '1',
    logs: ['OrgWorker', 'Documents'],
    description: 'SES refused the account: no reminder is sent until it is fixed.',
  },
  /**
   * runs SES's daily sending quota stopped (OrgJobResult.sendsStopped): the rest is deferred to the
   * next run, nothing given up, so no other alarm comes; a quota too small delays every day's emails
   */
  SesQuotaReached: {
    pattern: FilterPattern.all(
      FilterPattern.stringValue('$.message', '=', ORG_JOB_DONE),
      FilterPattern.stringValue('$.sendsStopped.kind', '=', 'quota'),
    ),
    value: '1',
    logs: ['OrgWorker', 'Documents'],
    description: "SES's daily sending quota ran out in a run: the rest of its emails wait for the next run.",
  },
  /** the 1 October run's generation failed its last attempt: it stays failed, no DLQ message follows */
  AnnualReportFailed: {
    pattern: FilterPattern.stringValue('$.message', '=', `${ANNUAL_REPORT_FAILED}*`),
    value: '1',
    logs: ['Documents'],
    description: "An org's annual results report failed its last attempt: it was not made or emailed.",
  },
} as const;

/** Namespace of the jobs' log metrics: one per stage, as two stages may share an account. */
export const jobMetricsNamespace = (stage: string) => `ItaMeasures/${stage}`;

/** The metric filters on the jobs' log groups and an alarm on each figure (any in an hour). */
export function addJobLogAlarms(
  sink: AlarmSink,
  logGroups: Record<(typeof JOB_LOG_METRICS)[keyof typeof JOB_LOG_METRICS]['logs'][number], ILogGroup>,
): void {
  for (const [name, m] of Object.entries(JOB_LOG_METRICS)) {
    for (const fn of m.logs)
      new MetricFilter(sink.stack, `${name}From${fn}`, {
        logGroup: logGroups[fn],
        filterPattern: m.pattern,
        metricNamespace: jobMetricsNamespace(sink.stage),
        metricName: name,
        metricValue: m.value,
      });
    addAlarm(
      sink,
      name,
      new Metric({
        namespace: jobMetricsNamespace(sink.stage),
        metricName: name,
        statistic: 'Sum',
        period: Duration.hours(1),
      }),
      m.description,
    );
  }
}

/**
 * The API's throttling, where callers get 429s from AWS rather than from the API's own limits:
 * - `ApiThrottled`: API Gateway's throttle answered 429 (DefaultRouteSettings apply to each route
 *   on their own, docs/api.md "Throttling"). HTTP APIs publish no throttle metric (4xx counts 401s
 *   and 404s too), so it is counted from the stage's access log: status 429 with no 429 from the
 *   function (`integrationStatus`, $context.integration.status); the API's own 429s (a daily
 *   generation limit) carry the function's 429 and are not counted.
 * - `ApiFunctionThrottles`: Lambda refused to run the API function (the account's unreserved
 *   concurrency used up); API Gateway then answers 5xx or 429.
 */
export const API_THROTTLE_PATTERN = FilterPattern.all(
  FilterPattern.stringValue('$.status', '=', '429'),
  FilterPattern.stringValue('$.integrationStatus', '!=', '429'),
);

export function addApiThrottleAlarms(sink: AlarmSink, accessLogs: ILogGroup, apiFunction: IFunction): void {
  new MetricFilter(sink.stack, 'ApiThrottledFromAccessLogs', {
    logGroup: accessLogs,
    filterPattern: API_THROTTLE_PATTERN,
    metricNamespace: jobMetricsNamespace(sink.stage),
    metricName: 'ApiThrottled',
    metricValue: '1',
  });
  addAlarm(
    sink,
    'ApiThrottled',
    new Metric({
      namespace: jobMetricsNamespace(sink.stage),
      metricName: 'ApiThrottled',
      statistic: 'Sum',
      period: Duration.minutes(5),
    }),
    "API Gateway's throttle answered 429 (Too Many Requests): a route got more than its rate or burst.",
  );
  addAlarm(
    sink,
    'ApiFunctionThrottles',
    apiFunction.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
    'Lambda throttled the API function: the concurrency the API shares was used up.',
  );
}
