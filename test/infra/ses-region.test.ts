import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

/** The app for `region`, synthesised (with cdk-nag) and its templates read, outside any test's time limit. */
const build = (region: string, context: Record<string, string> = {}) => {
  const { stacks, synthError, template } = synthesized({ stage: 'test', ...context }, region);
  return {
    ...stacks,
    synthError,
    stateless: template(stacks.stateless),
    stateful: template(stacks.stateful),
    mailTemplate: stacks.mail && template(stacks.mail),
    dependsOnMail: !!stacks.mail && stacks.stateless.dependencies.includes(stacks.mail),
  };
};

/** Environment of every Lambda function of the stateless stack, and its SES policy resources. */
function sending(template: Template) {
  const env = Object.values(template.findResources('AWS::Lambda::Function'))
    .map((r) => r.Properties.Environment?.Variables)
    .filter((v) => v?.MAIL_FROM); // the functions configured to mail
  const sesResources = Object.values(template.findResources('AWS::IAM::Policy'))
    .flatMap((r) => r.Properties.PolicyDocument.Statement)
    .filter((s: { Action: string | string[] }) => [s.Action].flat().includes('ses:SendEmail'))
    .flatMap((s: { Resource: unknown }) => [s.Resource].flat());
  return { env, sesResources: JSON.stringify(sesResources) };
}

// built once, outside the tests' time limit (a synth takes seconds on a busy machine)
const bangkok = build('ap-southeast-7');
const singapore = build('ap-southeast-1');
const overridden = build('ap-southeast-7', { sesRegion: 'ap-northeast-1' });

describe('the SES region (Bangkok has no SES)', () => {
  it('a deployment in ap-southeast-7 keeps SES out of its stacks and sends through ap-southeast-1', () => {
    const { stateless: template, stateful, mail, mailTemplate, synthError, dependsOnMail } = bangkok;
    expect(synthError).toBeUndefined(); // cdk-nag included
    for (const t of [template, stateful]) {
      expect(Object.keys(t.findResources('AWS::SES::EmailIdentity'))).toHaveLength(0);
      expect(Object.keys(t.findResources('AWS::SES::ConfigurationSet'))).toHaveLength(0);
    }
    expect(mail?.region).toBe('ap-southeast-1');
    mailTemplate!.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'ita-measures-test',
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    mailTemplate!.resourceCountIs('AWS::SES::EmailIdentity', 1);
    const { env, sesResources } = sending(template);
    expect(env.length).toBeGreaterThanOrEqual(3);
    for (const v of env)
      expect(v).toMatchObject({ SES_REGION: 'ap-southeast-1', SES_CONFIGURATION_SET: 'ita-measures-test' });
    expect(sesResources).toContain(':ses:ap-southeast-1:');
    expect(sesResources).not.toContain(':ses:ap-southeast-7:');
    expect(dependsOnMail).toBe(true);
  });

  it('a deployment in ap-southeast-1 keeps the sender in its own stateless stack and region', () => {
    const { stateless: template, mail } = singapore;
    expect(mail).toBeUndefined();
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    const { env, sesResources } = sending(template);
    for (const v of env) expect(v).toMatchObject({ SES_REGION: 'ap-southeast-1' });
    expect(sesResources).toContain(':ses:ap-southeast-1:');
  });

  it('the sesRegion setting puts the sender where it says, whatever the stack region', () => {
    const { stateless: template, mail } = overridden;
    expect(mail?.region).toBe('ap-northeast-1');
    template.resourceCountIs('AWS::SES::EmailIdentity', 0);
    const { env, sesResources } = sending(template);
    for (const v of env) expect(v).toMatchObject({ SES_REGION: 'ap-northeast-1' });
    expect(sesResources).toContain(':ses:ap-northeast-1:');
  });
});

