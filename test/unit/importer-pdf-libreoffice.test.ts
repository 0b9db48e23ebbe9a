// PDFs LibreOffice writes with Thai fonts, narrow columns and tables cut at the page edge (issue 17,
// session 7 review). Fixtures 29-33 of test/fixtures/plans (make-plans.ts --libreoffice --only=29,...).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { pdfText } from '../support/pdf-tools.js';
import { previewFile, planPdf, tableTexts } from '../support/plan-pdf.js';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

/** Each character's count, whitespace ignored (the two readers order a table's cells differently). */
const letters = (text: string) => {
  const counts = new Map<string, number>();
  for (const ch of text.normalize('NFC').replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
};

describe('Thai fonts whose glyphs LibreOffice maps to the first letter they drew are read by their /ActualText', () => {
  it.each(['29-loma-font.pdf', '30-garuda-font.pdf', '31-norasi-font.pdf'])(
    '%s: every letter as pdftotext reads it (no sara uu read as a tone mark, no "ำา")',
    async (name) => {
      const { document } = await readPlanFile(bytes(name));
      const ours = document.blocks
        .map((b) => (b.kind === 'text' ? b.text : b.cells.join(' ')))
        .join(' ')
        .replace(/<\/?p>/g, ' ');
      expect(letters(ours)).toEqual(letters(pdfText(bytes(name))));
    },
  );

  it.each(['29-loma-font.pdf', '30-garuda-font.pdf', '31-norasi-font.pdf'])(
    '%s: the measures keep their words: ป้องกันการใช้ทรัพย์สิน, คู่มือ, ข้อมูล, ดำเนินการ',
    async (name) => {
      const { plan } = await previewFile(bytes(name));
      const text = JSON.stringify(plan.measures);
      for (const word of ['ป้องกันการใช้ทรัพย์สิน', 'จัดทำคู่มือการยืมคืนพัสดุ', 'ปรับปรุงข้อมูลบนเว็บไซต์', 'ประชาสัมพันธ์ให้บุคลากร'])
        expect(text).toContain(word);
      expect(text).not.toMatch(/ำา|ใชู|ขูอ/);
    },
  );
});

describe('headers wrapped over lines, and a table cut at the page edge', () => {
  it('narrow columns wrap every header ("ผู้รับ" / "ผิด" / "ชอบ"): the units column is still found and every unit read', async () => {
    const { plan, warnings } = await previewFile(bytes('32-narrow-wrapped-header.pdf'));
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['engineering', 'education']]);
    expect(warnings).toEqual([]);
  });

  it('a table cut at the page edge (no units column left) says so once, quoting the header as read, Thai first', async () => {
    const { plan, warnings } = await previewFile(bytes('33-cut-at-page-edge.pdf'));
    expect(plan.measures.map((m) => m.followUps.length)).toEqual([2, 2]);
    expect(warnings[0]).toEqual(
      expect.objectContaining({
        code: 'no-responsible-column',
        where: { page: 1, row: 1 },
        message_th: expect.stringMatching(
          /^หน้า ๑ แถว ๑: ไม่พบคอลัมน์ผู้รับผิดชอบในหัวตาราง \(อ่านหัวตารางได้ว่า "มาตรการ\/แนวทาง \| วิธีการดำเนินการ/,
        ),
        message_en: expect.stringContaining('cut at the page edge'),
        source: expect.stringContaining('การติดตามผลการดำเนินกา'),
      }),
    );
  });

  it('a header whose units label is unreadable names the label it could not recognise', async () => {
    const xs = [30, 230, 380, 490, 650];
    const header = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผ้่รับผิดซอบ']];
    const m4 = [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานทุกเดือน'], ['กองคลัง']];
    const { warnings } = await previewFile(await planPdf([{ texts: tableTexts(xs, [header, m4]) }]));
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'no-responsible-column',
        message_th: expect.stringContaining('คอลัมน์ที่ไม่รู้จัก: "ผ้่รับผิดซอบ"'),
      }),
    );
  });

  it('a table without rules whose header wraps onto a second line ("ผู้รับ" over "ผิดชอบ") joins the label and reads the units', async () => {
    const xs = [30, 230, 380, 490, 650];
    const header = [['มาตรการ/แนวทาง'], ['วิธีการ', 'ดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับ', 'ผิดชอบ']];
    const m4 = [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานทุกเดือน'], ['กองคลัง']];
    const { plan, warnings } = await previewFile(await planPdf([{ texts: tableTexts(xs, [header, m4]) }]));
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance']]);
    expect(warnings).toEqual([]);
  });
});

