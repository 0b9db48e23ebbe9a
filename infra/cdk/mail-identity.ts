// The SES sender: an email identity and a configuration set, in the SES region (settings.sesRegion).
// SES does not exist in every region (not in ap-southeast-7, Bangkok): there the sender lives in a
// small stack of its own in the SES region, and the functions send through a client for that region.
import { Stack, type StackProps } from 'aws-cdk-lib';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { addSesReputationAlarms, alarmSink } from './alarms.js';
import type { Settings } from './settings.js';

/** What the sending functions need to know about the sender: names and the region they live in. */
export interface MailSender {
  region: string;
  configurationSetName: string;
  /** the verified domain or address (the identity's name) */
  identityName: string;
}

/** The configuration set's name: fixed, as the user pool (stateful stack) names it before it exists. */
export const configurationSetName = (stage: string) => `ita-measures-${stage}`;

/** The sender's names, from the settings alone (no resource): what the functions and Cognito send as. */
export function mailSenderOf(settings: Settings): MailSender {
  return {
    region: settings.sesRegion,
    configurationSetName: configurationSetName(settings.stage),
    identityName: settings.senderDomain ?? settings.senderEmail,
  };
}

/** Adds the identity and the configuration set to `stack` (logical ids MailIdentity, MailConfig). */
export function addMailSender(stack: Stack, settings: Settings): MailSender {
  const sender = mailSenderOf(settings);
  const configurationSet = new ConfigurationSet(stack, 'MailConfig', {
    suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    // invitations carry a temporary password: never in clear text. A receiving server without
    // STARTTLS gets nothing (docs/operations.md, "Email": how that shows)
    tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    configurationSetName: sender.configurationSetName,
  });
  new EmailIdentity(stack, 'MailIdentity', {
    identity: settings.senderDomain ? Identity.domain(settings.senderDomain) : Identity.email(settings.senderEmail),
    configurationSet,
  });
  return sender;
}

/**
 * What Cognito sends its own emails as (the "ลืมรหัสผ่าน" code, an email change's code, the CLI's
 * generic invitation) when settings.cognitoEmail is 'ses': the same identity and configuration set
 * as the functions, in the SES region. Cognito sends through its service-linked role
 * AWSServiceRoleForAmazonCognitoIdpEmailService (created with the pool's email configuration), so
 * the identity needs no sending authorization policy (Cognito developer guide, "Authorizing Amazon
 * Cognito to send Amazon SES email on your behalf": only for the default email with a custom FROM).
 */
export const COGNITO_FROM_NAME = 'ระบบติดตามมาตรการ ITA';

export function cognitoSesEmail(settings: Settings) {
  const sender = mailSenderOf(settings);
  return {
    fromEmail: settings.senderEmail,
    fromName: COGNITO_FROM_NAME,
    ...(settings.senderDomain ? { sesVerifiedDomain: settings.senderDomain } : {}),
    sesRegion: sender.region,
    configurationSetName: sender.configurationSetName,
  };
}

/** The sender in its own stack, for a deployment whose region has no SES. */
export class MailStack extends Stack {
  readonly sender: MailSender;

  constructor(scope: Construct, id: string, props: StackProps & { settings: Settings }) {
    super(scope, id, props);
    this.sender = addMailSender(this, props.settings);
    // SES's reputation metrics are in this region: their alarms, and a topic of their own, are here
    addSesReputationAlarms(alarmSink(this, props.settings.stage, props.settings.alarmEmail));
  }
}
