// A plan written as paragraphs whose labels have no colon ("วิธีดำเนินการ 1) …", "ผู้รับผิดชอบ –
// กองคลัง", "การติดตามผล⇥รายงาน…") gave 0 measures, and a no-measures message asking for labels the
// file had (review 17 s20, S20-1). A label is now one of the usual column names as a whole (the header
// vocabulary, isColumnName) at a paragraph's start, then a colon, a dash, a tab, or a space and text;
// after a space alone, a numbered paragraph or a text going on with the name's sentence stays text.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, wordParagraph, wordTable } from '../support/plan-table-files.js';
import { ANNOUNCED_MEASURES, announcedMeasures, labelledAnnouncement } from '../support/labelled-announcement.js';
import { planPdf } from '../support/plan-pdf.js';

/** The announcement of S20-1, every label followed by `sep`. */
const plan = (sep: string) => labelledAnnouncement((label, text) => `${label}${sep}${text}`);

const text = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const word = (lines: readonly string[]) => docx(lines.map(wordParagraph).join(''));
/** Word paragraphs whose label and text are parted by a tab run (<w:tab/>), as typed in Word */
const wordTabbed = (lines: readonly string[]) =>
  docx(
    lines
      .map((l) => {
        const [label, rest] = l.split('\t');
        return rest === undefined
          ? wordParagraph(l)
          : `<w:p><w:r><w:t>${label}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">${rest}</w:t></w:r></w:p>`;
      })
      .join(''),
  );
const pdf = (lines: readonly string[]) =>
  planPdf([{ texts: lines.map((t, i) => ({ x: 40, y: 40 + 18 * i, text: t })) }]);
/** a PDF whose labels stand in a column of their own, their text further right (a tab stop) */
const pdfTabbed = (lines: readonly string[]) =>
  planPdf([
    {
      texts: lines.flatMap((l, i) => {
        const [label, rest] = l.split('\t');
        const y = 40 + 18 * i;
        return rest === undefined
          ? [{ x: 40, y, text: l }]
          : [
              { x: 40, y, text: label! },
              { x: 160, y, text: rest },
            ];
      }),
    },
  ]);

