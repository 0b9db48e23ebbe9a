// The sender of invitation emails (person-invitation.ts), one for the API and the admin CLI: SES
// SendEmail with the jobs' sender, display name and configuration set, one send per request at this
// process's own pace; the SES SDK loads on the first send, not on every cold start.
import type { SESClient } from '@aws-sdk/client-ses';
import { formatFrom, type Mailer } from './outgoing-mail.js';

/** The variables it reads (ApiEnvironment, AdminCliEnvironment). */
export interface InvitationMailEnvironment {
  MAIL_FROM?: string | undefined;
  SES_REGION?: string | undefined;
  AWS_REGION?: string | undefined;
  SES_ENDPOINT?: string | undefined;
  SES_CONFIGURATION_SET?: string | undefined;
}

/** A Mailer through SES (region SES_REGION, else AWS_REGION, else ap-southeast-1); `destroy` closes its client. */
export function invitationMailer(env: InvitationMailEnvironment): Mailer & { destroy(): void } {
  let client: SESClient | undefined;
  return {
    send: async (mail) => {
      const [{ SESClient }, { sesMailer }] = await Promise.all([
        import('@aws-sdk/client-ses'),
        import('./ses-mailer.js'),
      ]);
      client ??= new SESClient({
        region: env.SES_REGION ?? env.AWS_REGION ?? 'ap-southeast-1',
        ...(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT } : {}),
        maxAttempts: 1,
      });
      return sesMailer(client, {
        from: env.MAIL_FROM ?? 'ita-noreply@example.org',
        ...(env.SES_CONFIGURATION_SET ? { configurationSet: env.SES_CONFIGURATION_SET } : {}),
        maxPerSecond: 10,
        // "ITA <org name>", as the jobs' emails come from (tester s44)
        formatFrom,
      }).send(mail);
    },
    destroy: () => client?.destroy(),
  };
}