describe('a unit cell merged over rows that a page break cuts is the unit of the rows on both pages', () => {
  const XS = [30, 230, 380, 490, 650, 800];
  const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const measure = (n: number, unit = '') => [
    `ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[n]} เรื่องที่ ${n}`,
    'จัดทำคู่มือ',
    'ตลอดปี',
    'รายงานผลทุกไตรมาส',
    unit,
  ];
  /** One page of a ruled table: rows 30 pt high; `underAbove` rows have their unit cell merged with the row above. */
  function page(rows: string[][], underAbove: number[] = []) {
    const ys = rows.map((_, i) => 40 + 30 * i).concat(40 + 30 * rows.length);
    return {
      texts: rows.flatMap((row, r) => row.flatMap((text, c) => (text ? [{ x: XS[c]! + 4, y: ys[r]! + 8, text }] : []))),
      lines: [
        ...ys.map((y, r): [number, number, number, number] => [XS[0]!, y, underAbove.includes(r) ? XS[4]! : XS[5]!, y]),
        ...XS.map((x): [number, number, number, number] => [x, ys[0]!, x, ys.at(-1)!]),
      ],
    };
  }
  const unitsOf = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
    plan.measures.map((m) => [m.indicator, m.responsible.unitIds]);

  it('LibreOffice: กองสาธารณสุขฯ merged over ตัวชี้วัดที่ ๓-๖, its text on page 1 only, is the unit of ๕ and ๖ on page 2 too', async () => {
    const { plan, warnings } = await previewFile(bytes('34-unit-merged-over-page-break.pdf'));
    expect(unitsOf(plan)).toEqual([
      [1, ['engineering']],
      [2, ['finance']],
      [3, ['health']],
      [4, ['health']],
      [5, ['health']],
      [6, ['health']],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
  });

  it('a page break between two rows of the merge (page 2 starts with an empty merged cell) carries the unit to those rows', async () => {
    const pdf = await planPdf([
      page([HEADER, measure(1, 'กองคลัง'), measure(2, 'กองช่าง'), measure(3)], [3]),
      page([HEADER, measure(4), measure(5), measure(6, 'กองคลัง')], [2]),
    ]);
    const { plan, warnings } = await previewFile(pdf);
    expect(unitsOf(plan)).toEqual([
      [1, ['finance']],
      [2, ['engineering']],
      [3, ['engineering']],
      [4, ['engineering']],
      [5, ['engineering']],
      [6, ['finance']],
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
    expect(warnings.map((w) => w.code)).not.toContain('pdf-merge-unsure');
  });

  it('a merge that starts on the last row before the break is unsure: the empty cells on page 2 are warned about, not filled', async () => {
    const pdf = await planPdf([
      page([HEADER, measure(1, 'กองคลัง'), measure(2, 'กองช่าง')]),
      page([HEADER, measure(3), measure(4), measure(5, 'กองคลัง')], [2]),
    ]);
    const { plan, warnings } = await previewFile(pdf);
    expect(unitsOf(plan).slice(0, 3)).toEqual([
      [1, ['finance']],
      [2, ['engineering']],
      [3, []],
    ]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'pdf-merge-unsure',
        where: { page: 2, row: 2, column: 5 },
        message_th: expect.stringContaining('อาจต่อจากช่อง "กองช่าง"'),
      }),
    );
  });
});
