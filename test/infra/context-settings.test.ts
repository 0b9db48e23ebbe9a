// break s30-o F4: deploy settings that cannot work synthesized "successfully" (the functions then
// refused to start weeks later, or CloudFormation failed); now synth refuses them, Thai first then
// English, naming the -c option, with the functions' own rules.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONTEXT_SETTINGS } from '../../infra/cdk/context-settings.js';
import { settingsFrom } from '../../infra/cdk/settings.js';
import { JobEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { contextNode as node } from '../support/context-node.js';
import { repoRoot } from '../support/local-system.js';

const run = promisify(execFile);
const PROD = { stage: 'prod', senderDomain: 'ita.example.go.th' };
const refusalOf = (context: Record<string, string>, region = 'ap-southeast-1') => {
  try {
    settingsFrom(node(context), region);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe('deploy settings that cannot work are refused at synth, naming the -c option, Thai first', () => {
  it.each([
    ['mailMaxPerSecond', 'abc', 'ตัวเลขมากกว่า 0'],
    ['mailMaxPerSecond', '0', 'ตัวเลขมากกว่า 0'],
    ['mailMaxPerSecond', '-5', 'ตัวเลขมากกว่า 0'],
    ['reportRetentionYears', 'abc', 'จำนวนเต็ม 0 ถึง 100'],
    ['reportRetentionYears', '101', 'จำนวนเต็ม 0 ถึง 100'],
    ['reportRetentionYears', '2.5', 'จำนวนเต็ม 0 ถึง 100'],
    ['alarmEmail', 'not-an-email', 'ที่อยู่อีเมล'],
    ['alarmEmail', 'it-officer@', 'ที่อยู่อีเมล'],
    ['senderEmail', 'ita noreply', 'ที่อยู่อีเมล'],
    ['senderDomain', 'https://ita.example.go.th', 'ชื่อโดเมน'],
    ['stage', 'Prod X', 'ตัวอักษรภาษาอังกฤษตัวเล็ก'],
    ['stage', 'prod_1', 'ตัวอักษรภาษาอังกฤษตัวเล็ก'],
    ['apiCertificateArn', 'abc', 'ARN ของใบรับรอง ACM'],
  ])('-c %s=%j', (name, value, thai) => {
    const context: Record<string, string> = { ...PROD, apiDomain: 'api.example.go.th', [name]: value };
    if (name !== 'apiCertificateArn')
      context.apiCertificateArn = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/abc';
    const message = refusalOf(context);
    const line = message?.split('\n').find((l) => l.includes(`-c ${name}=`));
    // a rule that starts with a Latin word takes a space after ต้องเป็น
    const space = name === 'apiCertificateArn' ? ' ' : '';
    expect(line).toBe(
      `  -c ${name}=${JSON.stringify(value)}: ต้องเป็น${space}${CONTEXT_SETTINGS.find((s) => s.name === name)!.ruleTh} / ` +
        `context ${name}: ${JSON.stringify(value)} is not ${CONTEXT_SETTINGS.find((s) => s.name === name)!.ruleEn.replace(/`/g, '')}`,
    );
    expect(line).toContain(thai);
    expect(line!.indexOf(thai)).toBeLessThan(line!.indexOf('context '));
  });

  it.each([['prod'], ['production'], ['prod-bkk']])(
    'a %s stage with neither senderDomain nor senderEmail is refused (no silent ita-noreply@example.org)',
    (stage) => {
      expect(refusalOf({ stage, alarmEmail: 'it@example.go.th' })).toContain(
        `-c stage=${stage}: ต้องระบุ -c senderDomain หรือ -c senderEmail`,
      );
      const alarmEmail = 'it@example.go.th';
      expect(refusalOf({ stage, senderEmail: 'ita@example.go.th', alarmEmail })).toBeUndefined();
      expect(refusalOf({ stage, senderDomain: 'ita.example.go.th', alarmEmail })).toBeUndefined();
    },
  );

  // review s35-f 1: a prod deploy without alarmEmail had every alarm notify a topic nobody reads
  it.each([['prod'], ['production'], ['prod-bkk']])(
    'a %s stage without alarmEmail is refused: its alarms would reach nobody',
    (stage) => {
      const message = refusalOf({ stage, senderDomain: 'ita.example.go.th' });
      const line = message?.split('\n').find((l) => l.includes('-c alarmEmail'));
      expect(line).toBe(
        `  -c stage=${stage}: ต้องระบุ -c alarmEmail (ที่อยู่อีเมลที่รับการแจ้งเตือน) / ` +
          `context stage=${stage} needs alarmEmail: without it every alarm notifies a topic nobody is subscribed to`,
      );
      expect(refusalOf({ stage, senderDomain: 'ita.example.go.th', alarmEmail: 'it@example.go.th' })).toBeUndefined();
    },
  );

  it('a test or dev stage may go without alarmEmail (its alarms are not for anyone)', () => {
    expect(settingsFrom(node({ stage: 'test' })).alarmEmail).toBeUndefined();
    expect(settingsFrom(node({ stage: 'product' })).alarmEmail).toBeUndefined();
  });

  it('a test or dev stage may go without a sender (ita-noreply@example.org)', () => {
    expect(settingsFrom(node({ stage: 'test' })).senderEmail).toBe('ita-noreply@example.org');
    expect(settingsFrom(node({})).stage).toBe('dev');
  });

  it.each([
    ['us-east-1', 'ap-southeast-1'],
    ['ap-southeast-1', 'ap-southeast-7'],
    ['eu-west-1', 'ap-southeast-7'],
  ])(
    "an API certificate from %s for a stack in %s is refused: the API's regional domain needs the stack's region",
    (certRegion, region) => {
      const message = refusalOf(
        {
          ...PROD,
          apiDomain: 'api.example.go.th',
          apiCertificateArn: `arn:aws:acm:${certRegion}:123456789012:certificate/abc`,
        },
        region,
      );
      expect(message).toContain(
        `-c apiCertificateArn: ใบรับรองอยู่ใน ${certRegion} แต่ต้องอยู่ใน region ของ stack (${region})`,
      );
      expect(message).toContain(`needs one in the stack's region, ${region}`);
    },
  );

  it('every problem is listed at once, one line each', () => {
    const message = refusalOf({ stage: 'prod', mailMaxPerSecond: 'abc', reportRetentionYears: 'x', alarmEmail: 'no' });
    for (const name of ['mailMaxPerSecond', 'reportRetentionYears', 'alarmEmail', 'stage'])
      expect(message).toContain(`-c ${name}=`);
  });

  it('takes what the functions take, and refuses what they refuse (one rule: the environment schema)', () => {
    for (const [name, env] of [
      ['mailMaxPerSecond', 'MAIL_MAX_PER_SECOND'],
      ['reportRetentionYears', 'REPORT_RETENTION_YEARS'],
      ['senderEmail', 'MAIL_FROM'],
    ] as const)
      for (const value of ['abc', '0', '-1', '1.5', '10', '100', '101', 'a@b.example'])
        expect([name, value, refusalOf({ stage: 'test', [name]: value }) === undefined]).toEqual([
          name,
          value,
          JobEnvironment.safeParse({ TABLE_NAME: 't', [env]: value }).success,
        ]);
    expect(() => parseEnvironment('x', JobEnvironment, { TABLE_NAME: 't', MAIL_MAX_PER_SECOND: '10' })).not.toThrow();
  });

  // review s41 F12: "ต้องเป็นtrue", "ต้องเป็นses": a Latin word after Thai takes a space
  it.each([
    ['waf', 'yes', 'ต้องเป็น true หรือ false (true ต้องมี apiDomain) / context waf must be true or false, got "yes"'],
    ['reserveJobConcurrency', 'no', 'ต้องเป็น true หรือ false / context reserveJobConcurrency must be true or false'],
    ['cognitoEmail', 'smtp', 'ต้องเป็น ses หรือ cognito (ses ต้องมี'],
    ['mailMaxPerSecond', 'x', 'ต้องเป็นตัวเลขมากกว่า 0'],
  ])('-c %s=%j is refused with a space before a Latin rule word, none before a Thai one', (name, value, said) => {
    const line = refusalOf({ stage: 'test', [name]: value })
      ?.split('\n')
      .find((l) => l.includes(`-c ${name}=`));
    expect(line).toContain(`-c ${name}=${JSON.stringify(value)}: ${said}`);
  });

  // review s41 F5: identity a.go.th with MAIL_FROM x@b.go.th: SES refused every email
  it.each([
    ['a.go.th', 'x@b.go.th'],
    ['ita.example.go.th', 'ita@example.go.th'],
    ['ita.example.go.th', 'ita@mail.ita.example.go.th'],
  ])(
    'senderDomain=%s with senderEmail=%s (not at that domain) is refused, naming both',
    (senderDomain, senderEmail) => {
      const message = refusalOf({ stage: 'prod', alarmEmail: 'it@example.go.th', senderDomain, senderEmail });
      expect(message?.split('\n').find((l) => l.includes('-c senderEmail='))).toBe(
        `  -c senderEmail=${JSON.stringify(senderEmail)}: ต้องเป็นที่อยู่ที่โดเมน -c senderDomain=${senderDomain} (…@${senderDomain}) เพราะ identity ของ SES สิทธิ์ส่งอีเมล และผู้ส่งของ Cognito ตั้งไว้สำหรับโดเมนนั้นพอดี / ` +
          `context senderEmail ${senderEmail} is not an address at senderDomain ${senderDomain} itself: the SES identity, the functions' right to send and Cognito's sender are set for that domain exactly (give …@${senderDomain}, or no senderEmail for ita-noreply@${senderDomain})`,
      );
    },
  );

  it('a senderEmail at senderDomain is the sender', () => {
    const context = { stage: 'prod', alarmEmail: 'it@example.go.th', senderDomain: 'ita.example.go.th' };
    expect(settingsFrom(node({ ...context, senderEmail: 'reminders@ita.example.go.th' })).senderEmail).toBe(
      'reminders@ita.example.go.th',
    );
    expect(settingsFrom(node(context)).senderEmail).toBe('ita-noreply@ita.example.go.th');
  });

  // tester s41c F2: a domain in capitals was refused; a domain's case is no difference (RFC 1035 §2.3.3)
  it.each(['reminders@ITA.EXAMPLE.GO.TH', 'reminders@Ita.Example.Go.Th', 'Reminders@ita.example.GO.th'])(
    'a senderEmail at senderDomain in other capitals (%s) is the sender, at the domain as senderDomain spells it',
    (senderEmail) => {
      const context = { stage: 'prod', alarmEmail: 'it@example.go.th', senderDomain: 'ita.example.go.th' };
      expect(settingsFrom(node({ ...context, senderEmail })).senderEmail).toBe(
        `${senderEmail.split('@')[0]}@ita.example.go.th`,
      );
    },
  );

  // review s41 F6: a mistyped key was silently ignored (the setting kept its default)
  it.each([
    ['reserveJobConcurency', 'false', 'reserveJobConcurrency'],
    ['mailMaxPerSec', '14', 'mailMaxPerSecond'],
    ['Stage', 'prod', 'stage'],
    ['colour', 'blue', undefined],
  ])('an unknown context key -c %s=%s is refused, Thai first, with the setting it may mean', (key, value, near) => {
    const line = refusalOf({ stage: 'test', [key]: value })
      ?.split('\n')
      .find((l) => l.includes(`-c ${key}:`));
    expect(line).toContain(`-c ${key}: ไม่มีค่าตั้งชื่อนี้`);
    expect(line).toContain(`context ${key} is not a setting of this app`);
    expect(line!.indexOf('ไม่มีค่าตั้ง')).toBeLessThan(line!.indexOf('context '));
    if (near) {
      expect(line).toContain(`หมายถึง -c ${near} หรือไม่`);
      expect(line).toContain(`(did you mean ${near}?)`);
    } else expect(line).not.toContain('did you mean');
  });

  it("CDK's own context keys are no settings and pass: feature flags, the CLI's aws:cdk:*, cdk.json's cli-telemetry, lookups", () => {
    expect(
      refusalOf({
        stage: 'test',
        '@aws-cdk/core:defaultCrossStackReferences': 'strong',
        'aws:cdk:enable-path-metadata': 'true',
        'aws:cdk:bundling-stacks': '**',
        'cli-telemetry': 'false',
        'availability-zones:account=123456789012:region=ap-southeast-1': 'a,b',
        'acknowledged-issue-numbers': '1',
      }),
    ).toBeUndefined();
  });

  it('the synth of a bad stage name ends with the refusal, no stack trace', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'infra/cdk/app.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ stage: 'Prod X' }), CDK_OUTDIR: '/tmp/ita-no-synth' },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('-c stage="Prod X": ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก');
    expect(failed?.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  // review s41 F4, F6: a region without SES was a plain Error (a stack trace, English only)
  it('the synth in a region without SES, with a mistyped key, ends with both refusals, no stack trace', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'infra/cdk/app.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_DEFAULT_REGION: 'ap-east-1',
        CDK_CONTEXT_JSON: JSON.stringify({ stage: 'dev', reserveJobConcurency: 'false', 'cli-telemetry': false }),
        CDK_OUTDIR: '/tmp/ita-no-synth',
      },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('region ของ stack (ap-east-1): ไม่มี SES ใน ap-east-1');
    expect(failed?.stderr).toContain('-c reserveJobConcurency: ไม่มีค่าตั้งชื่อนี้');
    expect(failed?.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("README's deploy table is the settings list", () => {
  it('has one row per -c setting, with its rule', () => {
    const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
    const rows = readme
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|').map((c) => c.trim()));
    const table = new Map(rows.map((cells) => [cells[1]!.replace(/`/g, ''), cells[4]]));
    for (const s of CONTEXT_SETTINGS) expect([s.name, table.get(s.name)]).toEqual([s.name, s.ruleEn]);
  });
});
