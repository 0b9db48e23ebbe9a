// A Word plan table placed inside a one-cell table (a box around it) gave "no measures table" (review
// of issue 17, entry 4): a table that only frames others is read through.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));

/** 05-standard.docx with its body's tables and paragraphs rewritten by `wrap`. */
function rewritten(wrap: (body: string) => string): Uint8Array {
  const zip = unzipSync(standard);
  const xml = strFromU8(zip['word/document.xml']!);
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  zip['word/document.xml'] = strToU8(xml.slice(0, open) + wrap(xml.slice(open, sect)) + xml.slice(sect));
  return zipSync(zip);
}
const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${inner}<w:p/></w:tc>`;
const frame = (inner: string) =>
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr>${cell(inner)}</w:tr></w:tbl>`;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};
const summary = (plan: Awaited<ReturnType<typeof preview>>['plan']) =>
  plan.measures.map((m) => [m.measureId, m.followUps.length, m.responsible.unitIds]);

describe('a plan table inside a box made of a one-cell table', () => {
  it.each([
    ['one box around the whole body', (body: string) => frame(body)],
    [
      'a box inside a box, with a title paragraph in the outer one',
      (body: string) => frame(para('แผนมาตรการ') + frame(body)),
    ],
    [
      'a box of two one-cell rows: a heading row, then the table',
      (body: string) =>
        `<w:tbl><w:tblPr/><w:tr>${cell(para('มาตรการส่งเสริมคุณธรรม'))}</w:tr><w:tr>${cell(body)}</w:tr></w:tbl>`,
    ],
  ])('%s reads the same measures, follow-ups and units as the plain file', async (_, wrap) => {
    const plain = await preview(standard);
    expect(plain.plan.measures.length).toBeGreaterThan(2);
    const boxed = await preview(rewritten(wrap));
    expect(summary(boxed.plan)).toEqual(summary(plain.plan));
    expect(boxed.warnings.map((w) => w.code)).not.toContain('no-measures');
  });

  it('a small table inside a cell of the plan table still reads as that cell’s text', async () => {
    const small = `<w:tbl><w:tblPr/><w:tr>${cell(para('ข้อย่อย ก'))}${cell(para('ข้อย่อย ข'))}</w:tr></w:tbl>`;
    // the first cell of the plan table's last row gets the small table
    const bytes = rewritten((body) => {
      const at = body.lastIndexOf('<w:tc>');
      const end = body.indexOf('</w:tc>', at);
      return body.slice(0, end) + small + '<w:p/>' + body.slice(end);
    });
    const { plan } = await preview(bytes);
    expect(JSON.stringify(plan)).toContain('ข้อย่อย ก');
    expect(plan.measures.length).toBe((await preview(standard)).plan.measures.length);
  });
});
