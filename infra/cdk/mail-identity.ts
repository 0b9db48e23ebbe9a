// The SES sender: an email identity and a configuration set, in the SES region (settings.sesRegion).
// SES does not exist in every region (not in ap-southeast-7, Bangkok): there the sender lives in a
// small stack of its own in the SES region, and the functions send through a client for that region.
import { Aws, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
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
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';
import { addMailEventsDeliveryAlarms, addSesReputationAlarms, alarmSink } from './alarms.js';
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
  /**
   * the dead-letter queue of the function's subscription to the topic, by its fixed name: SNS keeps
   * there the events it could not deliver. Beside the topic: an SNS dead-letter queue must be in the
   * subscription's account and region, and a subscription is its topic's
   * (https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html)
   */
  eventsDeadLetterArn: string;
  /** its name (an SNS dead-letter queue is found by name: the Mail stack's is not the Stateless stack's) */
  eventsDeadLetterName: string;
  /** the queue itself, as eventsTopic */
  eventsDeadLetters?: Queue;
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

/** The events' dead-letter queue's name: fixed, as a stack in another region names it by its ARN. */
const mailEventsDeadLettersName = (configurationSetName: string) => `${configurationSetName}-mail-events-dead-letters`;

/** The sender's names, from the settings alone (no resource): what the functions and Cognito send as. */
export function mailSenderOf(settings: Settings): MailSender {
  const name = configurationSetName(settings.stage);
  return {
    region: settings.sesRegion,
    configurationSetName: name,
    identityName: settings.senderDomain ?? settings.senderEmail,
    // another stack (another region) reads the topic by this ARN: same account, the SES region
    eventsTopicArn: `arn:${Aws.PARTITION}:sns:${settings.sesRegion}:${Aws.ACCOUNT_ID}:${name}-mail-events`,
    eventsDeadLetterArn: `arn:${Aws.PARTITION}:sqs:${settings.sesRegion}:${Aws.ACCOUNT_ID}:${mailEventsDeadLettersName(name)}`,
    eventsDeadLetterName: mailEventsDeadLettersName(name),
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
  // the events SNS could not hand to the mail-events function (its subscription's redrive policy,
  // stateless-stack.ts): encrypted as the other queues (SSE-SQS: SNS needs no key grant, where a KMS
  // key would need one), kept 14 days, sent to by this topic alone
  const deadLetters = new Queue(stack, 'MailEventsDeadLetters', {
    queueName: sender.eventsDeadLetterName,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  deadLetters.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal('sns.amazonaws.com')],
      actions: ['sqs:SendMessage'],
      resources: [deadLetters.queueArn],
      conditions: { ArnEquals: { 'aws:SourceArn': topic.topicArn } },
    }),
  );
  acknowledge(deadLetters, 'AwsSolutions-SQS3', 'This queue is itself a dead-letter queue.');
  return { ...sender, eventsTopic: topic, eventsDeadLetters: deadLetters };
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
    // SES's reputation metrics, the events topic and its dead-letter queue are in this region: their
    // alarms, and a topic of their own, are here
    const sink = alarmSink(this, props.settings.stage, props.settings.alarmEmail);
    addSesReputationAlarms(sink);
    addMailEventsDeliveryAlarms(sink, this.sender);
  }
}
