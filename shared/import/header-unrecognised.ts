// What the importer says of a row that looks like a plan header but is none: what it lacks, as it
// is. It used to say "no measure column, or too few known columns" either way, so a header with
// its measure column but one known column short (a unit sheet without ผู้รับผิดชอบ) read as having
// no measure column (review 17 s23, S23-4).
import type { Role } from './column-names.js';
import { toThaiDigits } from '../domain/thai-format.js';

/** The plan header's known columns besides the measure one, as the message names them. */
const OTHER_COLUMNS: readonly { role: Role; th: string; en: string }[] = [
  { role: 'methods', th: 'วิธีการดำเนินการ', en: 'methods' },
  { role: 'timeframe', th: 'ระยะเวลา', en: 'timeframe' },
  { role: 'followUps', th: 'การติดตามผล', en: 'follow-ups' },
  { role: 'responsible', th: 'ผู้รับผิดชอบ', en: 'responsible units' },
  { role: 'recommendations', th: 'ข้อเสนอแนะ', en: 'recommendations' },
];

/** A plan header has its measure column and at least this many of OTHER_COLUMNS (headerColumns). */
const OTHERS_NEEDED = 2;

/**
 * The header-unrecognised message for a row read as `source` whose cells name `roles`: without a
 * measure column it says so; with one, it names the known columns found and those a plan header
 * may have besides.
 */
export function headerUnrecognisedMessage(source: string, roles: ReadonlySet<Role>): { th: string; en: string } {
  const start = `แถวนี้คล้ายหัวตารางแผนมาตรการ (อ่านได้ว่า "${source}") แต่`;
  const startEn = `this row looks like a plan table's header ("${source}") but`;
  const end = 'จึงไม่ได้อ่านตารางนี้เป็นแผน กรุณาตรวจว่ามาตรการครบ';
  const endEn = 'its table was not read as the plan; check that no measure is missing';
  if (!roles.has('measure'))
    return {
      th: `${start}ไม่พบคอลัมน์มาตรการ (เช่น "มาตรการ" หรือ "มาตรการ/แนวทาง") ${end}`,
      en: `${startEn} has no measure column (such as "มาตรการ" or "มาตรการ/แนวทาง"): ${endEn}`,
    };
  const found = OTHER_COLUMNS.filter((c) => roles.has(c.role));
  const foundTh = found.length > 0 ? `มีเพียง ${found.map((c) => c.th).join(', ')}` : 'ไม่มีคอลัมน์อื่นที่รู้จัก';
  const foundEn = found.length > 0 ? `only ${found.map((c) => c.en).join(', ')}` : 'no other known column';
  return {
    th: `${start}มีคอลัมน์มาตรการ ส่วนคอลัมน์อื่นที่รู้จัก${foundTh} หัวตารางแผนต้องมีอย่างน้อย ${toThaiDigits(OTHERS_NEEDED)} ใน: ${OTHER_COLUMNS.map((c) => c.th).join(', ')} ${end}`,
    en: `${startEn} besides its measure column has ${foundEn}; a plan header has at least ${OTHERS_NEEDED} of: ${OTHER_COLUMNS.map((c) => c.en).join(', ')}: ${endEn}`,
  };
}
