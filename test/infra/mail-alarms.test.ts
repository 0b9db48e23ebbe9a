// When SES stops sending, an alarm emails the IT officer (break s31-o F3): SES's reputation figures
// in the region SES is in, and the jobs' own given-up emails and refused account from their logs.
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { OrgJobResult } from '../../shared/jobs/run-org-job.js';
import { synthesized } from '../support/synthesized-app.js';

const context = { stage: 'test', alarmEmail: 'it@example.go.th' };
const singapore = synthesized(context, 'ap-southeast-1');
const bangkok = synthesized(context, 'ap-southeast-7');
const tokyoMail = synthesized({ ...context, sesRegion: 'ap-northeast-1' }, 'ap-southeast-7');

/** The alarm named ita-measures-test-<id> in `template`, with its topic's logical id. */
function alarmNamed(template: Template, id: string) {
  const found = Object.values(template.findResources('AWS::CloudWatch::Alarm')).find(
    (r) => r.Properties.AlarmName === `ita-measures-test-${id}`,
  );
  return found?.Properties as Record<string, unknown> | undefined;
}

// the alarm topics (the SES events' topic, MailEventsTopic, is not one)
const topicOf = (template: Template) =>
  Object.keys(template.findResources('AWS::SNS::Topic')).filter((id) => !id.startsWith('MailEventsTopic'));

/** The SES reputation alarms of `template`: AWS's review thresholds, to that stack's own topic. */
function expectReputationAlarms(template: Template) {
  const [topic] = topicOf(template);
  expect(topic, 'an alarm topic in the stack').toBeDefined();
  for (const [id, metric, threshold] of [
    ['SesBounceRate', 'Reputation.BounceRate', 0.05],
    ['SesComplaintRate', 'Reputation.ComplaintRate', 0.001],
  ] as const) {
    expect(alarmNamed(template, id), id).toMatchObject({
      Namespace: 'AWS/SES',
      MetricName: metric,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topic }],
      AlarmDescription: expect.stringContaining(`Runbook: docs/operations.md, "${id}"`),
    });
    // account-wide: the figure AWS reviews, not one configuration set's
    expect(alarmNamed(template, id)!.Dimensions, id).toBeUndefined();
  }
  template.hasResourceProperties('AWS::SNS::Subscription', {
    Protocol: 'email',
    Endpoint: 'it@example.go.th',
    TopicArn: { Ref: topic },
  });
}

describe('SES reputation alarms, in the region SES sends from', () => {
  it('a deployment in ap-southeast-1 alarms on bounce rate 5% and complaint rate 0.1% in its stateless stack', () => {
    expect(singapore.synthError).toBeUndefined(); // cdk-nag included
    expectReputationAlarms(singapore.template(singapore.stacks.stateless));
  });

  it('a deployment in Bangkok has them in the Mail stack (ap-southeast-1), where SES publishes them', () => {
    expect(bangkok.synthError).toBeUndefined();
    expect(bangkok.stacks.mail!.region).toBe('ap-southeast-1');
    expectReputationAlarms(bangkok.template(bangkok.stacks.mail!));
    const stateless = bangkok.template(bangkok.stacks.stateless);
    expect(alarmNamed(stateless, 'SesBounceRate'), 'no alarm on a region without SES').toBeUndefined();
  });

  it('a deployment with -c sesRegion=ap-northeast-1 has them in the Mail stack in Tokyo', () => {
    expect(tokyoMail.synthError).toBeUndefined();
    expect(tokyoMail.stacks.mail!.region).toBe('ap-northeast-1');
    expectReputationAlarms(tokyoMail.template(tokyoMail.stacks.mail!));
  });
});

