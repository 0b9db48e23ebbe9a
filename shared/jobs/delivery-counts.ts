// What a job run did with its emails, per org and in total: one shape, counted and added in one place.

export interface DeliveryCounts {
  sent: number;
  duplicates: number;
  /** not sent, kept in the outbox for a later run (retries that failed again included) */
  failed: number;
  /** given up (permanent refusal, an ambiguous 5xx, attempts used up): audited, listed in the next digest */
  givenUp: number;
  /** not tried: the SES daily quota was reached, or not a working day; a later run sends them */
  deferred: number;
  /** retries no longer wanted (obligation settled, person inactive) */
  dropped: number;
  /** of `sent`: emails an earlier run had failed to send */
  retried: number;
  /** audiences with nobody to send to (e.g. a unit without staff) */
  noRecipients: number;
}

const NAMES = ['sent', 'duplicates', 'failed', 'givenUp', 'deferred', 'dropped', 'retried', 'noRecipients'] as const;

export function noDeliveries(): DeliveryCounts {
  return Object.fromEntries(NAMES.map((n) => [n, 0])) as unknown as DeliveryCounts;
}

/** Adds `from` into `into` (in place). */
export function addDeliveries(into: DeliveryCounts, from: DeliveryCounts): void {
  for (const n of NAMES) into[n] += from[n];
}

/** One line for people: "sent 3, already sent 1, failed 0 (kept for the next run), …". */
export function deliveryCountsLine(r: DeliveryCounts): string {
  return `sent ${r.sent}, already sent ${r.duplicates}, failed ${r.failed} (kept for the next run), given up ${r.givenUp}, deferred ${r.deferred}, resent ${r.retried}, no longer needed ${r.dropped}`;
}
