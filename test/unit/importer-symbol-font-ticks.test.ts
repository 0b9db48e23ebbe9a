// Review 17 s15, S15-16: tick boxes typed in a symbol font (Word's Insert > Symbol, Wingdings
// "þ"/"¨" in Excel, text pasted in Wingdings, a legacy FORMCHECKBOX) were dropped, so a units
// tick list read as every unit ticked: the unticked units owed the measure's duties, 0 warnings.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const HOLE = '@@CELL@@';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
const formBox = (checked: boolean) =>
  `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** The base plan as a .docx with i4's cell in `column` (0-based) written as the runs `runs`. */
const planWithCell = (column: number, runs: string) => {
  const i4 = [...M4];
  i4[column] = HOLE;
  const body = TITLE.map(wordParagraph).join('') + wordTable([HEADER, i4, M5, M9]);
  return docx(body.replace(`<w:r><w:t xml:space="preserve">${HOLE}</w:t></w:r>`, runs));
};
const i4Of = async (bytes: Uint8Array) => {
  const r = await preview(bytes);
  return { measure: r.plan.measures.find((m) => m.indicator === 4)!, warnings: r.warnings.map((w) => w.code) };
};

describe('tick boxes in a symbol font', () => {
  const units = (box: (ticked: boolean) => string) =>
    `${box(true)}${run(' กองคลัง ')}${box(false)}${run(' กองช่าง ')}${box(false)}${run(' สำนักปลัด')}`;

  it('Word Insert > Symbol (Wingdings ☑/☐): only the ticked unit, with the tick-list warning', async () => {
    const { measure, warnings } = await i4Of(
      planWithCell(
        4,
        units((t) => sym('Wingdings', t ? 'F0FE' : 'F0A8')),
      ),
    );
    expect(measure.responsible.unitIds).toEqual(['finance']);
    expect(warnings).toContain('unit-guessed');
  });

  it('Wingdings 2 symbols, and Wingdings boxes pasted as text: the same', async () => {
    const two = await i4Of(
      planWithCell(
        4,
        units((t) => sym('Wingdings 2', t ? 'F052' : 'F0A3')),
      ),
    );
    expect(two.measure.responsible.unitIds).toEqual(['finance']);
    const pasted = await i4Of(
      planWithCell(
        4,
        units((t) => run(t ? '\uf0fe' : '\uf0a8')),
      ),
    );
    expect(pasted.measure.responsible.unitIds).toEqual(['finance']);
  });

  // review 17 s16, S16-2: the usual Thai way types the box as a letter in a symbol font
  const inFont = (font: string, text: string) =>
    `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

  it('Word boxes typed as letters in a symbol font ("R"/"£" in Wingdings 2, "þ"/"¨" in Wingdings): only the ticked unit', async () => {
    for (const [font, ticked, empty] of [
      ['Wingdings 2', 'R', '£'],
      ['Wingdings', 'þ', '¨'],
      ['Wingdings 2', 'P', '*'],
    ] as const) {
      const { measure, warnings } = await i4Of(
        planWithCell(
          4,
          units((t) => inFont(font, t ? ticked : empty)),
        ),
      );
      expect(measure.responsible.unitIds, `${font} ${ticked}/${empty}`).toEqual(['finance']);
      expect(warnings).toContain('unit-guessed');
    }
  });

  it('Wingdings 2 boxes pasted as private-use text (U+F052/U+F0A3, as in a PDF text layer): only the ticked unit', async () => {
    for (const [ticked, empty] of [
      ['\uf052', '\uf0a3'],
      ['\uf054', '\uf02a'],
      ['\uf050', '\uf0a3'],
    ]) {
      const { measure } = await i4Of(
        planWithCell(
          4,
          units((t) => run(t ? ticked! : empty!)),
        ),
      );
      expect(measure.responsible.unitIds).toEqual(['finance']);
    }
  });

  it('letters in a Thai font stay letters: "R" in TH SarabunPSK is no box', async () => {
    const { measure } = await i4Of(planWithCell(4, `${inFont('TH SarabunPSK', 'กองคลัง R กองช่าง')}`));
    expect(measure.responsible.unitIds).toEqual(['finance', 'engineering']);
  });

  it('a legacy form check box (FORMCHECKBOX) reads its checked state', async () => {
    const { measure } = await i4Of(planWithCell(4, units(formBox)));
    expect(measure.responsible.unitIds).toEqual(['finance']);
  });

  it('a cadence ticked with Wingdings boxes gives the ticked cadence', async () => {
    const follow = `${run('รายงานผลต่อผู้บริหาร ')}${sym('Wingdings', 'F0A8')}${run(' รายเดือน ')}${sym('Wingdings', 'F0FE')}${run(' รายไตรมาส ')}${sym('Wingdings', 'F0A8')}${run(' ราย ๖ เดือน')}`;
    const { measure } = await i4Of(planWithCell(3, follow));
    expect(measure.followUps.map((f) => f.cadence)).toEqual(['quarterly']);
  });

  it('Excel: "þ" and "¨" in a Wingdings rich-text run are ☑ and ☐', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    for (const line of TITLE) ws.addRow([line]);
    ws.addRow(HEADER);
    const i4 = ws.addRow([...M4].map((c) => c.replace(/\n/g, ' ')));
    const wing = { name: 'Wingdings' };
    i4.getCell(5).value = {
      richText: [
        { text: 'þ', font: wing },
        { text: ' กองคลัง ' },
        { text: '¨', font: wing },
        { text: ' กองช่าง ' },
        { text: '¨', font: wing },
        { text: ' สำนักปลัด' },
      ],
    };
    for (const m of [M5, M9]) ws.addRow(m.map((c) => c.replace(/\n/g, ' ')));
    const { measure } = await i4Of(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(measure.responsible.unitIds).toEqual(['finance']);
  });

  it("Excel: a cell in Wingdings whose words are set in a Thai font: the boxes (runs of the cell's font) are ☑ and ☐", async () => {
    /** i4's unit cell in `cellFont`, its runs as given: boxes without a font name of their own */
    const i4With = async (cellFont: string, runs: ExcelJS.RichText[]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('แผน');
      for (const line of TITLE) ws.addRow([line]);
      ws.addRow(HEADER);
      const i4 = ws.addRow([...M4].map((c) => c.replace(/\n/g, ' ')));
      i4.getCell(5).font = { name: cellFont };
      i4.getCell(5).value = { richText: runs };
      for (const m of [M5, M9]) ws.addRow(m.map((c) => c.replace(/\n/g, ' ')));
      return (await i4Of(new Uint8Array(await wb.xlsx.writeBuffer()))).measure.responsible.unitIds;
    };
    const thai = (text: string) => ({ text, font: { name: 'TH SarabunPSK' } });
    expect(
      await i4With('Wingdings', [
        { text: 'þ' },
        thai(' กองคลัง '),
        { text: '¨' },
        thai(' กองช่าง '),
        { text: '¨' },
        thai(' สำนักปลัด'),
      ]),
    ).toEqual(['finance']);
    // Wingdings 2's ☑ "R" and ☐ "£"
    expect(
      await i4With('Wingdings 2', [
        { text: '£' },
        thai(' กองคลัง '),
        { text: 'R' },
        thai(' กองช่าง '),
        { text: '£' },
        thai(' สำนักปลัด'),
      ]),
    ).toEqual(['engineering']);
    // boxes with a font of their own that names no typeface (bold): still the cell's Wingdings
    expect(
      await i4With('Wingdings', [
        { text: '¨', font: { bold: true } },
        thai(' กองคลัง '),
        { text: '¨', font: { bold: true } },
        thai(' กองช่าง '),
        { text: 'þ', font: { bold: true } },
        thai(' สำนักปลัด'),
      ]),
    ).toEqual(['clerk']);
  });
});
