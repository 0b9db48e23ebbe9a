// An indicator's name written with a slip ("ของทางราชการ" for "ของราชการ") and glued to the words
// after it, as a PDF gives a Word cell back: its lines are joined without a space where both sides
// are Thai, and Word wrapped right after the name (tester s54 T3, Don Arang's FY2566 plan saved as
// PDF from Word). The heading was not found: "ไม่พบชื่อตัวชี้วัดที่ ๔", the measure titled with the
// cell's first 500 letters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { preview, type Preview, tsv } from '../support/plan-table-files.js';

const codes = (r: Preview) => r.warnings.map((w) => w.code);
const titles = (r: Preview) => r.plan.measures.map((m) => [m.indicator, m.title]);
const row = (measure: string) => [measure, 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'];
const readRow = (measure: string) => preview(tsv([TITLE, HEADER, row(measure)]));

describe("an indicator's name with a slip, glued to the words after it", () => {
  it("Don Arang's plan as a PDF saved from Word reads the measures of its text file", async () => {
    const file = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
    const fromPdf = await preview(file('don-arang-shapes/plan-word-title-signature.pdf'));
    const fromText = await preview(file('measures-fy2566-don-arang.txt'));
    expect(titles(fromPdf)[0]).toEqual([4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ']);
    expect(titles(fromPdf)).toEqual(titles(fromText));
    const cadences = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));
    expect(cadences(fromPdf)).toEqual(cadences(fromText));
    expect(codes(fromPdf)).not.toContain('unknown-indicator-name');
  });

  it('"ของทางราชการ" glued to "หน่วยงานต้องจัด…": the title ends at the name', async () => {
    const r = await readRow('๑. ตัวชี้วัดที่๔ การใช้ทรัพย์สินของทางราชการหน่วยงานต้องจัดให้มีการจัดทำคู่มือการยืม-คืน');
    expect(titles(r)).toEqual([[4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ']]);
    expect(codes(r)).not.toContain('unknown-indicator-name');
  });

  it('"คุณภาพของการดำเนินงาน" glued to its first measure', async () => {
    const r = await readRow('ตัวชี้วัดที่ ๖ คุณภาพของการดำเนินงานจัดให้มีการอำนวยความสะดวกในการให้บริการประชาชน');
    expect(titles(r)).toEqual([[6, 'ตัวชี้วัดที่ ๖ คุณภาพของการดำเนินงาน']]);
    expect(codes(r)).not.toContain('unknown-indicator-name');
  });

  it('"การป้องกันทุจริต" glued to the words after it', async () => {
    const r = await readRow('ตัวชี้วัดที่ ๑๐ การป้องกันทุจริตผู้บริหารและบุคลากรต้องให้ความสำคัญกับการป้องกันการทุจริต');
    expect(titles(r)).toEqual([[10, 'ตัวชี้วัดที่ ๑๐ การป้องกันทุจริต']]);
    expect(codes(r)).not.toContain('unknown-indicator-name');
  });

  // session 55: a space inside the name as well (the report sheet of test/fixtures/don-arang-shapes
  // printed to PDF: "ตัวชี้วัดที่๔ การใช้ ทรัพย์สินของทางราชการ" then the next line's words)
  it("Don Arang's report sheet as a PDF: indicator 4's name with a space inside it, glued to the next line", async () => {
    const file = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
    const fromPdf = await preview(file('don-arang-shapes/report-excel-landscape.pdf'));
    const fromSheet = await preview(file('don-arang-shapes/report-excel-landscape.xlsx'));
    expect(titles(fromPdf)[0]).toEqual([4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ']);
    expect(fromPdf.plan.measures[0]!.subMeasures).toEqual(fromSheet.plan.measures[0]!.subMeasures);
    expect(codes(fromPdf)).not.toContain('unknown-indicator-name');
  });

  it.each([
    [
      'ตัวชี้วัดที่ ๖ คุณภาพ ของการดำเนินงานจัดให้มีการอำนวยความสะดวก',
      6,
      'ตัวชี้วัดที่ ๖ คุณภาพของการดำเนินงาน',
      'จัดให้มีการอำนวยความสะดวก',
    ],
    [
      'ตัวชี้วัดที่ ๑๐ การป้องกัน ทุจริตผู้บริหารและบุคลากรต้องให้ความสำคัญ',
      10,
      'ตัวชี้วัดที่ ๑๐ การป้องกันทุจริต',
      'ผู้บริหารและบุคลากรต้องให้ความสำคัญ',
    ],
    [
      'ตัวชี้วัดที่ ๕ การแก้ไข ปัญหาทุจริตมาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
      5,
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาทุจริต',
      'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
    ],
  ])(
    '"%s": the name with a space and a slip ends the title, the rest a sub-measure',
    async (measure, indicator, title, sub) => {
      const r = await readRow(measure);
      expect(titles(r)).toEqual([[indicator, title]]);
      expect(r.plan.measures[0]!.subMeasures).toEqual([sub]);
      expect(codes(r)).not.toContain('unknown-indicator-name');
    },
  );
});
