// Review 17 s23, S23-3: a Word plan whose fiscal year is printed only in its page header or footer
// (word/header1.xml, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") was read with no year, so importing it into 2567
// said nothing. The header's and footer's text now give the year, and nothing else: never rows or
// measures; the body's year wins over theirs.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, type Preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

type PagePart = { kind: 'header' | 'footer'; type: 'default' | 'first' | 'even'; body: string };

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `body` as a .docx whose section shows `parts` as its page headers and footers (w:titlePg when `titlePg`). */
function withPageParts(body: string, parts: readonly PagePart[], titlePg = false): Uint8Array {
  const zip = unzipSync(docx(body));
  let rels = strFromU8(zip['word/_rels/document.xml.rels']!);
  let types = strFromU8(zip['[Content_Types].xml']!);
  const refs = parts.map((p, i) => {
    const name = `${p.kind}${i + 1}.xml`;
    const root = p.kind === 'header' ? 'w:hdr' : 'w:ftr';
    zip[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${root} ${NS}>${p.body}</${root}>`);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdP${i}" Type="${REL}/${p.kind}" Target="${name}"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${p.kind}+xml" PartName="/word/${name}"/></Types>`,
    );
    return `<w:${p.kind}Reference w:type="${p.type}" r:id="rIdP${i}"/>`;
  });
  zip['word/_rels/document.xml.rels'] = strToU8(rels);
  zip['[Content_Types].xml'] = strToU8(types);
  const xml = strFromU8(zip['word/document.xml']!);
  zip['word/document.xml'] = strToU8(
    xml.replace('<w:sectPr>', `<w:sectPr>${refs.join('')}${titlePg ? '<w:titlePg/>' : ''}`),
  );
  return zipSync(zip);
}

const YEAR_2568 = 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
const table = wordTable([HEADER, M4, M5, M9]);
/** the plan with its title's first line only in the body: no year there */
const bodyWithoutYear = wordParagraph(TITLE[0]!) + table;
const bodyWithYear = TITLE.map(wordParagraph).join('') + table;
const differs = (r: Preview) => r.warnings.filter((w) => w.code === 'fiscal-year-differs');

describe("a Word plan's fiscal year printed in its page header or footer", () => {
  it('a year in the page header only: said as another year, quoting the header, the plan as the body has it', async () => {
    const r = await preview(
      withPageParts(bodyWithoutYear, [{ kind: 'header', type: 'default', body: wordParagraph(YEAR_2568) }]),
    );
    expect(differs(r)).toHaveLength(1);
    expect(differs(r)[0]!.message_th).toContain('เอกสารระบุปีงบประมาณ ๒๕๖๘');
    expect(differs(r)[0]!.message_th).toContain('หัวกระดาษ');
    expect(differs(r)[0]!.message_en).toContain('fiscal year 2568');
    expect(differs(r)[0]!.source).toBe(YEAR_2568);
    expect(r.fyInDocument).toBe(2568);
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.title).toBe(TITLE[0]);
  });

  it('a year in the footer only, in a layout table beside the page number', async () => {
    const footer = wordTable([['เทศบาลตำบลทดสอบ', `มาตรการ ${YEAR_2568}`, 'หน้า ๑']], 3);
    const r = await preview(withPageParts(bodyWithoutYear, [{ kind: 'footer', type: 'default', body: footer }]));
    expect(differs(r).map((w) => w.source)).toEqual([`มาตรการ ${YEAR_2568}`]);
    expect(differs(r)[0]!.message_th).toContain('ท้ายกระดาษ');
    expect(r.fyInDocument).toBe(2568);
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
  });

  it('the same year in the header as imported says nothing', async () => {
    const header = wordParagraph('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    const r = await preview(withPageParts(bodyWithoutYear, [{ kind: 'header', type: 'default', body: header }]));
    expect(differs(r)).toEqual([]);
    expect(r.fyInDocument).toBe(2567);
  });

  it("the first page's header (w:titlePg) is read: it is the one page 1 prints", async () => {
    const parts: PagePart[] = [
      { kind: 'header', type: 'first', body: wordParagraph(YEAR_2568) },
      { kind: 'header', type: 'default', body: wordParagraph('แผนปฏิบัติการ (ต่อ)') },
    ];
    const r = await preview(withPageParts(bodyWithoutYear, parts, true));
    expect(differs(r).map((w) => w.source)).toEqual([YEAR_2568]);
  });

  it('a first-page header without w:titlePg is not printed: not read', async () => {
    const parts: PagePart[] = [{ kind: 'header', type: 'first', body: wordParagraph(YEAR_2568) }];
    const r = await preview(withPageParts(bodyWithoutYear, parts));
    expect(differs(r)).toEqual([]);
    expect(r.fyInDocument).toBeUndefined();
  });

  it("the body's year wins over the header's (no warning for their disagreeing, as the title's over the timeframes')", async () => {
    const r = await preview(
      withPageParts(bodyWithYear, [{ kind: 'header', type: 'default', body: wordParagraph(YEAR_2568) }]),
    );
    expect(differs(r)).toEqual([]);
    expect(r.fyInDocument).toBe(2567);
  });

  it('a header holding plan-like text and a table makes no rows, measures or other warnings', async () => {
    const header =
      wordParagraph(YEAR_2568) +
      wordTable([HEADER, ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\n๑. มาตรการในหัวกระดาษ', '-', '-', 'รายงานทุกเดือน', 'กองช่าง']]);
    const plain = await preview(docx(bodyWithoutYear));
    const r = await preview(withPageParts(bodyWithoutYear, [{ kind: 'header', type: 'default', body: header }]));
    expect(r.plan.measures).toEqual(plain.plan.measures);
    expect(r.warnings.filter((w) => w.code !== 'fiscal-year-differs')).toEqual(plain.warnings);
    expect(differs(r).map((w) => w.source)).toEqual([YEAR_2568]);
  });
});
