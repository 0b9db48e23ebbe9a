// break 14 F5: EventBridge Scheduler invokes the planner asynchronously, so a run that throws is
// retried by Lambda's async config, not by the schedule's retry policy; after those retries it
// must land somewhere a person can replay it from, and an alarm must say so.
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
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
