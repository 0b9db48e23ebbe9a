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

/**
 * Adds the identity and the configuration set to `stack` (logical ids MailIdentity, MailConfig).
 * `fixedName` names the configuration set, for a sender that another stack (another region) reads
 * by name; without it CloudFormation names it.
 */
export function addMailSender(stack: Stack, settings: Settings, fixedName?: string): MailSender {
  const configurationSet = new ConfigurationSet(stack, 'MailConfig', {
    suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    // invitations carry a temporary password: never in clear text. A receiving server without
    // STARTTLS gets nothing (docs/operations.md, "Email": how that shows)
    tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    ...(fixedName ? { configurationSetName: fixedName } : {}),
  });
  const identity = new EmailIdentity(stack, 'MailIdentity', {
    identity: settings.senderDomain ? Identity.domain(settings.senderDomain) : Identity.email(settings.senderEmail),
    configurationSet,
  });
  return {
    region: stack.region,
    configurationSetName: fixedName ?? configurationSet.configurationSetName,
    identityName: fixedName ? (settings.senderDomain ?? settings.senderEmail) : identity.emailIdentityName,
  };
}

/** The sender in its own stack, for a deployment whose region has no SES. */
export class MailStack extends Stack {
  readonly sender: MailSender;

  constructor(scope: Construct, id: string, props: StackProps & { settings: Settings }) {
    super(scope, id, props);
    this.sender = addMailSender(this, props.settings, `ita-measures-${props.settings.stage}`);
    // SES's reputation metrics are in this region: their alarms, and a topic of their own, are here
    addSesReputationAlarms(alarmSink(this, props.settings.stage, props.settings.alarmEmail));
  }
}
