// A person's "email undeliverable" mark (Person.undeliverable, from SES's notifications) as the
// people page and the coordinators' digest say it, in Thai.
import { bangkokDate } from './plain-date.js';
import { formatThaiDate } from './thai-format.js';

export interface UndeliverableMark {
  reason: 'bounced' | 'complained' | 'rejected';
  /** ISO UTC */
  at: string;
  kind: string;
}

const REASON_TH: Record<UndeliverableMark['reason'], string> = {
  bounced: 'ตีกลับ',
  complained: 'ผู้รับแจ้งว่าเป็นอีเมลขยะ',
  rejected: 'ระบบส่งอีเมลปฏิเสธ',
};

const KIND_TH: Record<string, string> = {
  invitation: 'อีเมลเชิญเข้าใช้งาน',
  reminder: 'อีเมลแจ้งเตือน',
  summary: 'อีเมลสรุปผล',
  'annual-report': 'อีเมลรายงานผลประจำปี',
};

/** "ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ) เมื่อ ๓ เมษายน ๒๕๖๖: ตรวจที่อยู่อีเมล" (the day in Bangkok). */
export const undeliverableTh = (m: UndeliverableMark) =>
  `ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (${REASON_TH[m.reason]}) เมื่อ ${formatThaiDate(bangkokDate(new Date(m.at)))}: ตรวจที่อยู่อีเมล`;

/** "อีเมลแจ้งเตือน": which kind of email found it out ('' for one of no known kind). */
export const undeliverableKindTh = (m: UndeliverableMark) => KIND_TH[m.kind] ?? '';
