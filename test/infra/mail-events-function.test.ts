// Bounces, complaints and rejections reach the app: the configuration set publishes them to an SNS
// topic in SES's region, and the mail-events function (its own entry, log group and role, a failure
// queue) subscribes, in the same region or across (Bangkok has no SES). Before: the configuration
// set only suppressed addresses, with no event destination, and no code read the events.
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { actionsOf, packagesIn, statementsOf } from '../support/cdk-functions.js';
import { synthesized } from '../support/synthesized-app.js';

const singapore = synthesized({ stage: 'test' }, 'ap-southeast-1');
const bangkok = synthesized({ stage: 'test' }, 'ap-southeast-7');
const here = singapore.template(singapore.stacks.stateless);
const away = bangkok.template(bangkok.stacks.stateless);
const mailStack = bangkok.template(bangkok.stacks.mail!);

const mailEventsFunction = (t: Template) =>
  Object.entries(t.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('MailEventsFunction'))!;

function destinationOf(t: Template) {
  const [destination] = Object.values(t.findResources('AWS::SES::ConfigurationSetEventDestination'));
  return destination!.Properties.EventDestination;
}

describe('SES events reach the mail-events function', () => {
  it('the configuration set publishes bounces, complaints and rejections to an SNS topic (HTTPS only)', () => {
    for (const t of [here, mailStack]) {
      const d = destinationOf(t);
      expect(d.Enabled).toBe(true);
      expect([...d.MatchingEventTypes].sort()).toEqual(['bounce', 'complaint', 'reject']);
      expect(d.SnsDestination.TopicARN).toBeDefined();
      const [policy] = Object.values(t.findResources('AWS::SNS::TopicPolicy'));
      const statements = JSON.stringify(policy!.Properties.PolicyDocument.Statement);
      expect(statements).toContain('"ses.amazonaws.com"');
      expect(statements).toContain('"aws:SecureTransport":"false"');
    }
    expect(bangkok.synthError).toBeUndefined(); // cdk-nag included
    expect(singapore.synthError).toBeUndefined();
  });

  it('the function (Node.js 24 on arm64, its own log group) subscribes, across regions when SES is elsewhere', () => {
    const [id, fn] = mailEventsFunction(here);
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    expect(fn.Properties.LoggingConfig.LogGroup.Ref).toMatch(/^MailEventsLogs/);
    const subscription = (t: Template) => Object.values(t.findResources('AWS::SNS::Subscription'))[0]!.Properties;
    expect(subscription(here)).toMatchObject({ Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': [id, 'Arn'] } });
    const across = subscription(away);
    expect(across.Protocol).toBe('lambda');
    expect(across.Region).toBe('ap-southeast-1');
    expect(JSON.stringify(across.TopicArn)).toContain(':sns:ap-southeast-1:');
    expect(JSON.stringify(across.TopicArn)).toContain('ita-measures-test-mail-events');
    mailStack.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'ita-measures-test-mail-events' });
  });

  it('has a failure queue for events it still fails on, and alarms on its errors and on that queue', () => {
    const [id] = mailEventsFunction(here);
    const config = Object.values(here.findResources('AWS::Lambda::EventInvokeConfig')).find(
      (c) => c.Properties.FunctionName.Ref === id,
    )!;
    expect(config.Properties.MaximumRetryAttempts).toBe(2);
    expect(JSON.stringify(config.Properties.DestinationConfig.OnFailure)).toContain('FailedMailEvents');
    const alarms = Object.keys(here.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.some((a) => a.startsWith('MailEventsErrors'))).toBe(true);
    expect(alarms.some((a) => a.startsWith('FailedMailEventsNotEmpty'))).toBe(true);
  });

  it('its role may only read an item and update an item of the table (no index, no Query, no Scan) and write its own logs', () => {
    const data = statementsOf(here, 'MailEventsFunction').filter(
      (s) => ![s.Action].flat().every((a) => /^(logs|xray|sqs):/.test(a)),
    );
    expect(data).toHaveLength(1);
    expect([data[0]!.Action].flat().sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(JSON.stringify(data[0]!.Resource)).not.toContain('/index/');
    const actions = actionsOf(here, 'MailEventsFunction');
    expect(actions.filter((a) => /^(s3|ses|cognito-idp|sns):|Scan|Query|Delete|PutItem/.test(a))).toEqual([]);
    // the failure destination: sending to its own queue only
    const sqs = statementsOf(here, 'MailEventsFunction').filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('sqs:')),
    );
    expect(JSON.stringify(sqs.map((s) => s.Resource))).toContain('FailedMailEvents');
    expect(JSON.stringify(sqs.map((s) => s.Resource))).not.toMatch(/OrgWork|DocumentWork/);
  });

  it('its bundle is small: no API, renderer or SES code', async () => {
    const packages = await packagesIn(FUNCTION_ENTRIES.mailEvents);
    for (const heavy of ['pdfkit', 'docx', 'middy', '@middy/core', 'pdfjs-dist'])
      expect(packages.has(heavy), heavy).toBe(false);
  });
});

