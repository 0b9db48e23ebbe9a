// review s35-f 2: a worker queue's message became visible again 60 s after a function that could
// still be running for its full timeout (OrgWork 360 s vs 300 s, DocumentWork 960 s vs 900 s), and
// moved to the dead-letter queue after 3 receives. AWS's guidance for an SQS event source: a
// visibility timeout of at least 6 times the function's timeout, and maxReceiveCount at least 5
// (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html).
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateless);

/** Each SQS event source: the queue's logical id, its properties and the function's timeout. */
function eventSources() {
  const queues = template.findResources('AWS::SQS::Queue');
  const functions = template.findResources('AWS::Lambda::Function');
  return Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).map((m) => {
    const queueId = m.Properties.EventSourceArn['Fn::GetAtt'][0] as string;
    const fnId = m.Properties.FunctionName.Ref as string;
    return {
      queueId,
      fnId,
      queue: queues[queueId]!.Properties,
      timeout: functions[fnId]!.Properties.Timeout as number,
    };
  });
}

describe('worker queues give a message back only after its function is surely done', () => {
  it.each([
    ['OrgWork', 'OrgWorker', 300, 1800],
    ['DocumentWork', 'Documents', 900, 5400],
  ])('%s (function %s, %i s): visibility timeout %i s, dead letter after 5 receives', (queue, fn, timeout, visible) => {
    const source = eventSources().find((s) => s.queueId.startsWith(queue));
    expect(source, `an event source on ${queue}`).toBeDefined();
    expect(source!.fnId).toMatch(new RegExp(`^${fn}`));
    expect(source!.timeout).toBe(timeout);
    expect(source!.queue.VisibilityTimeout).toBe(visible);
    expect(source!.queue.RedrivePolicy.maxReceiveCount).toBe(5);
  });

  it('every SQS event source: visibility at least 6 times its function timeout, at least 5 receives', () => {
    const sources = eventSources();
    expect(sources).toHaveLength(2);
    for (const s of sources) {
      expect(s.queue.VisibilityTimeout, s.queueId).toBeGreaterThanOrEqual(6 * s.timeout);
      expect(s.queue.RedrivePolicy.maxReceiveCount, s.queueId).toBeGreaterThanOrEqual(5);
    }
  });
});

// review s57 C1: a worker queue whose messages are not received (its event source mapping disabled,
// or a worker that cannot keep up) fills quietly: nothing fails, so no error, no dead-letter message
// and no alarm, and 14 days after they were queued SQS deletes the messages (a day's reminders, a
// requested generation) unseen. The age of the oldest message says so while they can still be run.
describe('a worker queue whose messages are not taken emails the alarm topic before they expire', () => {
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((r) => r.Properties);
  const ageAlarmOn = (queueId: string) =>
    alarms.filter(
      (a) =>
        a.MetricName === 'ApproximateAgeOfOldestMessage' &&
        JSON.stringify(a.Dimensions) ===
          JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }]),
    );

  it.each([
    ['OrgWork', 'WorkQueueStalled', 9000, "org's work items"],
    ['DocumentWork', 'DocumentQueueStalled', 27000, 'document messages'],
  ])(
    '%s: alarm %s when its oldest message is over %i s old, naming the queue and its runbook',
    (queue, id, seconds, what) => {
      const source = eventSources().find((s) => s.queueId.startsWith(queue))!;
      const [alarm, ...others] = ageAlarmOn(source.queueId);
      expect(alarm, `an age alarm on ${queue}`).toBeDefined();
      expect(others).toEqual([]);
      expect(alarm!.AlarmName).toBe(`ita-measures-test-${id}`);
      expect(alarm!.Threshold).toBe(seconds);
      expect(alarm!.ComparisonOperator).toBe('GreaterThanThreshold');
      expect(alarm!.Statistic).toBe('Maximum');
      expect(alarm!.TreatMissingData).toBe('notBreaching');
      expect(alarm!.AlarmActions).toHaveLength(1);
      expect(alarm!.AlarmDescription).toContain(`queue ${queue}`);
      expect(alarm!.AlarmDescription).toContain(what);
      expect(alarm!.AlarmDescription).toContain(`Runbook: docs/operations.md, "${id}".`);
    },
  );

  it('every SQS event source: the alarm waits out all its receives (no alarm while a message is only being retried), and comes long before the 14 days', () => {
    const sources = eventSources();
    expect(sources).toHaveLength(2);
    for (const s of sources) {
      const [alarm] = ageAlarmOn(s.queueId);
      expect(alarm, s.queueId).toBeDefined();
      expect(alarm!.Threshold, s.queueId).toBeGreaterThanOrEqual(
        s.queue.RedrivePolicy.maxReceiveCount * s.queue.VisibilityTimeout,
      );
      expect(alarm!.Threshold, s.queueId).toBeLessThanOrEqual(24 * 3600);
      expect(s.queue.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    }
  });
});
