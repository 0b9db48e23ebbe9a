// Rows that repeat an earlier row (review 17 s12, S12-6, the rest: 1 MB of "ก" and four empty
// cells was 34x the ordinary 1 MB). What a short row is under a header is read once (plain-rows.ts)
// and rows past a table's 500 measures are only counted; what depends on the rows around a row (a
// numbered list going on, the indicator and unit rows over it, the header in force) is read for
// every row. The speed is measured by `npm run bench` (importer, 1 MB of short rows); these tests
// hold that the answers are those of reading every row in full.
import { describe, expect, it } from 'vitest';
import { PlainRows, plainRowKey } from '../../shared/import/plain-rows.js';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const titles = (r: Awaited<ReturnType<typeof preview>>) => r.plan.measures.map((m) => m.title);

describe('rows that repeat an earlier row', () => {
  it('a numbered row read as a measure of its own goes on with the measure above once that measure has its heading', async () => {
    const numbered = ['๒. จัดทำรายงานการใช้รถยนต์ส่วนกลาง', '', '', '', ''];
    const r = await preview(tsv([HEADER, numbered, M4, numbered]));
    expect(titles(r)).toEqual(['จัดทำรายงานการใช้รถยนต์ส่วนกลาง', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ']);
    expect(r.plan.measures[1]!.subMeasures).toContain('จัดทำรายงานการใช้รถยนต์ส่วนกลาง');
    expect(r.warnings.filter((w) => w.code === 'continuation-guessed').map((w) => w.where.line)).toEqual([4]);
  });

  it('the same rows under two indicator heading rows take each its own heading', async () => {
    const row = ['มาตรการเผยแพร่ข้อมูล', 'จัดทำ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
    const heading = (n: string) => [`ตัวชี้วัดที่ ${n}`, '', '', '', ''];
    const r = await preview(tsv([HEADER, heading('๔'), row, row, row, heading('๙'), row, row]));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 4, 4, 9, 9]);
  });

  it('the same rows under two unit rows take each its own unit', async () => {
    const row = ['มาตรการเผยแพร่ข้อมูล', 'จัดทำ', 'ตลอดปี', 'รายงานผลทุกเดือน', ''];
    const unit = (name: string) => [`หน่วยงานผู้รับผิดชอบ: ${name}`, '', '', '', ''];
    const r = await preview(tsv([HEADER, M4, unit('กองคลัง'), row, row, unit('กองช่าง'), row, row]));
    expect(r.plan.measures.slice(1).map((m) => m.responsible.unitIds)).toEqual([
      ['finance'],
      ['finance'],
      ['engineering'],
      ['engineering'],
    ]);
  });

  it('the same rows under another header are read by that header', async () => {
    const row = ['มาตรการ ค', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
    const swapped = [HEADER[1]!, HEADER[0]!, ...HEADER.slice(2)];
    const r = await preview(tsv([HEADER, row, row, swapped, row, row]));
    expect(titles(r)).toEqual(['มาตรการ ค', 'มาตรการ ค', 'จัดทำคู่มือ', 'จัดทำคู่มือ']);
  });

  it('1,000 one-letter rows after two measures: every row past the 500th still counted, the first one past named', async () => {
    const r = await preview(tsv([HEADER, M4, M5, ...Array.from({ length: 1000 }, () => ['ก', '', '', '', ''])]));
    expect(r.plan.measures).toHaveLength(500);
    const dropped = r.warnings.find((w) => w.code === 'measures-dropped')!;
    expect(dropped.message_en).toContain('the document has 1002 measure rows');
    expect(dropped.message_en).toContain('the last 502 rows');
    expect(dropped.where.line).toBe(502);
  });
});

describe('remembered plain rows', () => {
  const header = [{ role: 'measure' }];
  const row = { byRole: { measure: 'ก' }, columnOf: { measure: 1 }, notes: [] };

  it('are found again by their cells under the same header only, as a copy', () => {
    const rows = new PlainRows<object, { measure?: string }, never>();
    const cells = ['ก', '', ''];
    rows.remember(header, plainRowKey(cells, [], 3)!, cells, row);
    row.byRole.measure = 'changed after';
    expect(rows.find(header, ['ก', '', ''], [])?.byRole).toEqual({ measure: 'ก' });
    expect(rows.find([{ role: 'measure' }], ['ก', '', ''], [])).toBeUndefined();
    expect(rows.find(header, ['ข', '', ''], [])).toBeUndefined();
  });

  it('are never merged rows, rows of another width or long rows', () => {
    expect(plainRowKey(['ก', ''], [null, 'left'], 2)).toBeUndefined();
    expect(plainRowKey(['ก', ''], [], 3)).toBeUndefined();
    expect(plainRowKey(['ก'.repeat(401)], [], 1)).toBeUndefined();
    expect(plainRowKey(['ก', ''], [null, null], 2)).toBe('ก\u0001');
  });
});
