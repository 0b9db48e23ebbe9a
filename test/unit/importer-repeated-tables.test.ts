// A later sheet or table whose every row repeats a measure already read (review 17 s9, entry 40's
// rest): a summary with a follow-up column of its own ("มาตรการ | การติดตามผล | ผู้รับผิดชอบ |
// จำนวนครั้ง") was read as more of the plan: i4-2, i5-2, i9-2 beside i4, i5, i9. It is now left
// out with one warning naming it.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const heading = (m: readonly string[]) => m[0]!.split('\n')[0]!;
const planSheet = { name: 'แผน', rows: [...TITLE.map((t) => [t]), HEADER, M4, M5, M9] };

describe('a later table that only repeats the measures read is no part of the plan', () => {
  it('a summary sheet with a follow-up column, listing the measures by their headings', async () => {
    const summary = {
      name: 'สรุป',
      rows: [
        ['สรุปจำนวนรายงานตามมาตรการ'],
        ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ', 'จำนวนครั้งที่ต้องรายงาน'],
        [heading(M4), 'รายงานทุกเดือน', 'กองคลัง', 14],
        [heading(M5), 'รายงานทุกไตรมาส', 'สำนักปลัด', 4],
        [heading(M9), 'สรุปผลประจำปี', 'กองช่าง', 1],
      ],
    };
    const r = await preview(await xlsx([planSheet, summary]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['table-not-read', { sheet: 'สรุป' }]]);
    expect(r.warnings[0]!.message_th).toMatch(
      /^แผ่นงาน สรุป: ตารางนี้มี ๓ แถว ทุกแถวซ้ำกับมาตรการที่อ่านแล้วจากตารางก่อนหน้า \("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ"/,
    );
  });

  it('a second Word table of its own header repeating whole measure cells (a chart-data table)', async () => {
    const chart = wordTable(
      [
        ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ร้อยละ'],
        [M4[0]!, M4[3]!, M4[4]!, '๑๐๐'],
        [M9[0]!, M9[3]!, M9[4]!, '๕๐'],
      ],
      4,
    );
    const r = await preview(
      docx(TITLE.map(wordParagraph).join('') + wordTable([HEADER, M4, M5, M9]) + '<w:p/>' + chart),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['table-not-read', { table: 2 }]]);
  });

  it('a copy of the plan sheet (a workbook kept with its draft) is read once', async () => {
    const r = await preview(await xlsx([planSheet, { ...planSheet, name: 'แผน (2)' }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['table-not-read', { sheet: 'แผน (2)' }]]);
  });

  it('a later sheet going on with the plan (the same indicator with other measures, a new one) is read', async () => {
    const more = {
      name: 'แผน (ต่อ)',
      rows: [
        HEADER,
        [`${heading(M4)}\n๒. มาตรการตรวจสอบพัสดุประจำปี`, 'ตรวจนับพัสดุ', 'ตลอดปี', 'รายงานผลทุก ๖ เดือน', 'กองคลัง'],
        [heading(M5), ...M5.slice(1)],
      ],
    };
    const r = await preview(await xlsx([planSheet, more]));
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i9', 'i4-2', 'i5-2']);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });
});
