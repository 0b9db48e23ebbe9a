// Cognito's own emails (the "ลืมรหัสผ่าน" code) go through the deployment's SES sender, not Cognito's
// default no-reply@verificationemail.com (50 a day per account, English): AWS review, s35-g.
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const userPoolOf = (app: ReturnType<typeof synthesized>) =>
  Object.values(app.template(app.stacks.stateful).findResources('AWS::Cognito::UserPool'))[0]!.Properties;

/** The ARN a template builds, with CloudFormation's pseudo parameters by name. */
const arnText = (value: unknown) =>
  JSON.stringify(value)
    .replace(/\{"Ref":"AWS::(\w+)"\}/g, '<$1>')
    .replace(/[{}[\]"]|Fn::Join|,/g, '');

/** The From header Cognito sends: the Thai name MIME-encoded (RFC 2047), then the address. */
const thaiFrom = (address: string) =>
  `=?UTF-8?B?${Buffer.from('ระบบติดตามมาตรการ ITA').toString('base64')}?= <${address}>`;

describe("Cognito's emails through the deployment's SES sender", () => {
  it('a deployment in Singapore with a sender domain: DEVELOPER, the domain identity, its configuration set', () => {
    const app = synthesized({ stage: 'test', senderDomain: 'ita.example.go.th' }, 'ap-southeast-1');
    expect(app.synthError).toBeUndefined(); // cdk-nag included
    const email = userPoolOf(app).EmailConfiguration;
    expect(email).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: thaiFrom('ita-noreply@ita.example.go.th'),
      ConfigurationSet: 'ita-measures-test',
    });
    expect(arnText(email.SourceArn)).toContain(':ses:ap-southeast-1:<AccountId>:identity/ita.example.go.th');
    // the same configuration set the functions send through (bounces and complaints suppressed)
    app.template(app.stacks.stateless).hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'ita-measures-test',
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('a deployment in Bangkok sends through the Mail stack in ap-southeast-1, which deploys before the pool', () => {
    const app = synthesized({ stage: 'test', senderDomain: 'ita.example.go.th' }, 'ap-southeast-7');
    expect(app.synthError).toBeUndefined();
    const email = userPoolOf(app).EmailConfiguration;
    expect(email).toMatchObject({ EmailSendingAccount: 'DEVELOPER', ConfigurationSet: 'ita-measures-test' });
    expect(arnText(email.SourceArn)).toContain(':ses:ap-southeast-1:<AccountId>:identity/ita.example.go.th');
    app.template(app.stacks.mail!).hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'ita-measures-test' });
    expect(app.stacks.stateful.dependencies).toContain(app.stacks.mail);
  });

  it('a single sender address: the address identity and From', () => {
    const app = synthesized({ stage: 'test', senderEmail: 'ita@example.go.th' }, 'ap-southeast-1');
    const email = userPoolOf(app).EmailConfiguration;
    expect(email).toMatchObject({ EmailSendingAccount: 'DEVELOPER', From: thaiFrom('ita@example.go.th') });
    expect(arnText(email.SourceArn)).toContain(':identity/ita@example.go.th');
  });

  it('the forgot-password and email-change code is Thai, and so is the invitation', () => {
    const pool = userPoolOf(synthesized({ stage: 'test', senderDomain: 'ita.example.go.th' }, 'ap-southeast-1'));
    expect(pool.VerificationMessageTemplate).toMatchObject({
      DefaultEmailOption: 'CONFIRM_WITH_CODE',
      EmailSubject: '[ITA] รหัสยืนยัน ระบบติดตามมาตรการ ITA',
      EmailMessage: expect.stringContaining('รหัสยืนยันของคุณคือ {####}'),
    });
    expect(pool.VerificationMessageTemplate.EmailMessage).toContain('ลืมรหัสผ่าน');
    expect(pool.AdminCreateUserConfig.InviteMessageTemplate).toMatchObject({
      EmailSubject: '[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA',
      EmailMessage: expect.stringContaining('รหัสผ่านชั่วคราว: {####}'),
    });
  });

  it("before the sender is verified (-c cognitoEmail=cognito), and with no sender, Cognito's own sender", () => {
    for (const context of [
      { stage: 'test', senderDomain: 'ita.example.go.th', cognitoEmail: 'cognito' },
      { stage: 'test' },
    ] as Record<string, string>[])
      expect(userPoolOf(synthesized(context, 'ap-southeast-1')).EmailConfiguration?.EmailSendingAccount).not.toBe(
        'DEVELOPER',
      );
  });

  it('-c cognitoEmail=ses with no sender, or another value, is refused at synth, Thai first', () => {
    expect(() => synthesized({ stage: 'test', cognitoEmail: 'ses' }, 'ap-southeast-1')).toThrow(
      /-c cognitoEmail=ses ต้องมี -c senderDomain หรือ -c senderEmail .*context cognitoEmail=ses needs senderDomain or senderEmail/,
    );
    expect(() => synthesized({ stage: 'test', cognitoEmail: 'SES' }, 'ap-southeast-1')).toThrow(
      /context cognitoEmail must be ses or cognito, got "SES"/,
    );
  });
});
