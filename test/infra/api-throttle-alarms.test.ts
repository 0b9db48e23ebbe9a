// API Gateway's throttle applies per route (docs/api.md, "Throttling"): when it or Lambda throttles
// the API, an alarm emails the IT officer (AWS review before production, s35-g).
import type { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const context = { stage: 'test', alarmEmail: 'it@example.go.th' };
const runbook = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');

function alarmNamed(template: Template, id: string) {
  return Object.values(template.findResources('AWS::CloudWatch::Alarm')).find(
    (r) => r.Properties.AlarmName === `ita-measures-test-${id}`,
  )?.Properties as Record<string, unknown> | undefined;
}

const idOf = (template: Template, type: string, prefix: string) =>
  Object.keys(template.findResources(type)).find((id) => id.startsWith(prefix))!;

describe.each([
  ['ap-southeast-1', 'Singapore'],
  ['ap-southeast-7', 'Bangkok'],
])('throttled API requests alarm (%s, %s)', (region) => {
  const app = synthesized(context, region);
  const template = app.template(app.stacks.stateless);
  // the alarms' topic (the stack also has the mail-events topic where SES is in its region)
  const topic = idOf(template, 'AWS::SNS::Topic', 'Alarms');

  it("a 429 from API Gateway's own throttle is counted from the access log and emails the topic", () => {
    const logs = idOf(template, 'AWS::Logs::LogGroup', 'ApiAccessLogs');
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties;
    // the access log carries what the count reads: the answer's status and the function's own status
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({
      status: '$context.status',
      integrationStatus: '$context.integration.status',
    });
    const filter = Object.values(template.findResources('AWS::Logs::MetricFilter')).find(
      (f) => f.Properties.LogGroupName?.Ref === logs,
    )?.Properties;
    expect(filter?.FilterPattern).toBe('{ ($.status = "429") && ($.integrationStatus != "429") }');
    expect(filter?.MetricTransformations).toEqual([
      expect.objectContaining({ MetricName: 'ApiThrottled', MetricNamespace: 'ItaMeasures/test', MetricValue: '1' }),
    ]);
    expect(alarmNamed(template, 'ApiThrottled')).toMatchObject({
      Namespace: 'ItaMeasures/test',
      MetricName: 'ApiThrottled',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: topic }],
    });
  });

  it('Lambda throttling the API function emails the topic', () => {
    const api = idOf(template, 'AWS::Lambda::Function', 'ApiFunction');
    expect(alarmNamed(template, 'ApiFunctionThrottles')).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: api } }],
      Statistic: 'Sum',
      Threshold: 0,
      AlarmActions: [{ Ref: topic }],
    });
  });

  it('each of the two alarms names its runbook section, and docs/operations.md has it', () => {
    for (const id of ['ApiThrottled', 'ApiFunctionThrottles']) {
      expect(alarmNamed(template, id)?.AlarmDescription, id).toContain(`Runbook: docs/operations.md, "${id}"`);
      expect(runbook, id).toContain(`### ${id}\n`);
    }
  });
});