describe('labelled paragraphs whose labels have no colon', () => {
  it.each([
    ['a space, in a text file', () => preview(text(plan(' ')))],
    ['a space, in Word', () => preview(word(plan(' ')))],
    ['a space, in a PDF', async () => preview(await pdf(plan(' ')))],
    ['" – ", in a text file', () => preview(text(plan(' – ')))],
    ['a hyphen without spaces, in Word', () => preview(word(plan('-')))],
    ['an em dash, in a PDF', async () => preview(await pdf(plan(' — ')))],
    ['a tab, in a text file (a row of two cells)', () => preview(text(plan('\t')))],
    ['two tabs, in a text file', () => preview(text(plan('\t\t')))],
    ['a tab, in Word', () => preview(wordTabbed(plan('\t')))],
    ['a tab stop, in a PDF (label and text apart)', async () => preview(await pdfTabbed(plan('\t')))],
    ['" : ", in a text file', () => preview(text(plan(' : ')))],
  ])('%s: the four measures with their methods, units and cadences', async (_, read_) => {
    const r = await read_();
    expect(announcedMeasures(r)).toEqual(ANNOUNCED_MEASURES);
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([1, 1, 2, 9]);
    expect(r.warnings.map((w) => w.code)).toEqual(['plan-from-paragraphs']);
  });

  it('the warning names the labels as written, without a colon they do not have', async () => {
    const r = await preview(text(plan(' ')));
    expect(r.warnings[0]!.message_en).toContain(
      'paragraphs opening with column names ("มาตรการที่", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "การติดตามผล"): read as 4 measures',
    );
  });

  it('longer column names, a numbered label before a dash, an OCR slip of a name: read as labels', async () => {
    const r = await preview(
      text([
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        'มาตรการ ป้องกันการใช้ทรัพย์สินของราชการ',
        'ระยะเวลาดำเนินการ ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
        '๒) หน่วยงานที่รับผิดชอบ – กองคลัง',
        'การติคตามผล รายงานผลทุกไตรมาส',
      ]),
    );
    expect(
      r.plan.measures.map((m) => [
        m.indicator,
        m.subMeasures,
        m.timeframe,
        m.followUps.map((f) => f.cadence),
        m.responsible.unitIds,
      ]),
    ).toEqual([[4, ['ป้องกันการใช้ทรัพย์สินของราชการ'], 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗', ['quarterly'], ['finance']]]);
  });
});

describe('a sentence that opens with a column name stays text', () => {
  it('inside a method: run into its text, numbered, or joined on with "และ"/"ของ": the method\'s text, the real fields read', async () => {
    const r = await preview(
      text([
        'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
        'มาตรการที่ 1 จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
        'วิธีดำเนินการ 1) จัดทำประกาศ',
        '2) การติดตามผล ตรวจสอบการเผยแพร่ประกาศ',
        'การติดตามผลการดำเนินงานโดยคณะทำงาน',
        'การติดตามผล และประเมินผลโดยคณะกรรมการ',
        'ผู้รับผิดชอบ ของแต่ละกองจัดทำรายงาน',
        'ระยะเวลา ให้แล้วเสร็จภายในเดือนธันวาคม',
        'การติดตามผล รายงานผลทุกไตรมาส',
        'ผู้รับผิดชอบ สำนักปลัด',
      ]),
    );
    expect(r.plan.measures.map((m) => [m.methods, m.timeframe, m.followUps.map((f) => [f.text, f.cadence])])).toEqual([
      [
        // unnumbered paragraphs under a numbered item are that item's (paragraphsCell)
        [
          'จัดทำประกาศ',
          'การติดตามผล ตรวจสอบการเผยแพร่ประกาศ การติดตามผลการดำเนินงานโดยคณะทำงาน การติดตามผล และประเมินผลโดยคณะกรรมการ ผู้รับผิดชอบ ของแต่ละกองจัดทำรายงาน',
        ],
        'ให้แล้วเสร็จภายในเดือนธันวาคม',
        [['รายงานผลทุกไตรมาส', 'quarterly']],
      ],
    ]);
  });

  it('an indicator heading ("ตัวชี้วัดที่ 1 …") stays a heading, never an indicator label', async () => {
    const r = await preview(text(plan(' ')));
    expect(r.plan.measures.map((m) => m.title)).toEqual([
      'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่',
      'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่',
      'ตัวชี้วัดที่ ๒ การใช้งบประมาณ',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    ]);
  });
});

describe('the no-measures message is true', () => {
  it('labels under each heading, too few for a measure: it names the labels found, and asks for what is missing', async () => {
    const r = await preview(
      text(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'ผู้รับผิดชอบ สำนักปลัด', 'ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'ผู้รับผิดชอบ: กองคลัง']),
    );
    expect(r.plan.measures).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.where, w.message_th])).toEqual([
      [
        'no-measures',
        { line: 2 },
        'บรรทัด ๒: ไม่พบตารางมาตรการในเอกสาร: พบย่อหน้าที่ขึ้นต้นด้วยชื่อคอลัมน์ ("ผู้รับผิดชอบ") แต่ไม่มีหัวข้อตัวชี้วัดหรือมาตรการใดที่มีอย่างน้อยสองส่วนจากวิธีการดำเนินการ ระยะเวลา การติดตามผล และผู้รับผิดชอบอยู่ใต้หัวข้อ จึงอ่านเป็นมาตรการไม่ได้ กรุณาเพิ่มส่วนที่ขาดใต้แต่ละหัวข้อ หรือจัดแผนเป็นตารางที่มีแถวหัวตาราง แล้วนำเข้าใหม่',
      ],
    ]);
  });

  it('headings with only sentences under them: still says no paragraph opens with a column name', async () => {
    const r = await preview(text(['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'การติดตามผล และประเมินผลโดยคณะกรรมการ']));
    expect(r.warnings.map((w) => w.message_en)).toEqual([
      expect.stringContaining('no table header that could be read and no paragraphs opening with column names'),
    ]);
  });
});

describe('"มาตรการ:" labels, two measures under one heading (S20-1 neighbour)', () => {
  it("each keeps the heading's indicator and is titled as a Word table under that heading paragraph titles it", async () => {
    const labelled = plan(': ').map((l) => l.replace(/^มาตรการที่ \d /, 'มาตรการ: '));
    const r = await preview(text(labelled));
    const table = await preview(
      docx(
        wordParagraph('ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่') +
          wordTable([
            HEADER,
            ['จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', '1) จัดทำประกาศ 2) เผยแพร่ทางเว็บไซต์', '', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
            ['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน', '', '', 'รายงานผลปีละครั้ง', 'สำนักปลัด และกองการศึกษา'],
          ]),
      ),
    );
    const titled = (p: Preview) => p.plan.measures.map((m) => [m.measureId, m.indicator, m.title, m.subMeasures]);
    expect(titled(r).slice(0, 2)).toEqual(titled(table));
    expect(titled(r)).toEqual([
      ['i1', 1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', ['จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร']],
      ['i1-2', 1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', ['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน']],
      ['i2', 2, 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ', ['เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน']],
      ['i9', 9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน']],
    ]);
  });
});
