// What the IT officer's docs name exists in the synthesized templates, and their figures are the
// templates' (break s30-o F8, F9): stack outputs, one runbook section per alarm, counts and versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JOB_CONCURRENCY } from '../../infra/cdk/stateless-stack.js';
import { synthesized } from '../support/synthesized-app.js';

// the fullest deployment: Bangkok (a Mail stack in Singapore), the API's own domain, the WAF
const { stacks, template } = synthesized(
  {
    stage: 'test',
    waf: 'true',
    apiDomain: 'api.ita.example.go.th',
    apiCertificateArn: 'arn:aws:acm:ap-southeast-7:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000',
  },
  'ap-southeast-7',
);
const all = [stacks.stateful, stacks.stateless, stacks.mail!, stacks.fairShare!].map((s) => template(s).toJSON());
const stateless = template(stacks.stateless).toJSON();
const resources = (
  json: { Resources?: Record<string, { Type: string; Properties: Record<string, unknown> }> },
  type: string,
) => Object.values(json.Resources ?? {}).filter((r) => r.Type === type);

const readme = readFileSync('README.md', 'utf8');
const operations = readFileSync('docs/operations.md', 'utf8');
const docs = [readme, operations, ...['privacy', 'reminders'].map((d) => readFileSync(`docs/${d}.md`, 'utf8'))];

/**
 * The alarms of every stack (the Stateless stack's, and the Mail stack's SES reputation alarms), by
 * the name an alarm email carries (ita-measures-<stage>-<id>).
 */
const alarmIds = all
  .flatMap((t) => resources(t, 'AWS::CloudWatch::Alarm'))
  .map((a) => String(a.Properties.AlarmName).replace(/^ita-measures-test-/, ''));

