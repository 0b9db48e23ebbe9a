// A plan table inside a Word text box (a shape: wps:txbx in mc:Choice, the same box as VML in
// mc:Fallback) gave 0 measures and a no-measures message blaming the header row, while its PDF gave
// the 4 (review 17 s22, S22-3): the box's cells were read as the anchoring paragraph's box
// paragraphs, the rows kept empty. A table in a text box is now read as a table, once (the
// mc:Choice; the fallback is not read), its rows after the anchoring paragraph's text and the box's
// paragraphs before it, in document order. A box's table in a table cell is a table nested in that
// cell (its rows lines of the cell). A text box in the page header is not read (nor is the header).
// Fixtures: test/fixtures/text-box-table/plan-in-text-box.docx (the reviewer's SH22-textbox.docx) and
// its LibreOffice 7 PDF.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocumentXml } from '../../shared/import/read-docx.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const fixture = (name: string) =>
  preview(new Uint8Array(readFileSync(new URL(`../fixtures/text-box-table/${name}`, import.meta.url))));

/** a text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box as VML in mc:Fallback */
const wordBox = (content: string) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${content}<w:p/></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${content}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
/** an older file's box: VML only */
const vmlBox = (content: string) =>
  `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${content}<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
const inParagraph = (runs: string) => `<w:p>${runs}</w:p>`;
const title = TITLE.map(wordParagraph).join('');
const codes = (r: Awaited<ReturnType<typeof preview>>) => r.warnings.map((w) => w.code);

describe('a plan table inside a text box', () => {
  it("the reviewer's Word file (a shape with its VML fallback): the 4 measures its PDF gives, once", async () => {
    const [word, pdf] = [await fixture('plan-in-text-box.docx'), await fixture('plan-in-text-box.pdf')];
    const read = (r: typeof word) =>
      r.plan.measures.map((m) => [m.measureId, m.responsible.unitIds, m.followUps.map((f) => f.cadence)]);
    expect(read(word)).toEqual([
      ['i1', ['clerk'], ['monthly']],
      ['i2', ['finance'], ['quarterly', 'annual']],
      ['i6', ['education'], ['semiannual']],
      ['i9', ['engineering'], ['annual']],
    ]);
    expect(read(word)).toEqual(read(pdf));
    expect(codes(word)).not.toContain('no-measures');
  });

  it.each([
    ['a Word 2010+ box (mc:Choice and mc:Fallback)', wordBox],
    ['a DrawingML box with no fallback', (c: string) => wordBox(c).replace(/<mc:Fallback>.*<\/mc:Fallback>/, '')],
    ['an older box, VML only (w:pict/v:textbox)', vmlBox],
  ])('%s: the measures of its table, each once', async (_, box) => {
    const r = await preview(docx(title + inParagraph(box(wordTable([HEADER, M4, M5, M9])))));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(codes(r)).toEqual([]);
  });

  it('two text boxes, each holding part of the plan (its own header row): the measures of both, in order', async () => {
    const r = await preview(
      docx(title + inParagraph(wordBox(wordTable([HEADER, M4]))) + inParagraph(vmlBox(wordTable([HEADER, M5, M9])))),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });

  it("the box's paragraphs and table, and the anchor's text: in document order, the table's rows once", () => {
    const doc = readDocumentXml(
      `<w:document><w:body><w:p><w:r><w:t>แผนมาตรการ</w:t></w:r>${wordBox(
        wordParagraph('ก่อนตาราง') + wordTable([['ก', 'ข']], 2) + wordParagraph('หลังตาราง'),
      )}<w:r><w:t xml:space="preserve"> ของเทศบาล</w:t></w:r></w:p>${wordTable([['ค', 'ง']], 2)}${wordParagraph('ต่อไป')}<w:sectPr/></w:body></w:document>`,
    );
    expect(
      doc.blocks.map((b) => (b.kind === 'text' ? b.text : { where: b.where, cells: b.cells })).filter((b) => b !== ''),
    ).toEqual([
      'แผนมาตรการ ของเทศบาล',
      'ก่อนตาราง',
      { where: { table: 1, row: 1 }, cells: ['ก', 'ข'] },
      'หลังตาราง',
      { where: { table: 2, row: 1 }, cells: ['ค', 'ง'] },
      'ต่อไป',
    ]);
  });

  it("a box's table in a table cell (the units cell): its rows are lines of that cell, once", async () => {
    const units = `<w:p><w:r><w:t>กองคลัง</w:t></w:r>${wordBox(wordTable([['กองช่าง', 'กองการศึกษา']], 2))}</w:p>`;
    const r = await preview(
      docx(
        title +
          wordTable([HEADER, M4, M5, M9]).replace(
            '<w:p><w:r><w:t xml:space="preserve">กองคลัง</w:t></w:r></w:p>',
            units,
          ),
      ),
    );
    expect(r.plan.measures[0]!.responsible.unitIds).toEqual(['finance', 'engineering', 'education']);
    expect(r.plan.measures[0]!.responsible.text.split('กองช่าง')).toHaveLength(2);
  });

  it("a plan table in a text box in the page header is not read (nor is the header): the body's plan only", async () => {
    const bytes = docx(title + wordTable([HEADER, M4, M5, M9]));
    const zip = unzipSync(bytes);
    zip['word/header1.xml'] = strToU8(
      `<w:hdr>${inParagraph(wordBox(wordTable([HEADER, ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ', 'จัดทำรายงาน', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง']])))}</w:hdr>`,
    );
    zip['word/_rels/document.xml.rels'] = strToU8(
      strFromU8(zip['word/_rels/document.xml.rels']!).replace(
        '</Relationships>',
        '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
      ),
    );
    zip['word/document.xml'] = strToU8(
      strFromU8(zip['word/document.xml']!).replace(
        '<w:sectPr>',
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>',
      ),
    );
    const r = await preview(zipSync(zip));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });
});