// review s58 C5: SNS gives up at once on a Lambda subscription that fails on the client side (the
// function or its invoke permission gone), and the subscription had no dead-letter queue: the SES
// events were dropped and nobody was marked undeliverable, with no alarm. Since s59 C1 the
// subscription keeps them on a dead-letter queue beside the topic (mail-events-function.test.ts):
// an alarm on its depth, and MailEventsNotDelivered for those SNS could not put there either (on no
// queue, as the `…DestinationDeliveryFailures` alarms), both where the topic is (the SES region).
const eventsTemplates = [
  ['Singapore (the topic in the stateless stack)', singapore.template(singapore.stacks.stateless)],
  ['Bangkok (the topic in the Mail stack, Singapore)', bangkok.template(bangkok.stacks.mail!)],
  ['Tokyo mail (-c sesRegion)', tokyoMail.template(tokyoMail.stacks.mail!)],
] as const;
describe('SES events that SNS could not hand to the mail-events function email the alarm topic', () => {
  it.each(eventsTemplates)('%s: an alarm on the events dead-letter queue holding any, in its stack', (_, template) => {
    const [queue] = Object.entries(template.findResources('AWS::SQS::Queue')).find(
      ([, q]) => q.Properties.QueueName === 'ita-measures-test-mail-events-dead-letters',
    ) ?? [undefined];
    expect(queue, 'the dead-letter queue beside the topic').toBeDefined();
    expect(alarmNamed(template, 'MailEventsDlqNotEmpty')).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Period: 300,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: topicOf(template)[0] }],
      AlarmDescription: expect.stringContaining('Runbook: docs/operations.md, "MailEventsDlqNotEmpty"'),
    });
    // the queue's name, the runbook's way to it (in Bangkok it is the Mail stack's)
    expect(alarmNamed(template, 'MailEventsDlqNotEmpty')!.AlarmDescription).toContain(
      'the events are on queue ita-measures-test-mail-events-dead-letters.',
    );
  });

  it.each(eventsTemplates)(
    '%s: an alarm on the events topic NumberOfNotificationsFailedToRedriveToDlq, in its stack',
    (_, template) => {
      const [eventsTopic] = Object.keys(template.findResources('AWS::SNS::Topic')).filter((id) =>
        id.startsWith('MailEventsTopic'),
      );
      expect(eventsTopic).toBeDefined();
      expect(alarmNamed(template, 'MailEventsNotDelivered')).toMatchObject({
        Namespace: 'AWS/SNS',
        MetricName: 'NumberOfNotificationsFailedToRedriveToDlq',
        Dimensions: [{ Name: 'TopicName', Value: { 'Fn::GetAtt': [eventsTopic, 'TopicName'] } }],
        Statistic: 'Sum',
        Period: 300,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: topicOf(template)[0] }],
        AlarmDescription: expect.stringContaining('Runbook: docs/operations.md, "MailEventsNotDelivered"'),
      });
    },
  );

  it('a Bangkok stateless stack has neither alarm (the topic and its dead-letter queue are not there)', () => {
    for (const id of ['MailEventsNotDelivered', 'MailEventsDlqNotEmpty'])
      expect(alarmNamed(bangkok.template(bangkok.stacks.stateless), id), id).toBeUndefined();
  });
});

describe("the jobs' given-up emails and refused account, counted from their logs", () => {
  const stateless = singapore.template(singapore.stacks.stateless);
  const filters = Object.values(stateless.findResources('AWS::Logs::MetricFilter')).map((r) => r.Properties);
  const groups = stateless.findResources('AWS::Logs::LogGroup');
  const groupOf = (prefix: string) => Object.keys(groups).find((id) => id.startsWith(prefix))!;
  /** `name` counted by `pattern` (value `value`) from the org worker's and the documents function's logs, and its alarm (any in the period). */
  const expectCountedInBothJobs = (name: string, pattern: string, value: string) => {
    for (const fn of ['OrgWorker', 'Documents']) {
      expect(filters, fn).toContainEqual({
        LogGroupName: { Ref: groupOf(fn) },
        FilterPattern: pattern,
        MetricTransformations: [{ MetricNamespace: 'ItaMeasures/test', MetricName: name, MetricValue: value }],
      });
    }
    const alarm = alarmNamed(stateless, name);
    expect(alarm).toMatchObject({
      Namespace: 'ItaMeasures/test',
      MetricName: name,
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: topicOf(stateless)[0] }],
    });
    return alarm!;
  };

  it('counts givenUp of every "org job done" line of the org worker and the documents function', () => {
    expectCountedInBothJobs('EmailsGivenUp', '{ ($.message = "org job done") && ($.givenUp > 0) }', '$.givenUp');
  });

  it("counts deliver-once's warning that SES refused the account, in both functions", () => {
    for (const fn of ['OrgWorker', 'Documents']) {
      expect(filters, fn).toContainEqual({
        LogGroupName: { Ref: groupOf(fn) },
        FilterPattern: '{ $.message = "SES REFUSED THE ACCOUNT*" }',
        MetricTransformations: [
          { MetricNamespace: 'ItaMeasures/test', MetricName: 'SesAccountRefused', MetricValue: '1' },
        ],
      });
    }
    expect(alarmNamed(stateless, 'SesAccountRefused')).toMatchObject({
      MetricName: 'SesAccountRefused',
      Threshold: 0,
      AlarmActions: [{ Ref: topicOf(stateless)[0] }],
    });
  });

  it("counts the annual-report run's last failed attempt in the documents function (no DLQ message follows it)", () => {
    expect(filters).toContainEqual({
      LogGroupName: { Ref: groupOf('Documents') },
      FilterPattern: '{ $.message = "ANNUAL REPORT FAILED*" }',
      MetricTransformations: [
        { MetricNamespace: 'ItaMeasures/test', MetricName: 'AnnualReportFailed', MetricValue: '1' },
      ],
    });
    expect(filters.filter((f) => f.MetricTransformations[0].MetricName === 'AnnualReportFailed')).toHaveLength(1);
    expect(alarmNamed(stateless, 'AnnualReportFailed')).toMatchObject({
      MetricName: 'AnnualReportFailed',
      Threshold: 0,
      AlarmActions: [{ Ref: topicOf(stateless)[0] }],
    });
  });

  // review s58 C4: SES's daily sending quota (200 a day in SES's sandbox) ran out: deliver-once defers
  // the rest of the run to the next one (no attempt used up, nothing given up), so no alarm came, and
  // a quota too small for the deployment put every day's reminders a day later, quietly.
  it("counts the runs SES's daily quota stopped (the org job's sendsStopped.kind), in both functions", () => {
    const line: Pick<OrgJobResult, 'sendsStopped'> = { sendsStopped: { kind: 'quota', cause: 'Throttling' } };
    expect(line.sendsStopped!.kind).toBe('quota');
    const alarm = expectCountedInBothJobs(
      'SesQuotaReached',
      '{ ($.message = "org job done") && ($.sendsStopped.kind = "quota") }',
      '1',
    );
    expect(alarm).toMatchObject({
      Period: 3600,
      AlarmDescription: expect.stringContaining('Runbook: docs/operations.md, "SesQuotaReached"'),
    });
  });

  it('a Bangkok deployment counts them in its own stateless stack too (the logs are there)', () => {
    const template = bangkok.template(bangkok.stacks.stateless);
    for (const id of ['EmailsGivenUp', 'SesAccountRefused', 'SesQuotaReached', 'AnnualReportFailed'])
      expect(alarmNamed(template, id), id).toMatchObject({ Namespace: 'ItaMeasures/test', Threshold: 0 });
    // the jobs' 7, and the API's throttled requests from its access log (ApiThrottled)
    template.resourceCountIs('AWS::Logs::MetricFilter', 8);
  });
});

