// The mail-events function's work, composed from its parts (the entry point, handler.ts, gives the
// table and Lambda's logger; tests give DynamoDB Local and a log of their own): each SNS record is
// one SES event; an undeliverable address of one of our orgs marks its person (no address is logged).
import type { SNSEvent } from 'aws-lambda';
import { undeliverableOf } from '../../shared/mail/ses-events.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { markUndeliverable, type MarkOutcome } from '../../shared/store/undeliverable-marks.js';

/** Log lines (no personal data: never an address): the message and its facts. */
export interface MailEventsLog {
  info(message: string, facts: Record<string, string | number>): void;
  warn(message: string, facts: Record<string, string | number>): void;
}

/** The log line of an address that no person of the (tagged) org holds. */
export const UNKNOWN_ADDRESS = 'undeliverable address is no person of the org: ignored';

export function mailEventsHandler(deps: { store: Store; log: MailEventsLog }) {
  return async (event: SNSEvent): Promise<void> => {
    for (const record of event.Records) {
      const found = undeliverableOf(record.Sns.Message);
      if ('ignored' in found) {
        deps.log.info('mail event ignored', { why: found.ignored, snsMessageId: record.Sns.MessageId });
        continue;
      }
      const facts = { orgId: found.orgId ?? 'none', reason: found.reason, kind: found.kind };
      const counts: Record<MarkOutcome, number> = { marked: 0, unchanged: 0, unknown: 0 };
      for (const address of found.addresses) {
        const outcome = found.orgId
          ? await markUndeliverable(deps.store, found.orgId, address, {
              reason: found.reason,
              at: found.at,
              kind: found.kind,
            })
          : 'unknown';
        counts[outcome]++;
      }
      if (counts.unknown > 0) deps.log.warn(UNKNOWN_ADDRESS, { ...facts, addresses: counts.unknown });
      deps.log.info('mail event recorded', { ...facts, ...counts });
    }
  };
}
