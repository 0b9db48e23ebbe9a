// break 14 F5: EventBridge Scheduler invokes the planner asynchronously, so a run that throws is
// retried by Lambda's async config, not by the schedule's retry policy; after those retries it
// must land somewhere a person can replay it from, and an alarm must say so.
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../shared/schedules/schedule-catalog.js';
import { synthesized } from '../support/synthesized-app.js';

const API_DOMAIN = {
  apiDomain: 'api.ita.example.go.th',
  apiCertificateArn: 'arn:aws:acm:ap-southeast-7:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000',
};

/** The stateless template of a deployment (contexts shared with the other infra tests: synthesised once). */
const stateless = (context: Record<string, string>, region?: string) => {
  const { stacks, template } = synthesized({ stage: 'test', ...context }, region);
  return template(stacks.stateless);
};

const deployments: [string, Template][] = [
  ['the default deployment', stateless({ corsOrigins: 'https://ita.example.go.th', alarmEmail: 'it@example.go.th' })],
  ['a deployment in Bangkok (SES elsewhere)', stateless({}, 'ap-southeast-7')],
  ['a deployment with the WAF', stateless({ waf: 'true', ...API_DOMAIN }, 'ap-southeast-7')],
];

/** Logical ids of the functions that schedules invoke (asynchronously, per the Lambda guide). */
function scheduledFunctions(template: Template): string[] {
  const targets = Object.values(template.findResources('AWS::Scheduler::Schedule')).map(
    (s) => (s.Properties.Target.Arn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0],
  );
  return [...new Set(targets)];
}

/**
 * The one alarm of `template` on the AWS/Scheduler metric `metricName`: named `id`, on the schedules'
 * (one) group, emailing the topic, with its runbook and `expected` (period, threshold, ...).
 */
function schedulerGroupAlarm(template: Template, metricName: string, id: string, expected: Record<string, unknown>) {
  const on = Object.values(template.findResources('AWS::CloudWatch::Alarm'))
    .map((r) => r.Properties)
    .filter((a) => a.Namespace === 'AWS/Scheduler' && a.MetricName === metricName);
  expect(on).toHaveLength(1);
  const groups = new Set(
    Object.values(template.findResources('AWS::Scheduler::Schedule')).map((r) =>
      JSON.stringify(r.Properties.GroupName),
    ),
  );
  expect(groups.size).toBe(1);
  expect(on[0]).toMatchObject({
    AlarmName: `ita-measures-test-${id}`,
    Statistic: 'Sum',
    AlarmActions: [expect.anything()],
    ...expected,
  });
  expect(on[0]!.Dimensions).toHaveLength(1);
  expect(on[0]!.Dimensions[0].Name).toBe('ScheduleGroup');
  expect(groups).toContain(JSON.stringify(on[0]!.Dimensions[0].Value));
  expect(on[0]!.AlarmDescription).toContain(`Runbook: docs/operations.md, "${id}".`);
  return on[0]!;
}

describe('a scheduled run that still fails after Lambda retried it is kept for a person to replay', () => {
  for (const [name, template] of deployments) {
    it(`${name}: each schedule's function has async retries, an on-failure queue (encrypted) and an alarm on it`, () => {
      const functions = scheduledFunctions(template);
      expect(functions).toHaveLength(1);
      const configs = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).map((r) => r.Properties);
      const queues = template.findResources('AWS::SQS::Queue');
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);
      const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
        (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
      );
      for (const fn of functions) {
        const config = configs.find((c) => c.FunctionName.Ref === fn);
        expect(config, `${fn} has an EventInvokeConfig`).toMatchObject({
          Qualifier: '$LATEST',
          MaximumRetryAttempts: 2,
          MaximumEventAgeInSeconds: 4 * 3600,
        });
        const destination = config!.DestinationConfig?.OnFailure?.Destination as { 'Fn::GetAtt': [string, string] };
        const queueId = destination?.['Fn::GetAtt']?.[0];
        expect(queueId && queues[queueId], 'the on-failure destination is a queue of this stack').toBeTruthy();
        expect(queues[queueId]!.Properties.SqsManagedSseEnabled).toBe(true);
        expect(queues[queueId]!.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
        const alarm = alarms.find(
          (a) =>
            a.MetricName === 'ApproximateNumberOfMessagesVisible' &&
            JSON.stringify(a.Dimensions).includes(`"${queueId}"`),
        );
        expect(alarm, 'an alarm on the queue depth').toMatchObject({ Threshold: 0, AlarmActions: [expect.anything()] });
        // the function's role may send the failure record to the queue
        expect(
          statements.some(
            (s) =>
              [s.Action].flat().includes('sqs:SendMessage') &&
              JSON.stringify(s.Resource) === JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }),
          ),
        ).toBe(true);
      }
    });
  }

  it('no function but the scheduled ones and the mail-events one (SNS) is invoked asynchronously: the others have no EventInvokeConfig', () => {
    for (const [, template] of deployments) {
      const configured = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).map(
        (r) => r.Properties.FunctionName.Ref as string,
      );
      expect(configured.filter((id) => !id.startsWith('MailEventsFunction'))).toEqual(scheduledFunctions(template));
      expect(configured.filter((id) => id.startsWith('MailEventsFunction'))).toHaveLength(1);
    }
  });
});

