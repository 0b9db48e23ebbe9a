// Review 17 s13, S13-15: a municipality's analysis report (tens of pages of prose) with the plan
// table on its last pages passes the PDF text budget before the table. It was refused as "too much
// text for a plan document", as if the file were no plan. The refusal now says when no plan table
// header was read before the budget: the table may be further on, and which pages to save as a PDF
// of their own. (Reading on to the table costs as much as reading the pages: not done.)
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const plan = readFileSync(new URL('../fixtures/plans/11-standard.pdf', import.meta.url));

/** 12 pages of prose (one shared stream of 3,000 texts: 72,000 items), with the plan's pages before or after. */
async function longReport(planAt: 'none' | 'start' | 'end'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const copyPlan = async () => {
    const source = await PDFDocument.load(plan);
    for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
  };
  if (planAt === 'start') await copyPlan();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([600, 800]);
  for (let i = 0; i < 3_000; i++)
    first.drawText('report', { x: 10 + (i % 20) * 28, y: 10 + Math.floor(i / 20) * 5, size: 4, font });
  for (let p = 1; p < 12; p++) {
    const page = doc.addPage([600, 800]);
    page.node.set(PDFName.of('Contents'), first.node.get(PDFName.of('Contents'))!);
    page.node.set(PDFName.of('Resources'), first.node.get(PDFName.of('Resources'))!);
  }
  if (planAt === 'end') await copyPlan();
  return doc.save();
}
const refusal = async (bytes: Uint8Array) => {
  const refused = await readPlanFile(bytes).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ValidationError);
  return refused as ValidationError;
};

describe('a PDF over the text budget', () => {
  it.each([
    ['the plan table on the last pages', 'end'],
    ['no plan table at all', 'none'],
  ] as const)(
    '%s: the refusal says no plan table header was read yet and which pages to save',
    async (_, planAt) => {
      const refused = await refusal(await longReport(planAt));
      expect(refused.message_th).toMatch(/^ไฟล์ PDF นี้มีข้อความหรือรูปวาดมากเกินกว่าเอกสารแผนมาตรการ/);
      expect(refused.message_th).toMatch(/และหน้า ๑–[๐-๙]+ ยังไม่มีหัวตารางแผนมาตรการ: ตารางแผนอาจอยู่หน้าหลังจากนั้น/);
      expect(refused.message_th).toContain('บันทึก PDF เฉพาะหน้าที่เป็นตารางแผน (ตั้งแต่หน้าที่มีหัวตาราง');
      expect(refused.message_en).toContain('hold no plan table header: the plan table may be further on');
    },
    120_000,
  );

  it('the plan table first, then the long prose: refused as before, no word of a header further on', async () => {
    const refused = await refusal(await longReport('start'));
    expect(refused.message_th).toMatch(/^ไฟล์ PDF นี้มีข้อความหรือรูปวาดมากเกินกว่าเอกสารแผนมาตรการ/);
    expect(refused.message_th).not.toContain('ยังไม่มีหัวตารางแผนมาตรการ');
  }, 120_000);
});
