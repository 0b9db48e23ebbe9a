// SES sending events as SNS delivers them to a Lambda function, in AWS's documented shape
// (https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-examples.html):
// the record's `Sns.Message` is the event's JSON, with the configuration set's automatic tags and
// the message tags the sender set (ours: MAIL_TAG, shared/mail/outgoing-mail.ts).
import { randomUUID } from 'node:crypto';
import type { SNSEvent } from 'aws-lambda';

export interface SentMail {
  /** our tags (ita-org, ita-kind); absent: an email sent by something else */
  orgId?: string;
  kind?: string;
  to: string[];
  sentAt: string;
  messageId?: string;
}

function mail(m: SentMail) {
  return {
    timestamp: m.sentAt,
    source: 'ita-noreply@example.org',
    sourceArn: 'arn:aws:ses:ap-southeast-1:123456789012:identity/example.org',
    sendingAccountId: '123456789012',
    messageId: m.messageId ?? `0100018b${randomUUID()}-000000`,
    destination: m.to,
    headersTruncated: false,
    headers: [
      { name: 'From', value: 'ita-noreply@example.org' },
      { name: 'To', value: m.to.join(', ') },
      { name: 'Subject', value: '=?UTF-8?B?W0lUQV0=?=' },
    ],
    commonHeaders: { from: ['ita-noreply@example.org'], to: m.to, messageId: 'x', subject: '[ITA]' },
    tags: {
      'ses:configuration-set': ['ita-measures-test'],
      'ses:source-ip': ['192.0.2.0'],
      'ses:from-domain': ['example.org'],
      'ses:caller-identity': ['ita-measures-OrgWorker'],
      ...(m.orgId ? { 'ita-org': [m.orgId] } : {}),
      ...(m.kind ? { 'ita-kind': [m.kind] } : {}),
    },
  };
}

export function bounceEvent(
  m: SentMail,
  at: string,
  opts: { type?: 'Permanent' | 'Transient' | 'Undetermined'; subType?: string; recipients?: string[] } = {},
) {
  return {
    eventType: 'Bounce',
    bounce: {
      bounceType: opts.type ?? 'Permanent',
      bounceSubType: opts.subType ?? 'General',
      bouncedRecipients: (opts.recipients ?? m.to).map((emailAddress) => ({
        emailAddress,
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: 'smtp; 550 5.1.1 user unknown',
      })),
      timestamp: at,
      feedbackId: `0100018b${randomUUID()}-000000`,
      reportingMTA: 'dsn; mta.example.com',
    },
    mail: mail(m),
  };
}

export function complaintEvent(m: SentMail, at: string) {
  return {
    eventType: 'Complaint',
    complaint: {
      complainedRecipients: m.to.map((emailAddress) => ({ emailAddress })),
      timestamp: at,
      feedbackId: `0100018b${randomUUID()}-000000`,
      userAgent: 'Mozilla/5.0',
      complaintFeedbackType: 'abuse',
      arrivalDate: at,
    },
    mail: mail(m),
  };
}

export function rejectEvent(m: SentMail) {
  return { eventType: 'Reject', reject: { reason: 'Bad content' }, mail: mail(m) };
}

export function deliveryDelayEvent(m: SentMail, at: string) {
  return {
    eventType: 'DeliveryDelay',
    deliveryDelay: {
      timestamp: at,
      delayType: 'TransientCommunicationFailure',
      expirationTime: at,
      delayedRecipients: m.to.map((emailAddress) => ({ emailAddress, status: '4.4.1', diagnosticCode: 'smtp; 421' })),
    },
    mail: mail(m),
  };
}

/** SNS's invocation event carrying these SES events, one record each. */
export function snsEvent(...events: object[]): SNSEvent {
  return {
    Records: events.map((e) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:ap-southeast-1:123456789012:ita-measures-test-mail-events:sub',
      Sns: {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: 'arn:aws:sns:ap-southeast-1:123456789012:ita-measures-test-mail-events',
        Subject: '',
        Message: JSON.stringify(e),
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'https://sns.ap-southeast-1.amazonaws.com/cert.pem',
        UnsubscribeUrl: 'https://sns.ap-southeast-1.amazonaws.com/unsubscribe',
        MessageAttributes: {},
      },
    })),
  };
}