// review s41 F1: the topic policy enforceSSL writes replaces SNS's default one; with only its Deny,
// CloudWatch (cloudwatch.amazonaws.com) had no Allow and every alarm's email was silently dropped
describe('who may publish to the topics: each topic policy allows its publisher', () => {
  type Statement = { Effect: string; Principal?: unknown; Action: string; Condition?: Record<string, unknown> };
  /** The topic policy statements of each topic of `template`, by the topic's logical id. */
  const policiesOf = (template: Template) => {
    const byTopic = new Map<string, Statement[]>();
    for (const p of Object.values(template.findResources('AWS::SNS::TopicPolicy')))
      for (const t of p.Properties.Topics as { Ref: string }[])
        byTopic.set(t.Ref, [...(byTopic.get(t.Ref) ?? []), ...(p.Properties.PolicyDocument.Statement as Statement[])]);
    return byTopic;
  };
  const singaporeStateless = singapore.template(singapore.stacks.stateless);
  const bangkokMail = bangkok.template(bangkok.stacks.mail!);
  const tokyoMailTemplate = tokyoMail.template(tokyoMail.stacks.mail!);

  it.each([
    ['Singapore stateless', singaporeStateless, 'ap-southeast-1'],
    ['Bangkok stateless', bangkok.template(bangkok.stacks.stateless), 'ap-southeast-7'],
    ['Bangkok mail (Singapore)', bangkokMail, 'ap-southeast-1'],
    ['Tokyo mail', tokyoMailTemplate, 'ap-northeast-1'],
  ] as const)(
    "%s: the alarm topic lets CloudWatch publish for this stage's alarms of this account and region",
    (_, template, stackRegion) => {
      const alarmTopics = new Set(
        Object.values(template.findResources('AWS::CloudWatch::Alarm')).flatMap((a) =>
          (a.Properties.AlarmActions as { Ref: string }[]).map((x) => x.Ref),
        ),
      );
      expect(alarmTopics.size).toBe(1);
      const statements = policiesOf(template).get([...alarmTopics][0]!) ?? [];
      expect(statements.filter((s) => s.Effect === 'Allow')).toEqual([
        expect.objectContaining({
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Condition: {
            StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            ArnLike: {
              'aws:SourceArn': {
                'Fn::Join': [
                  '',
                  [
                    'arn:',
                    { Ref: 'AWS::Partition' },
                    `:cloudwatch:${stackRegion}:`,
                    { Ref: 'AWS::AccountId' },
                    ':alarm:ita-measures-test-*',
                  ],
                ],
              },
            },
          },
        }),
      ]);
      // the Deny of a publish without TLS stays
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
      // every alarm of the stack is named within that pattern
      for (const a of Object.values(template.findResources('AWS::CloudWatch::Alarm')))
        expect(a.Properties.AlarmName).toMatch(/^ita-measures-test-/);
    },
  );

  it.each([
    ['Singapore stateless', singaporeStateless, 'ap-southeast-1'],
    ['Bangkok mail (Singapore)', bangkokMail, 'ap-southeast-1'],
    ['Tokyo mail', tokyoMailTemplate, 'ap-northeast-1'],
  ] as const)("%s: the SES events' topic lets SES publish for its configuration set only", (_, template, sesRegion) => {
    const [topic] = Object.keys(template.findResources('AWS::SNS::Topic')).filter((id) =>
      id.startsWith('MailEventsTopic'),
    );
    const allows = (policiesOf(template).get(topic!) ?? []).filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Principal: { Service: 'ses.amazonaws.com' },
      Action: 'sns:Publish',
      Condition: { StringEquals: { 'AWS:SourceAccount': { Ref: 'AWS::AccountId' } } },
    });
    expect(JSON.stringify(allows[0]!.Condition)).toContain(`:ses:${sesRegion}:`);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(':configuration-set/');
  });
});
