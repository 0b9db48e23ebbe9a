// Why an org's share of a run stopped, for the operator (npm run job): Thai first, then English.
// Fixed words only (never an error's own message): the scheduled job logs them too, with no personal data.

/** An error whose words an operator can act on (a missing setting, an unreadable file store). */
export interface OperatorReason {
  th: string;
  en: string;
}

const hasReason = (error: unknown): error is OperatorReason =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as Partial<OperatorReason>).th === 'string' &&
  typeof (error as Partial<OperatorReason>).en === 'string';

/** The words of an aborted org: the error's own Thai and English if it has them, else a generic reason with its name. */
export function abortReason(error: unknown): OperatorReason {
  if (hasReason(error)) return { th: error.th, en: error.en };
  const name = error instanceof Error ? error.name : 'error';
  if (name === 'AnnualReportNotReady')
    return {
      th: 'รายงานผลประจำปียังจัดทำไม่เสร็จ สั่งคำสั่งเดิมอีกครั้งเมื่อจัดทำเสร็จ',
      en: 'the annual report is still being generated: run the same command again once it is ready',
    };
  return {
    th: 'เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ',
    en: `unexpected error (${name})`,
  };
}
