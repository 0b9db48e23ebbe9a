// Review 17 s17, S17-3: a revised plan (แผนฉบับปรับปรุง) published as PDF keeps its strike-outs, a
// line drawn through the glyphs; the PDF reader took the struck text as live, so a dropped unit and a
// dropped follow-up came back, and a struck-out measure read as an ordinary one, with no warning.
// Now text a line crosses is read as Word's and Excel's struck text is: beside live text, left out
// and quoted ('struck-text-left-out'); a cell struck as a whole kept, a struck measure marked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile } from '../support/plan-pdf.js';

const LABELS = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const WIDTHS = [180, 150, 90, 170, 150];
type Line = string | { text: string; strike?: boolean; underline?: boolean };

/** A ruled table (as Word's and LibreOffice's PDFs draw it) of the header and rows of cells of lines. */
async function ruledTable(rows: Line[][][]) {
  const xs = WIDTHS.reduce((edges, w) => [...edges, edges.at(-1)! + w], [30]);
  const texts: { x: number; y: number; text: string; strike?: boolean; underline?: boolean }[] = [
    { x: 30, y: 20, text: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗' },
  ];
  const lines: [number, number, number, number][] = [];
  let top = 40;
  for (const row of [LABELS.map((l) => [l]), ...rows]) {
    row.forEach((cell, c) =>
      cell.forEach((line, i) => {
        const piece = typeof line === 'string' ? { text: line } : line;
        texts.push({ x: xs[c]! + 5, y: top + 4 + 14 * i, ...piece });
      }),
    );
    const bottom = top + 8 + 14 * Math.max(...row.map((c) => c.length));
    lines.push([xs[0]!, top, xs.at(-1)!, top]);
    for (const x of xs) lines.push([x, top, x, bottom]);
    top = bottom;
  }
  lines.push([xs[0]!, top, xs.at(-1)!, top]);
  return previewFile(await planPdf([{ texts, lines }]));
}

const struck = (text: string) => ({ text, strike: true });
const I4 = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'];
const I9 = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'];
type Read = Awaited<ReturnType<typeof previewFile>>;
const leftOut = (r: Read) => r.warnings.filter((w) => w.code === 'struck-text-left-out').map((w) => w.source);

describe('struck-through text in a PDF plan is no live text', () => {
  it('a struck unit beside a live one: only กองคลัง, and the struck กองช่าง quoted', async () => {
    const r = await ruledTable([[I4, ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกไตรมาส'], [struck('กองช่าง'), 'กองคลัง']]]);
    expect(r.plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
    expect(leftOut(r)).toEqual(['กองช่าง']);
    const warning = r.warnings.find((w) => w.code === 'struck-text-left-out')!;
    expect(warning.where).toMatchObject({ page: 1, row: 2, column: 5 });
    expect(warning.message_th).toContain('ข้อความที่ขีดฆ่าไว้');
  });

  it('a struck follow-up beside a live one: one follow-up, six-monthly, the struck monthly one quoted', async () => {
    const r = await ruledTable([
      [I4, ['จัดทำคู่มือ'], ['ตลอดปี'], [struck('๑. รายงานผลทุกเดือน'), '๒. รายงานผลรอบ ๖ เดือน'], ['กองคลัง']],
    ]);
    expect(r.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['semiannual']);
    expect(leftOut(r)).toEqual(['๑. รายงานผลทุกเดือน']);
  });

  it("Word's tracked change printed: the deletion struck, the insertion underlined: the insertion only", async () => {
    const r = await ruledTable([
      [
        I4,
        ['จัดทำคู่มือ'],
        ['ตลอดปี'],
        [struck('รายงานผลทุกเดือน'), { text: 'รายงานผลทุกไตรมาส', underline: true }],
        [struck('กองช่าง'), { text: 'กองคลัง', underline: true }],
      ],
    ]);
    const m = r.plan.measures[0]!;
    expect(m.followUps.map((f) => f.cadence)).toEqual(['quarterly']);
    expect(m.responsible.unitIds).toEqual(['finance']);
    expect(leftOut(r)).toEqual(['รายงานผลทุกเดือน', 'กองช่าง']);
  });

  it('a measure struck through as a whole is kept and marked for the coordinator to remove', async () => {
    const r = await ruledTable([
      [I4, ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกไตรมาส'], ['กองคลัง']],
      [I9.map(struck), [struck('ปรับปรุงเว็บไซต์')], ['ตลอดปี'], [struck('สรุปผลประจำปี')], [struck('กองช่าง')]],
    ]);
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    const marked = r.warnings.find((w) => w.code === 'measure-status-marked')!;
    expect(marked.measureId).toBe('i9');
    expect(marked.message_en).toContain('struck through');
  });

  it('underlined text alone is live text: nothing left out', async () => {
    const r = await ruledTable([
      [
        I4,
        ['จัดทำคู่มือ'],
        ['ตลอดปี'],
        [{ text: 'รายงานผลทุกไตรมาส', underline: true }],
        [{ text: 'กองคลัง', underline: true }],
      ],
    ]);
    expect(r.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['quarterly']);
    expect(r.plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
    expect(r.warnings.map((w) => w.code)).not.toContain('struck-text-left-out');
  });

  it("LibreOffice's PDF of a revised Word plan reads as the Word file does (corpus 46 and 47)", async () => {
    const read = (name: string) =>
      previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url))));
    const [pdf, docx] = await Promise.all([read('46-struck-libreoffice.pdf'), read('47-struck.docx')]);
    const shape = (r: Read) => ({
      measures: r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds, m.followUps.map((f) => f.text)]),
      warnings: r.warnings.map((w) => [w.code, w.source, w.where.row, w.where.column]),
    });
    expect(shape(pdf)).toEqual(shape(docx));
    expect(leftOut(pdf)).toEqual(['กองช่าง', '๑. รายงานผลทุกเดือน', 'ทุกเดือน']);
  });
});
