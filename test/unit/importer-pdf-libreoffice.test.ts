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
          /^หน้า 1 แถว 1: ไม่พบคอลัมน์ผู้รับผิดชอบในหัวตาราง \(อ่านหัวตารางได้ว่า "มาตรการ\/แนวทาง \| วิธีการดำเนินการ/,
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