// review s58 (s59 C1): the topic's subscription to the mail-events function had no redrive policy:
// an event SNS could not deliver (the function or its invoke permission gone, the function throttled
// past SNS's retries) was dropped. Now SNS keeps it on a dead-letter queue beside the topic (an SNS
// dead-letter queue must be in the subscription's region, the topic's), encrypted and TLS-only as
// the other queues, whose policy lets that topic alone send to it.
describe('SES events SNS could not hand to the mail-events function are kept on a dead-letter queue', () => {
  const tokyo = synthesized({ stage: 'test', sesRegion: 'ap-northeast-1' }, 'ap-southeast-7');
  const deadLetterName = 'ita-measures-test-mail-events-dead-letters';
  /** The queue named `deadLetterName` of `t`, by logical id. */
  const deadLettersIn = (t: Template) => {
    const found = Object.entries(t.findResources('AWS::SQS::Queue')).filter(
      ([, q]) => q.Properties.QueueName === deadLetterName,
    );
    expect(found, `one queue ${deadLetterName}`).toHaveLength(1);
    return found[0]!;
  };
  const subscriptionOf = (t: Template) => {
    const lambda = Object.values(t.findResources('AWS::SNS::Subscription')).filter(
      (s) => s.Properties.Protocol === 'lambda',
    );
    expect(lambda).toHaveLength(1);
    return lambda[0]!.Properties;
  };

  it.each([
    ['Singapore: the topic, the queue and the subscription in the stateless stack', here, here, 'ap-southeast-1'],
    ['Bangkok: the topic and the queue in the Mail stack (Singapore)', away, mailStack, 'ap-southeast-1'],
    [
      'Bangkok with -c sesRegion=ap-northeast-1: in the Mail stack in Tokyo',
      tokyo.template(tokyo.stacks.stateless),
      tokyo.template(tokyo.stacks.mail!),
      'ap-northeast-1',
    ],
  ] as const)('%s', (_, subscriber, topicStack, topicRegion) => {
    const [queueId, queue] = deadLettersIn(topicStack);
    const target = JSON.stringify(subscriptionOf(subscriber).RedrivePolicy?.deadLetterTargetArn ?? null);
    if (subscriber === topicStack) expect(target).toBe(JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }));
    else {
      expect(target).toContain(`:sqs:${topicRegion}:`);
      expect(target).toContain(`:${deadLetterName}"`);
    }
    // encrypted (SSE-SQS: SNS needs no key grant), kept as long as SQS allows, as the other queues
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    const [topicId] = Object.keys(topicStack.findResources('AWS::SNS::Topic')).filter((id) =>
      id.startsWith('MailEventsTopic'),
    );
    const statements = Object.values(topicStack.findResources('AWS::SQS::QueuePolicy'))
      .filter((p) => JSON.stringify(p.Properties.Queues) === JSON.stringify([{ Ref: queueId }]))
      .flatMap((p) => p.Properties.PolicyDocument.Statement);
    expect(statements.filter((s) => s.Effect === 'Allow')).toEqual([
      expect.objectContaining({
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': [queueId, 'Arn'] },
        Condition: { ArnEquals: { 'aws:SourceArn': { Ref: topicId } } },
      }),
    ]);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });
});
