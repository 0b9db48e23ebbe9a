// The SES sender: an email identity and a configuration set, in the SES region (settings.sesRegion).
// SES does not exist in every region (not in ap-southeast-7, Bangkok): there the sender lives in a
// small stack of its own in the SES region, and the functions send through a client for that region.
import { Aws, Stack, type StackProps } from 'aws-cdk-lib';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';
import { addMailEventsDeliveryAlarm, addSesReputationAlarms, alarmSink } from './alarms.js';
import type { Settings } from './settings.js';

/** What the sending functions need to know about the sender: names and the region they live in. */
export interface MailSender {
  region: string;
  configurationSetName: string;
  /** the verified domain or address (the identity's name) */
  identityName: string;
  /** the SNS topic of SES's bounce, complaint and reject events (MAIL_EVENTS, below), by its fixed name */
  eventsTopicArn: string;
  /** the topic itself, from addMailSender in the caller's own stack (not the Mail stack's) */
  eventsTopic?: Topic;
}

/**
 * The sending events the configuration set publishes, for the mail-events function to mark the
 * people SES could not reach (docs/operations.md, "Undeliverable addresses"). Bounces (SES sends
 * soft ones only after giving up; the function keeps only "Permanent"), complaints, rejections.
 * Not DELIVERY_DELAY: a delay is transient and says nothing wrong about the address.
 */
export const MAIL_EVENTS = [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT];

/** The configuration set's name: fixed, as the user pool (stateful stack) names it before it exists. */
export const configurationSetName = (stage: string) => `ita-measures-${stage}`;

/** The sender's names, from the settings alone (no resource): what the functions and Cognito send as. */
export function mailSenderOf(settings: Settings): MailSender {
  const name = configurationSetName(settings.stage);
  return {
    region: settings.sesRegion,
    configurationSetName: name,
    identityName: settings.senderDomain ?? settings.senderEmail,
    // another stack (another region) reads the topic by this ARN: same account, the SES region
    eventsTopicArn: `arn:${Aws.PARTITION}:sns:${settings.sesRegion}:${Aws.ACCOUNT_ID}:${name}-mail-events`,
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
  // SNS rather than EventBridge: the topic must be in SES's region (an event destination publishes
  // there only), and a Lambda function in another region subscribes to a topic directly, where
  // EventBridge would need a rule forwarding to a bus in the functions' region and a second rule.
  const topic = new Topic(stack, 'MailEventsTopic', {
    topicName: `${sender.configurationSetName}-mail-events`,
    displayName: 'ita-measures: SES bounces, complaints and rejections',
    enforceSSL: true,
  });
  acknowledge(
    topic,
    'AwsSolutions-SNS2',
    "SES cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer key's fixed cost buys little: the events hold an address and a reason, sent over TLS only (enforceSSL) to one function of this account.",
  );
  configurationSet.addEventDestination('MailEventsDestination', {
    destination: EventDestination.snsTopic(topic),
    events: MAIL_EVENTS,
  });
  return { ...sender, eventsTopic: topic };
}

/**
 * What Cognito sends its own emails as (the "ลืมรหัสผ่าน" code, an email change's code, the generic
 * invitation of a sign-in created outside the API and the CLI) when settings.cognitoEmail is 'ses':
 * the same identity and configuration set as the functions, in the SES region. Cognito sends
 * through its service-linked role AWSServiceRoleForAmazonCognitoIdpEmailService (created with the
 * pool's email configuration), so the identity needs no sending authorization policy (Cognito
 * developer guide, "Authorizing Amazon Cognito to send Amazon SES email on your behalf": only for
 * the default email with a custom FROM).
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
    // SES's reputation metrics and the events topic are in this region: their alarms, and a topic of their own, are here
    const sink = alarmSink(this, props.settings.stage, props.settings.alarmEmail);
    addSesReputationAlarms(sink);
    addMailEventsDeliveryAlarm(sink, this.sender.eventsTopic!);
  }
}