// break 16 B4: every region without SES (cfn-lint 1.51's region schemas have no AWS::SES::EmailIdentity)
describe('a region without SES is refused at synth unless the sender is put where SES exists', () => {
  const withoutSes = ['ap-east-1', 'ap-east-2', 'ap-southeast-4', 'ap-southeast-6', 'eu-south-2', 'mx-central-1'];

  for (const region of withoutSes)
    it(`a deployment in ${region} with no sesRegion is refused, naming the region and the setting to give`, () => {
      expect(() => build(region)).toThrow(new RegExp(`SES does not exist in ${region}.*-c sesRegion=`));
    });

  it('a deployment in Hong Kong or Melbourne with -c sesRegion sends through that region', () => {
    for (const [region, sesRegion] of [
      ['ap-east-1', 'ap-southeast-1'],
      ['ap-southeast-4', 'ap-southeast-2'],
    ] as const) {
      const { stateless: template, mail } = build(region, { sesRegion });
      expect(mail?.region).toBe(sesRegion);
      template.resourceCountIs('AWS::SES::EmailIdentity', 0);
      template.resourceCountIs('AWS::SES::ConfigurationSet', 0);
      for (const v of sending(template).env) expect(v).toMatchObject({ SES_REGION: sesRegion });
    }
  });

  it('a sesRegion without SES, an empty one or one that is no region name is refused', () => {
    expect(() => build('ap-southeast-7', { sesRegion: 'ap-southeast-7' })).toThrow(
      /sesRegion: SES does not exist in ap-southeast-7/,
    );
    expect(() => build('ap-southeast-1', { sesRegion: 'ap-east-1' })).toThrow(
      /sesRegion: SES does not exist in ap-east-1/,
    );
    expect(() => build('ap-southeast-1', { sesRegion: '' })).toThrow(/sesRegion: "" is not an AWS region/);
    expect(() => build('ap-southeast-1', { sesRegion: 'singapore' })).toThrow(
      /sesRegion: "singapore" is not an AWS region/,
    );
  });

  // tester s41c F1: a region of the right shape that does not exist synthesised (a Mail stack for it)
  it.each([
    ['ap-southeast-1', { sesRegion: 'ap-southest-1' }, '-c sesRegion="ap-southest-1"', 'ap-southeast-1'],
    ['ap-southest-1', {}, 'region ของ stack (AWS_REGION=ap-southest-1)', 'ap-southeast-1'],
    ['xx-foo-9', {}, 'region ของ stack (AWS_REGION=xx-foo-9)', undefined],
  ] as const)('in %s with %j: "no AWS region", with the nearest one', (region, context, thai, near) => {
    let error: unknown;
    try {
      build(region, context);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('SettingsError');
    const line = (error as Error).message.split('\n').find((l) => l.includes(thai));
    expect(line, (error as Error).message).toContain(`${thai}: ไม่มี region ของ AWS ชื่อนี้`);
    if (near) expect(line).toContain(`(did you mean ${near}?)`);
    else expect(line).not.toContain('did you mean');
  });

  it('the China regions are refused, with or without a sesRegion (SES is in neither, nor reachable across partitions)', () => {
    expect(() => build('cn-north-1')).toThrow(/SES does not exist in cn-north-1/);
    expect(() => build('cn-northwest-1', { sesRegion: 'ap-southeast-1' })).toThrow(/another AWS partition/);
  });

  // review s41 F4: these were plain Errors: a stack trace, English only, after the other settings passed
  it.each([
    [
      'ap-east-1',
      {},
      'region ของ stack (ap-east-1): ไม่มี SES ใน ap-east-1 ต้องระบุ -c sesRegion=<region ที่มี SES> เช่น -c sesRegion=ap-southeast-1',
      'the stack region: SES does not exist in ap-east-1',
    ],
    [
      'ap-southeast-7',
      { sesRegion: 'ap-southeast-7' },
      '-c sesRegion="ap-southeast-7": ไม่มี SES ใน ap-southeast-7',
      'context sesRegion: SES does not exist in ap-southeast-7',
    ],
    [
      'cn-northwest-1',
      { sesRegion: 'ap-southeast-1' },
      '-c sesRegion="ap-southeast-1": ap-southeast-1 อยู่คนละ AWS partition กับ region ของ stack (cn-northwest-1)',
      'context sesRegion: ap-southeast-1 is in another AWS partition than cn-northwest-1',
    ],
    // session 42: China's regions were refused as "no SES in its partition: deploy in another region"
    [
      'ap-southeast-1',
      { sesRegion: 'cn-north-1' },
      '-c sesRegion="cn-north-1": cn-north-1 อยู่คนละ AWS partition กับ region ของ stack (ap-southeast-1) คือ aws-cn กับ aws ฟังก์ชันใช้ SES ข้าม partition ไม่ได้ ต้องระบุ region ที่มี SES ใน aws เช่น -c sesRegion=ap-southeast-1',
      "context sesRegion: cn-north-1 is in another AWS partition than ap-southeast-1 (aws-cn; the stack's partition is aws), and the functions cannot use SES across partitions: give a region with SES in aws (e.g. -c sesRegion=ap-southeast-1)",
    ],
    [
      'ap-southeast-7',
      { sesRegion: 'cn-northwest-1' },
      '-c sesRegion="cn-northwest-1": cn-northwest-1 อยู่คนละ AWS partition กับ region ของ stack (ap-southeast-7) คือ aws-cn กับ aws',
      "(aws-cn; the stack's partition is aws), and the functions cannot use SES across partitions: give a region with SES in aws (e.g. -c sesRegion=ap-southeast-1)",
    ],
    [
      'ap-southeast-1',
      { sesRegion: 'us-gov-west-1' },
      'us-gov-west-1 อยู่คนละ AWS partition กับ region ของ stack (ap-southeast-1) คือ aws-us-gov กับ aws',
      "context sesRegion: us-gov-west-1 is in another AWS partition than ap-southeast-1 (aws-us-gov; the stack's partition is aws)",
    ],
  ] as const)(
    "in %s with %j: a settings refusal, Thai first, listed with the other settings' problems",
    (region, context, thai, english) => {
      let error: unknown;
      try {
        build(region, { ...context, mailMaxPerSecond: 'abc' });
      } catch (e) {
        error = e;
      }
      expect((error as Error).name).toBe('SettingsError');
      const lines = (error as Error).message.split('\n');
      const line = lines.find((l) => l.includes(thai));
      expect(line, (error as Error).message).toBeDefined();
      expect(line!.indexOf(thai)).toBeLessThan(line!.indexOf(english));
      expect(lines.some((l) => l.includes('-c mailMaxPerSecond="abc"'))).toBe(true);
    },
  );
});
