// Review 17 s22, S22-6: a measure row copied twice word for word (the same indicator, title,
// follow-ups and unit) was imported as i2 and i2-2 with no warning; saved, กองคลัง owed every report
// twice. Both are kept (two identical rows may be meant), and the second is warned beside it,
// naming the measure it repeats, so that the coordinator deletes it or marks both meant. The
// reviewer's file (made by the reviewer's script) is test/fixtures/repeated-measures/RI2-dup-i2.docx.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, previewFile } from '../support/plan-pdf.js';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, tsv, wordTable, xlsx } from '../support/plan-table-files.js';
import { acknowledge, draftReplacing, warningStands, type DraftMeasure } from '../../web/src/plan-draft.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/repeated-measures/${name}`, import.meta.url)));

const I2 = [
  'ตัวชี้วัดที่ ๒ การใช้งบประมาณ\nเปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  '๑. เผยแพร่ประกาศบนเว็บไซต์',
  'ตลอดปีงบประมาณ',
  '๑. รายงานผลทุกไตรมาส\n๒. สรุปผลปีละครั้ง',
  'กองคลัง',
];
const I1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', '๑. ประชุม', 'ตลอดปีงบประมาณ', '๑. รายงานผลทุกเดือน', 'สำนักปลัด'];

describe('a measure repeated word for word is kept and warned beside the copy, naming the first', () => {
  it("the reviewer's RI2-dup-i2.docx: i2 and i2-2 kept, i2-2 warned as a repeat of i2", async () => {
    const preview = await previewFile(fixture('RI2-dup-i2.docx'));
    expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i2-2', 'i9']);
    const repeated = preview.warnings.filter((w) => w.code === 'measure-repeated');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toMatchObject({ measureId: 'i2-2', where: { table: 1, row: 4 } });
    expect(repeated[0]!.message_th).toContain('มาตรการนี้ซ้ำกับมาตรการ i2 ("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง") ทุกคำ');
    expect(repeated[0]!.message_en).toContain('repeats measure i2');
    expect(codesOf(preview)).toEqual(['measure-repeated']);
  });

  /** the base plan with i2's row given twice: as written, then as `copy` */
  const twice = (copy: string[]) => [HEADER, I1, I2, copy];
  const files = async (rows: string[][]) => ({
    docx: docx(wordTable(rows)),
    xlsx: await xlsx([{ name: 'แผน', rows }]),
    txt: tsv(rows),
  });

  describe.each([
    ['word for word', I2],
    ['with extra spaces', I2.map((c) => c.replace(/ /g, '  ').replace('จัดซื้อ', 'จัดซื้อ '))],
    ['with the follow-ups in the other order', I2.with(3, '๑. สรุปผลปีละครั้ง\n๒. รายงานผลทุกไตรมาส')],
    ['with Arabic digits for Thai ones', I2.with(3, '1. รายงานผลทุกไตรมาส\n2. สรุปผลปีละครั้ง')],
  ])('the row copied %s', (_, copy) => {
    it.each([['docx'], ['xlsx'], ['txt']] as const)('.%s: the copy is warned, naming i2', async (format) => {
      const preview = await previewFile((await files(twice(copy)))[format]);
      expect(preview.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i2-2']);
      const repeated = preview.warnings.filter((w) => w.code === 'measure-repeated');
      expect(repeated.map((w) => w.measureId)).toEqual(['i2-2']);
      expect(repeated[0]!.message_en).toContain('repeats measure i2 ');
    });
  });

  it.each([
    ['other units', I2.with(4, 'กองช่าง')],
    ['another cadence', I2.with(3, '๑. รายงานผลทุกเดือน\n๒. สรุปผลปีละครั้ง')],
    ['another follow-up', I2.with(3, '๑. รายงานผลทุกไตรมาส')],
    ['another indicator', I2.with(0, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ\nเปิดเผยข้อมูลการจัดซื้อจัดจ้าง')],
  ])('the same title with %s is no repeat', async (_, other) => {
    const preview = await previewFile(docx(wordTable(twice(other))));
    expect(preview.plan.measures).toHaveLength(3);
    expect(codesOf(preview)).not.toContain('measure-repeated');
  });

  it('three copies: the second and the third each name the first', async () => {
    const preview = await previewFile(docx(wordTable([HEADER, I2, I1, I2, I2])));
    const repeated = preview.warnings.filter((w) => w.code === 'measure-repeated');
    expect(repeated.map((w) => w.measureId)).toEqual(['i2-2', 'i2-3']);
    expect(repeated.every((w) => w.message_en.includes('repeats measure i2 '))).toBe(true);
  });

  it('in the page, the warning stands until the copy is deleted, or the coordinator marks both meant', async () => {
    const preview = await previewFile(fixture('RI2-dup-i2.docx'));
    const warning = preview.warnings.find((w) => w.code === 'measure-repeated')!;
    const read = () =>
      draftReplacing(undefined, {
        fy: 2567,
        title: preview.plan.title,
        measures: structuredClone<DraftMeasure[]>(preview.plan.measures),
        source: { kind: 'file', fileName: 'RI2-dup-i2.docx' },
        warnings: preview.warnings,
      });
    const deleted = read();
    expect(warningStands(warning, deleted)).toBe(true);
    deleted.measures = deleted.measures.filter((m) => m.measureId !== 'i2-2');
    expect(warningStands(warning, deleted)).toBe(false);
    const meant = read();
    acknowledge(meant, warning, true);
    expect(warningStands(warning, meant)).toBe(false);
  });
});