describe('the operator docs match the templates', () => {
  it('every stack output the README and docs name is an output of a template', () => {
    const outputs = new Set(all.flatMap((t) => Object.keys(t.Outputs ?? {})));
    const named = docs.flatMap((d) =>
      [...d.matchAll(/outputs? `([A-Za-z]+)`(?: and `([A-Za-z]+)`)?/g)].flatMap((m) => m.slice(1).filter(Boolean)),
    );
    expect(named).toEqual(expect.arrayContaining(['TableName', 'UserPoolId', 'WebPageUrl', 'ApiDomainTarget']));
    for (const name of named) expect(outputs, `output ${name}`).toContain(name);
  });

  it('every alarm is named ita-measures-<stage>-<id> and has a section "### <id>" in docs/operations.md', () => {
    expect(alarmIds.length).toBeGreaterThanOrEqual(13);
    for (const id of alarmIds) {
      expect(id, 'an alarm named ita-measures-test-<id>').toMatch(/^[A-Za-z0-9]+$/);
      expect(operations, `a runbook section for ${id}`).toContain(`\n### ${id}\n`);
    }
    // and no section for an alarm that does not exist
    const sections = [...operations.matchAll(/^### ([A-Za-z0-9]+)$/gm)].map((m) => m[1]);
    expect(sections.sort()).toEqual([...alarmIds].sort());
  });

  it("the post-deploy check's set-alarm-state commands name alarms of the templates, in the region each is in", () => {
    const region = new Map(
      [stacks.stateless, stacks.mail!].flatMap((s) =>
        resources(template(s).toJSON(), 'AWS::CloudWatch::Alarm').map((a) => [
          String(a.Properties.AlarmName).replace(/^ita-measures-test-/, ''),
          s.region,
        ]),
      ),
    );
    const commands = [
      ...operations.matchAll(/set-alarm-state --region (\S+) --alarm-name ita-measures-prod-(\w+)/g),
    ].map((m) => [m[2]!, m[1]!] as const);
    expect(commands).toHaveLength(2);
    for (const [id, r] of commands) expect([id, region.get(id)]).toEqual([id, r]);
  });

  it('every logical id prefix the runbooks look up (physical <Prefix>, `<Prefix>Logs`) is a resource of the Stateless stack', () => {
    const ids = Object.keys(stateless.Resources ?? {});
    const looked = [
      ...[...operations.matchAll(/physical ([A-Za-z]+)/g)].map((m) => m[1]!),
      ...[...operations.matchAll(/`([A-Za-z]+Logs)`/g)].map((m) => m[1]!),
      ...['Api', 'PlanImport', 'Calendar', 'Schemas', 'ScheduledJob', 'OrgWorker', 'Documents'].map((f) => `${f}Logs`),
      ...['OrgWork', 'WorkDeadLetters', 'DocumentWork', 'DocumentDeadLetters', 'SchedulerDeadLetters'],
    ];
    expect(looked.length).toBeGreaterThan(10);
    // what the runbook's `physical` query keeps: the prefix and exactly 8 more characters
    expect(operations).toContain('length(LogicalResourceId) == \\`$(( ${#1} + 8 ))\\`');
    for (const prefix of looked) {
      const found = ids.filter((id) => id.startsWith(prefix) && id.length === prefix.length + 8);
      expect(found, prefix).toHaveLength(1);
      expect(found[0]!.slice(prefix.length), prefix).toMatch(/^[0-9A-F]{8}$/);
    }
  });

  it("the restore runbook gives the planner back the stack's reservation first, not the option's opposite", () => {
    const step = operations.slice(operations.indexOf('5. Start the scheduled runs again'));
    const commands = step.split('\n').filter((line) => /^\s+aws lambda /.test(line));
    expect(commands[0]).toContain(
      `put-function-concurrency --function-name "$F" --reserved-concurrent-executions ${JOB_CONCURRENCY.scheduledJob}`,
    );
  });

  // review s58 (s59 C3): the distribution had no 5xx alarm and the docs did not say why. CloudFront
  // publishes its metrics in us-east-1 only and an alarm watches its own region's: the stacks are not
  // there, so the runbook says what is alarmed at the origins and what is not alarmed at all.
  it("no alarm watches CloudFront's metrics from a region without them, and the runbook says which alarms cover the distribution", () => {
    expect(resources(stateless, 'AWS::CloudFront::Distribution')).toHaveLength(1);
    expect(stacks.stateless.region).not.toBe('us-east-1');
    const onCloudFront = [stacks.stateful, stacks.stateless, stacks.mail!, stacks.fairShare!].flatMap((s) =>
      resources(template(s).toJSON(), 'AWS::CloudWatch::Alarm')
        .filter((a) => a.Properties.Namespace === 'AWS/CloudFront')
        .map(() => s.region),
    );
    expect(onCloudFront.filter((region) => region !== 'us-east-1')).toEqual([]);
    const start = operations.indexOf('\n## The web page (CloudFront)');
    expect(start, 'a section on the distribution').toBeGreaterThan(0);
    const section = operations.slice(start, operations.indexOf('\n## ', start + 1));
    expect(section).toContain('in us-east-1 only');
    const named = [...section.matchAll(/`([A-Za-z0-9]+(?:Errors|5xx))`/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['Api5xx', 'PublicNotFoundErrors']));
    for (const id of named) expect(alarmIds, id).toContain(id);
  });

  it("the README's alarm count and price are the template's", () => {
    const n = alarmIds.length;
    expect(readme).toContain(`US$ ${(n * 1.2).toFixed(2)} of it is the ${n} alarms`);
  });

  it("the README's function count and Node version are the template's", () => {
    // ours (the service name every NodeFunction sets), not CDK's deploy-time helpers
    const functions = resources(stateless, 'AWS::Lambda::Function').filter((f) => {
      const env = f.Properties.Environment as { Variables?: Record<string, string> } | undefined;
      return env?.Variables?.POWERTOOLS_SERVICE_NAME?.startsWith('ita-measures-');
    });
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    expect(readme).toContain(`**Stateless** (the ${words[functions.length]} functions`);
    const runtimes = new Set(functions.map((f) => String(f.Properties.Runtime)));
    expect(runtimes.size).toBe(1);
    const node = /^nodejs(\d+)\.x$/.exec([...runtimes][0]!)![1];
    const said = [...readme.matchAll(/Lambda runs Node (\d+)/g)].map((m) => m[1]);
    expect(said.length).toBeGreaterThan(0);
    for (const version of said) expect(version).toBe(node);
  });

  it("the README's WAF rule count and price are the template's", () => {
    const acl = resources(template(stacks.fairShare!).toJSON(), 'AWS::WAFv2::WebACL')[0]!;
    const rules = (acl.Properties.Rules as unknown[]).length;
    expect(readme).toContain(`US$ 1 a month per rule (${rules} rules)`);
    const monthly = 5 + rules;
    expect(readme).toMatch(
      new RegExp(`about US\\$ ${monthly * 12} \\+ US\\$ 0\\.60 per million requests +\\| about US\\$ ${monthly} `),
    );
  });

  it("the Restore section's facts are the templates': the table's recovery, the files' versions and locks", () => {
    // the section's words with its line breaks as spaces
    const restore = operations.slice(operations.indexOf('\n## Restore\n')).replace(/\s+/g, ' ');
    expect(restore.length, 'a Restore section').toBeGreaterThan(1000);
    const stateful = template(stacks.stateful).toJSON();
    const [table] = resources(stateful, 'AWS::DynamoDB::GlobalTable');
    const replica = (table!.Properties.Replicas as Record<string, Record<string, unknown>>[])[0]!;
    // point-in-time recovery with AWS's default window (no RecoveryPeriodInDays), deletion protection
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
    expect(restore).toContain(
      "point-in-time recovery on (`pointInTimeRecoveryEnabled`, AWS's default window of 35 days), deletion protection",
    );
    expect(restore).toContain('aws dynamodb restore-table-to-point-in-time');
    // the table's name is CloudFormation's (no TableName): the runbook copies back, it does not swap
    expect(table!.Properties.TableName).toBeUndefined();
    // the files bucket: versioned, Object Lock without a default retention, old versions 30 days
    const files = resources(stateful, 'AWS::S3::Bucket').find((b) => b.Properties.ObjectLockEnabled)!;
    expect(files.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(files.Properties.ObjectLockConfiguration).toBeUndefined();
    const rules = (files.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
    expect(rules.find((r) => r.Id === 'NoncurrentVersions')).toMatchObject({
      NoncurrentVersionExpiration: { NoncurrentDays: 30 },
    });
    expect(restore).toContain('old version is kept 30 days (lifecycle `NoncurrentVersions`)');
    // the public bucket is not versioned, as the section says
    const publicBucket = Object.entries(stateless.Resources ?? {}).find(([id]) => id.startsWith('WebPublicDocuments'))!;
    expect(
      (publicBucket[1] as { Properties: Record<string, unknown> }).Properties.VersioningConfiguration,
    ).toBeUndefined();
    expect(restore).toContain('(`PublicDocuments`, Stateless stack) is not versioned');
  });
});

/** The `-c key=value` settings of each `npx cdk deploy --all` command in the README's deploy block. */
const readmeDeployCommands = () =>
  [...readme.matchAll(/^npx cdk deploy --all(?:.*\\\n)+.*$/gm)].map(
    (m) =>
      Object.fromEntries([...m[0].matchAll(/-c (\w+)=([^\s\\]+)/g)].map((c) => [c[1]!, c[2]!])) as Record<
        string,
        string
      >,
  );

describe("the README's deploy commands, as an IT officer runs them", () => {
  const commands = readmeDeployCommands();
  const poolEmail = (context: Record<string, string>) => {
    const app = synthesized(context, 'ap-southeast-1');
    expect(app.synthError).toBeUndefined();
    const pool = Object.values(app.template(app.stacks.stateful).findResources('AWS::Cognito::UserPool'))[0]!;
    return (pool.Properties.EmailConfiguration ?? {}) as { EmailSendingAccount?: string };
  };

  it('are two: the first deploy, then the one after SES has verified the sender', () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatchObject({ stage: 'prod', senderDomain: 'ita.example.go.th' });
  });

  it("the first deploy's user pool does not send through SES: Cognito refuses a sender SES has not verified", () => {
    expect(poolEmail(commands[0]!).EmailSendingAccount ?? 'COGNITO_DEFAULT').toBe('COGNITO_DEFAULT');
  });

  it("the next deploy's user pool sends through the deployment's SES sender", () => {
    expect(poolEmail(commands[1]!).EmailSendingAccount).toBe('DEVELOPER');
  });
});