// review s58 C1: the places that record a failure can fail themselves, and nothing said so. Lambda
// could not put a failed run's record on its on-failure queue (permissions, a deleted queue, a record
// over SQS's size), or EventBridge Scheduler could not put a run it gave up on onto its dead-letter
// queue: the run is on no queue, so no `…NotEmpty` alarm comes. Lambda counts the first as
// DestinationDeliveryFailures (AWS/Lambda), Scheduler the second as
// InvocationsFailedToBeSentToDeadLetterCount (AWS/Scheduler, per schedule group). No function has a
// Lambda dead-letter queue (DeadLetterConfig), so DeadLetterErrors cannot happen and has no alarm.
describe('a failure that could not be recorded on its queue emails the alarm topic', () => {
  for (const [name, template] of deployments) {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);

    it(`${name}: each on-failure destination has an alarm on its function's DestinationDeliveryFailures`, () => {
      const configs = Object.values(template.findResources('AWS::Lambda::EventInvokeConfig')).map((r) => r.Properties);
      const withDestination = configs.filter((c) => c.DestinationConfig?.OnFailure);
      expect(withDestination.map((c) => (c.FunctionName.Ref as string).replace(/Function.*$/, '')).sort()).toEqual([
        'MailEvents',
        'ScheduledJob',
      ]);
      for (const c of withDestination) {
        const fn = c.FunctionName.Ref as string;
        const id = `${fn.replace(/Function.*$/, '')}DestinationDeliveryFailures`;
        const on = alarms.filter(
          (a) =>
            a.Namespace === 'AWS/Lambda' &&
            a.MetricName === 'DestinationDeliveryFailures' &&
            JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: 'FunctionName', Value: { Ref: fn } }]),
        );
        expect(on, `one alarm on ${fn}'s DestinationDeliveryFailures`).toHaveLength(1);
        expect(on[0]).toMatchObject({
          AlarmName: `ita-measures-test-${id}`,
          Statistic: 'Sum',
          Period: 300,
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
          AlarmActions: [expect.anything()],
        });
        expect(on[0]!.AlarmDescription).toContain('on no queue');
        expect(on[0]!.AlarmDescription).toContain(`Runbook: docs/operations.md, "${id}".`);
      }
    });

    it(`${name}: Scheduler failing to put a run on its dead-letter queue has an alarm, on the schedules' group`, () => {
      const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')).map((r) => r.Properties);
      expect(schedules.length).toBeGreaterThanOrEqual(5);
      for (const s of schedules) expect(s.Target.DeadLetterConfig?.Arn, 'each schedule has a DLQ').toBeDefined();
      const alarm = schedulerGroupAlarm(
        template,
        'InvocationsFailedToBeSentToDeadLetterCount',
        'SchedulerDeadLetterFailed',
        {
          Period: 300,
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
        },
      );
      expect(alarm.AlarmDescription).toContain('on no queue');
    });

    it(`${name}: no function has a Lambda dead-letter queue (DeadLetterErrors cannot happen)`, () => {
      for (const fn of Object.values(template.findResources('AWS::Lambda::Function')))
        expect(fn.Properties.DeadLetterConfig).toBeUndefined();
    });
  }
});

// review s58 C3: a schedule disabled or deleted by hand (or a group left empty) fails nothing: no
// error, no dead letter, no alarm, and the reminders stop. The daily run makes an attempt every UTC
// day, so two days without one (missing data: Scheduler publishes nothing then) is the alarm.
describe('schedules that stop firing email the alarm topic', () => {
  it('the catalog has a schedule that fires every day (the alarm counts on it)', () => {
    const daily = SCHEDULES.filter((s) => /^cron\(\d+ \d+ \* \* \? \*\)$/.test(s.cron));
    expect(daily.map((s) => s.id)).toContain('daily-escalation');
  });

  // break s58-D: missing data as breaching put a stage's first deploy in ALARM (no attempt yet), an
  // email for nothing. A new alarm starts in INSUFFICIENT_DATA and missing days keep it there (no
  // change, no email); after the first run it is OK, and two days with no attempt move it back to
  // INSUFFICIENT_DATA: that change emails the topic.
  for (const [name, template] of deployments)
    it(`${name}: an alarm when the schedules' group made no attempt in two UTC days, none after a first deploy`, () => {
      const alarm = schedulerGroupAlarm(template, 'InvocationAttemptCount', 'SchedulesNotRunning', {
        Period: 86400,
        EvaluationPeriods: 2,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'missing',
      });
      expect(alarm.InsufficientDataActions, 'two days without an attempt email the topic').toEqual(alarm.AlarmActions);
      expect(alarm.OKActions).toBeUndefined();
    });

  for (const [name, template] of deployments)
    it(`${name}: no alarm treats missing data as breaching (it would email on the stage's first deploy)`, () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);
      expect(alarms.length).toBeGreaterThan(20);
      expect(alarms.filter((a) => a.TreatMissingData === 'breaching').map((a) => a.AlarmName)).toEqual([]);
      // and only the schedules' alarm emails on missing data
      expect(alarms.filter((a) => a.InsufficientDataActions).map((a) => a.AlarmName)).toEqual([
        'ita-measures-test-SchedulesNotRunning',
      ]);
    });
});
