// Review 17 s9, entry 3: Word's automatic numbering (w:numPr on the paragraph or through a style
// such as "List Number") puts no number in the text: the items of a numbered list in one cell were
// joined into one sub-measure, and a heading drawn by the numbering ("ตัวชี้วัดที่ %1") was lost,
// so every measure lost its indicator. The label of numbering.xml is now read before the text.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];

/** A paragraph: its text, and the paragraph properties (style, numbering) when given. */
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (style: string) => (text: string) => p(text, `<w:pStyle w:val="${style}"/>`);
const numbered =
  (numId: number, ilvl = 0) =>
  (text: string) =>
    p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr>`;

/** A .docx of a title and one table, with its numbering and styles parts. */
function docx(rows: string[][], numbering: string, styles = '') {
  const table = `<w:tbl>${row(HEADER.map((h) => p(h)))}${rows.map(row).join('')}</w:tbl>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${p('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗')}${table}<w:sectPr/></w:body></w:document>`,
    ),
    'word/numbering.xml': strToU8(`<?xml version="1.0"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>`),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">${styles}</w:styles>`),
  });
}

const abstract = (id: number, format: string, text: string) =>
  `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
  `<w:lvlText w:val="${text}"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="thaiLetters"/>` +
  `<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>`;
const num = (id: number, abstractId: number, startOverride?: number) =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${
    startOverride ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>` : ''
  }</w:num>`;

async function imported(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    warnings: warnings.map((w) => w.code),
    measures: plan.measures.map((m) => ({
      indicator: m.indicator,
      subMeasures: m.subMeasures,
      methods: m.methods.length,
      cadences: m.followUps.map((f) => f.cadence),
    })),
  };
}

/** The reviewer's three measures, each list written with `item` (a numbered paragraph). */
function plan(item: (text: string) => string, heading = (no: string, name: string) => p(`ตัวชี้วัดที่ ${no} ${name}`)) {
  return [
    [
      heading('๔', 'การใช้ทรัพย์สินของราชการ') + item('มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'),
      item('จัดทำคู่มือการยืมคืนพัสดุ') + item('ประชาสัมพันธ์ให้บุคลากรทราบ'),
      p('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗'),
      item('รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน') + item('สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน'),
      p('กองคลัง'),
    ],
    [
      heading('๕', 'การแก้ไขปัญหาการทุจริต') + item('มาตรการเผยแพร่ข้อมูลต่อสาธารณะ') + item('มาตรการจัดการเรื่องร้องเรียน'),
      item('เผยแพร่ผลการดำเนินงานบนเว็บไซต์'),
      p('ตลอดปีงบประมาณ'),
      item('รายงานผู้บริหารทุกไตรมาส'),
      p('สำนักปลัด ทุกกองงาน'),
    ],
    [
      heading('๙', 'การเปิดเผยข้อมูล'),
      item('ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'),
      p('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗'),
      item('เสนอผู้บริหารในเดือนเมษายน และ กันยายน') + item('สรุปผลประจำปี'),
      p('กองช่าง กองการศึกษา'),
    ],
  ];
}

const EXPECTED = [
  {
    indicator: 4,
    subMeasures: ['มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'],
    methods: 2,
    cadences: ['monthly', 'semiannual'],
  },
  {
    indicator: 5,
    subMeasures: ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'มาตรการจัดการเรื่องร้องเรียน'],
    methods: 1,
    cadences: ['quarterly'],
  },
  { indicator: 9, subMeasures: [], methods: 1, cadences: ['april-september', 'annual'] },
];

describe("Word's automatic numbering in a plan table: each numbered paragraph is an item", () => {
  it('style "List Number" (numbering through the style, one list continued over every cell): i5 keeps its 2 sub-measures (were joined into 1)', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>' +
      '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>';
    const got = await imported(docx(plan(styled('ListNumber')), abstract(0, 'decimal', '%1.') + num(5, 0), styles));
    expect(got.measures).toEqual(EXPECTED);
    expect(got.warnings).toEqual([]);
  });

  it('w:numPr on the paragraphs, Thai digits ("๑.") and a second level ("ก)") under an item', async () => {
    const item = (text: string) => (text === 'มาตรการจัดการเรื่องร้องเรียน' ? numbered(3, 1)(text) : numbered(3)(text));
    const got = await imported(docx(plan(item), abstract(1, 'thaiNumbers', '%1.') + num(3, 1)));
    expect(got.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(got.measures.map((m) => m.cadences)).toEqual(EXPECTED.map((m) => m.cadences));
    expect(got.measures[0]!.methods).toBe(2);
    // the second level's label stays with its item, as Word shows it (without it, the two ran together unmarked)
    expect(got.measures[1]!.subMeasures).toEqual(['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ก) มาตรการจัดการเรื่องร้องเรียน']);
  });

  it('bulleted paragraphs (numFmt bullet) are items too', async () => {
    const got = await imported(docx(plan(numbered(7)), abstract(2, 'bullet', '\uf0b7') + num(7, 2)));
    expect(got.measures.map((m) => m.subMeasures.length)).toEqual([1, 2, 0]);
    expect(got.measures.map((m) => m.cadences)).toEqual(EXPECTED.map((m) => m.cadences));
  });
});

describe('an indicator heading drawn by the numbering ("ตัวชี้วัดที่ %1", started at 4, 5 and 9)', () => {
  it('gives indicators 4, 5 and 9 and no no-indicator warning (were 3 measures without an indicator)', async () => {
    const names = new Map([
      ['๔', 94],
      ['๕', 95],
      ['๙', 99],
    ]);
    const heading = (no: string, name: string) => numbered(names.get(no)!)(name);
    const numbering =
      abstract(0, 'decimal', '%1.') +
      abstract(9, 'decimal', 'ตัวชี้วัดที่ %1') +
      num(1, 0) +
      num(94, 9, 4) +
      num(95, 9, 5) +
      num(99, 9, 9);
    const got = await imported(docx(plan(numbered(1), heading), numbering));
    expect(got.measures).toEqual(EXPECTED);
    expect(got.warnings).toEqual([]);
  });

  it('a heading list without restarts counts on through the document (Word: 1, 2, 3)', async () => {
    const heading = (_: string, name: string) => numbered(40)(name);
    const got = await imported(
      docx(
        plan(numbered(1), heading),
        abstract(0, 'decimal', '%1.') + abstract(8, 'thaiNumbers', 'ตัวชี้วัดที่ %1') + num(1, 0) + num(40, 8),
      ),
    );
    expect(got.measures.map((m) => m.indicator)).toEqual([1, 2, 3]);
  });
});
