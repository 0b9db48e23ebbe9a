// A Word text box dropped its paragraph's own text and was read twice (review 17 s9, entry 2): the
// box's paragraphs (w:txbxContent) sit inside the anchoring paragraph, once in mc:Choice (DrawingML)
// and once in mc:Fallback (VML). Only the first branch of mc:AlternateContent is read, the
// paragraph keeps its runs, and the box's paragraphs follow it in the same cell or body.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readDocumentXml } from '../../shared/import/read-docx.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const boxContent = (texts: string[]) =>
  `<w:txbxContent>${texts.map((t) => `<w:p>${run(t)}</w:p>`).join('')}</w:txbxContent>`;
/** a text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box as VML in mc:Fallback */
const wordBox = (texts: string[]) =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${boxContent(texts)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape><v:textbox>${boxContent(texts)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
/** an older file's box: VML only */
const vmlBox = (texts: string[]) =>
  `<w:r><w:pict><v:shape><v:textbox>${boxContent(texts)}</v:textbox></v:shape></w:pict></w:r>`;

/** 05-standard.docx with the first measure's responsible cell ("กองคลัง") holding `paragraph`. */
function withResponsibleParagraph(paragraph: string): Uint8Array {
  const zip = unzipSync(standard);
  const xml = strFromU8(zip['word/document.xml']!);
  const at = xml.indexOf('กองคลัง</w:t></w:r></w:p></w:tc></w:tr>');
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  zip['word/document.xml'] = strToU8(xml.slice(0, start) + paragraph + xml.slice(end));
  return zipSync(zip);
}
const responsible = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return plan.measures[0]!.responsible;
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a text box in a table cell', () => {
  it.each([
    ['a Word 2010+ box (mc:Choice and mc:Fallback)', wordBox],
    ['an older VML box', vmlBox],
    ['a DrawingML box with no fallback', (t: string[]) => wordBox(t).replace(/<mc:Fallback>.*<\/mc:Fallback>/, '')],
  ])('%s: the paragraph keeps its runs and the box is read once', async (_, box) => {
    const r = await responsible(
      withResponsibleParagraph(`<w:p>${run('กองคลัง')}${box(['กองช่าง'])}${run(' กองการศึกษา')}</w:p>`),
    );
    expect([...r.unitIds].sort()).toEqual(['education', 'engineering', 'finance']);
    expect(count(r.text, 'กองช่าง')).toBe(1);
    expect(count(r.text, 'กองคลัง')).toBe(1);
  });
});

describe('a text box in the body', () => {
  const body = (inner: string) =>
    `<w:document xmlns:w="w" xmlns:mc="mc"><w:body>${inner}<w:sectPr/></w:body></w:document>`;
  it.each([
    ['a Word 2010+ box', wordBox],
    ['an older VML box', vmlBox],
    [
      'a box whose content has a box of its own',
      (t: string[]) =>
        wordBox([t[0]!]).replace('</w:txbxContent>', `<w:p>${wordBox(t.slice(1))}</w:p></w:txbxContent>`),
    ],
  ])('%s: its paragraphs follow the anchoring paragraph, once', (_, box) => {
    const doc = readDocumentXml(
      body(
        `<w:p>${run('แผนมาตรการ')}${box(['ปีงบประมาณ ๒๕๖๗', 'เทศบาลตำบลทดสอบ'])}${run(' ของเทศบาล')}</w:p><w:p>${run('ต่อไป')}</w:p>`,
      ),
    );
    const texts = doc.blocks.map((b) => (b.kind === 'text' ? b.text : '')).filter(Boolean);
    expect(texts).toEqual(['แผนมาตรการ ของเทศบาล', 'ปีงบประมาณ ๒๕๖๗', 'เทศบาลตำบลทดสอบ', 'ต่อไป']);
  });
});
