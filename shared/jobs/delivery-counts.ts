// What a job run did with its emails, per org and in total: one shape, counted and added in one place.

export interface DeliveryCounts {
  sent: number;
  duplicates: number;
  /** not sent, kept in the outbox for a later run (retries that failed again included) */
  failed: number;
  /** given up (permanent refusal, an ambiguous 5xx, an interrupted send, attempts used up): audited, listed in the next digest */
  givenUp: number;
  /** not tried: the SES daily quota was reached or SES refused the account, or not a working day; a later run sends them */
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

/** Each count's words in the CLI summary: Thai first, English after (the admin CLI's order). */
const WORDS: Record<(typeof NAMES)[number], [th: string, en: string]> = {
  sent: ['ส่งแล้ว', 'sent'],
  duplicates: ['เคยส่งแล้ว', 'already sent'],
  failed: ['ส่งไม่สำเร็จ เก็บไว้ส่งรอบหน้า', 'failed, kept for the next run'],
  givenUp: ['เลิกส่ง', 'given up'],
  deferred: ['เลื่อนไปรอบหน้า', 'deferred'],
  retried: ['ส่งซ้ำสำเร็จ', 'resent'],
  dropped: ['ไม่ต้องส่งแล้ว', 'no longer needed'],
  noRecipients: ['ไม่มีผู้รับ', 'no recipients: nobody to send to'],
};

/** One line for people: "ส่งแล้ว 3 (sent), เคยส่งแล้ว 1 (already sent), …, ไม่มีผู้รับ 0 (no recipients…)". */
export function deliveryCountsLine(r: DeliveryCounts): string {
  return NAMES.map((n) => `${WORDS[n][0]} ${r[n]} (${WORDS[n][1]})`).join(', ');
}
