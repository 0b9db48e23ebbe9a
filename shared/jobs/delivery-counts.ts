// What a job run did with its emails, per org and in total: one shape, counted and added in one place.
import { toThaiDigits } from '../domain/thai-format.js';

export interface DeliveryCounts {
  /** emails sent by this run's own plans (each part of a split batch one); resent ones are `retried` */
  sent: number;
  /**
   * emails an earlier run (or a run at the same time) already sent with items this run planned, each
   * counted once, parts one by one: a rerun's `duplicates` is the first run's `sent` + `duplicates`
   */
  duplicates: number;
  /** not sent, kept in the outbox for a later run (retries that failed again included) */
  failed: number;
  /** given up (permanent refusal, an ambiguous 5xx, an interrupted send, attempts used up): audited, listed in the next digest */
  givenUp: number;
  /** not tried: the SES daily quota was reached or SES refused the account, or not a working day; a later run sends them */
  deferred: number;
  /** retries no longer wanted (obligation settled, person inactive) */
  dropped: number;
  /** emails an earlier run had failed to send, sent by this run's retry pass (not in `sent`) */
  retried: number;
  /** emails planned for nobody: an open unit without staff, a unit without a head (a closed unit is planned none) */
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

/**
 * Each count's words in the CLI summary: Thai, then English, with what the English says after the
 * count ("failed 2 (kept for the next run)").
 */
const WORDS: Record<(typeof NAMES)[number], [th: string, en: string, enNote?: string]> = {
  sent: ['ส่งแล้ว', 'sent'],
  duplicates: ['เคยส่งแล้ว', 'already sent'],
  failed: ['ส่งไม่สำเร็จ เก็บไว้ส่งรอบหน้า', 'failed', 'kept for the next run'],
  givenUp: ['เลิกส่ง', 'given up'],
  deferred: ['เลื่อนไปรอบหน้า', 'deferred'],
  retried: ['ส่งซ้ำสำเร็จ', 'resent'],
  dropped: ['ไม่ต้องส่งแล้ว', 'no longer needed'],
  noRecipients: ['ไม่มีผู้รับ', 'no recipients', 'nobody to send to'],
};

/**
 * The counts as the CLI says them: the Thai in Thai digits, as the CLI's other Thai lines ("ส่งแล้ว
 * ๓, เคยส่งแล้ว ๑, …"), the English apart ("sent 3, already sent 1, …"; tester s42, F6: "ส่งแล้ว 3
 * (sent), …" mixed Arabic digits into the Thai).
 */
export function deliveryCountsSaid(r: DeliveryCounts): { th: string; en: string } {
  return {
    th: NAMES.map((n) => `${WORDS[n][0]} ${toThaiDigits(r[n])}`).join(', '),
    en: NAMES.map((n) => `${WORDS[n][1]} ${r[n]}${WORDS[n][2] ? ` (${WORDS[n][2]})` : ''}`).join(', '),
  };
}
