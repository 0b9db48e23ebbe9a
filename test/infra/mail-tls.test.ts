// review s35-f 5: invitations carry a temporary password; SES's default TLS policy (Optional) sends
// in clear text to a mail server without STARTTLS. The configuration set requires TLS wherever the
// sender lives: the stateless stack, or the Mail stack of a region without SES.
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

/** The TLS policy of the one configuration set in `template`. */
function tlsPolicyOf(template: Template) {
  const sets = Object.values(template.findResources('AWS::SES::ConfigurationSet'));
  expect(sets).toHaveLength(1);
  return sets[0]!.Properties.DeliveryOptions?.TlsPolicy as string | undefined;
}

describe('emails leave SES over TLS only', () => {
  it('a deployment in ap-southeast-1: its configuration set requires TLS', () => {
    const { stacks, template } = synthesized({ stage: 'test' });
    expect(tlsPolicyOf(template(stacks.stateless))).toBe('REQUIRE');
  });

  it('a deployment in Bangkok: the Mail stack (ap-southeast-1) configuration set requires TLS', () => {
    const { stacks, template } = synthesized({ stage: 'test' }, 'ap-southeast-7');
    expect(tlsPolicyOf(template(stacks.mail!))).toBe('REQUIRE');
  });

  it('a prod deployment with its own sender domain and SES region: requires TLS', () => {
    const { stacks, template, synthError } = synthesized(
      { stage: 'prod', senderDomain: 'ita.example.go.th', alarmEmail: 'it@example.go.th', sesRegion: 'ap-northeast-1' },
      'ap-southeast-7',
    );
    expect(synthError).toBeUndefined();
    expect(tlsPolicyOf(template(stacks.mail!))).toBe('REQUIRE');
  });
});
