// Review 17 s13, S13-10: words before the indicator heading were dropped without a trace, so a
// measure a revised plan marks "(ยกเลิก)", a template's "ตัวอย่าง" row or a "ร่าง" imported as a
// live measure the units must report on, and the preview showed nothing. Such a status word now
// gets a warning beside the measure, quoting it; other words before a heading ("IIT") do not.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const withPrefix = (prefix: string) =>
  tsv([...TITLE.map((t) => [t]), HEADER, [`${prefix}${M4[0]}`, ...M4.slice(1)], M5, M9]);
const statusWarnings = async (prefix: string) =>
  (await preview(withPrefix(prefix))).warnings.filter((w) => w.code === 'measure-status-marked');

describe('a status word before a measure’s heading is warned beside the measure', () => {
  const cases: [string, string][] = [
    ['(ยกเลิก) ', '(ยกเลิก)'],
    ['ตัวอย่าง: ', 'ตัวอย่าง:'],
    ['ร่าง ', 'ร่าง'],
    ['[ตัดออก] ', '[ตัดออก]'],
  ];
  it.each(cases)('"%s"', async (prefix, quoted) => {
    const said = await statusWarnings(prefix);
    expect(said).toHaveLength(1);
    expect(said[0]!.source).toBe(quoted);
    expect(said[0]!.measureId).toBe('i4');
    expect(said[0]!.message_th).toContain(`มาตรการนี้ขึ้นต้นด้วย "${quoted}" ก่อนหัวข้อตัวชี้วัดที่ ๔`);
  });

  it('the measure is still read, so the coordinator can remove or keep it', async () => {
    const r = await preview(withPrefix('(ยกเลิก) '));
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i9']);
    expect(r.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
  });

  it.each(['IIT ', '๑. ', '(ใหม่) '])('no warning for "%s"', async (prefix) => {
    expect(await statusWarnings(prefix)).toEqual([]);
  });

  // s59-E: the plan document writes a measure titled in the page as its title, then "(ตัวชี้วัดที่ ๔ …)";
  // "เปิดเผยร่างขอบเขตของงาน" (a draft TOR) read back as a "ร่าง" measure titled "ตัวชี้วัดที่ ๔ …)"
  const titled = (title: string) =>
    tsv([...TITLE.map((t) => [t]), HEADER, [`${title} (ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ)`, ...M4.slice(1)], M5]);
  it.each(['เปิดเผยร่างขอบเขตของงานจัดซื้อจัดจ้าง', 'ปรับปรุงตัวอย่างแบบฟอร์มขอใช้รถ', 'ลดการยกเลิกสัญญาจ้าง'])(
    'a title holding a status word before "(ตัวชี้วัดที่ ๔ …)" is the measure\'s title, no warning: %s',
    async (title) => {
      const r = await preview(titled(title));
      expect(r.plan.measures[0]!.title).toBe(title);
      expect(r.warnings.filter((w) => w.code === 'measure-status-marked')).toEqual([]);
    },
  );

  it('a status word opening the title before "(ตัวชี้วัดที่ ๔ …)" is still warned', async () => {
    for (const title of ['(ยกเลิก) จัดทำคู่มือ', 'ร่างคู่มือการยืมพัสดุ']) {
      const said = (await preview(titled(title))).warnings.filter((w) => w.code === 'measure-status-marked');
      expect(said.map((w) => w.measureId)).toEqual(['i4']);
    }
  });
});
