// A plan written as paragraphs whose colon-less labels stand after a list's marker ("- ผู้รับผิดชอบ
// สำนักปลัด", "• การติดตามผล รายงานผลทุกเดือน", "- ผู้รับผิดชอบ คือ สำนักปลัด") gave 0 measures and a
// message saying the parts were missing, in text, in Word (a real bullet list, w:numPr) and in its PDF
// (review 17 s22, S22-7). The marker is no part of the label: a label after a marker and a space
// alone opens a field where one fits (a field the measure has not yet, not among the field's own
// items with the same marker), else it is an item of the field above, as before.
// Fixtures: test/fixtures/bulleted-labels/word-bullets-{dash,symbol,numbered}.docx (S20-1's plan, its
// labels a Word list: bullet "-", Word's Symbol bullet, "1)" numbering per measure) with their
// LibreOffice 7 PDFs (`soffice --headless --convert-to pdf`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNOUNCED_MEASURES, announcedMeasures, labelledAnnouncement } from '../support/labelled-announcement.js';
import { preview, type Preview } from '../support/plan-table-files.js';

/** S20-1's announcement, each label after `marker` and a space (and `joining` before its text). */
const plan = (marker: string, joining = '') =>
  labelledAnnouncement((label, text) => `${marker}${label} ${joining}${text}`);

const text = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const fixture = (name: string) =>
  preview(new Uint8Array(readFileSync(new URL(`../fixtures/bulleted-labels/${name}`, import.meta.url))));

const expectFourMeasures = (r: Preview) => {
  expect(announcedMeasures(r)).toEqual(ANNOUNCED_MEASURES);
  expect(r.plan.measures.map((m) => m.indicator)).toEqual([1, 1, 2, 9]);
  expect(r.warnings.map((w) => w.code)).toEqual(['plan-from-paragraphs']);
  expect(r.warnings[0]!.message_en).toContain(
    'paragraphs opening with column names ("มาตรการที่", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "การติดตามผล"): read as 4 measures',
  );
};

describe('colon-less labels after a list marker, in a text file', () => {
  it.each([
    ['"- " (a dash)', '- '],
    ['"• " (a bullet)', '• '],
  ])('%s: the four measures with their methods, units and cadences', async (_, marker) => {
    expectFourMeasures(await preview(text(plan(marker))));
  });

  it('"- ผู้รับผิดชอบ คือ สำนักปลัด": the four measures, "คือ" neither a unit nor a follow-up\'s text', async () => {
    expectFourMeasures(await preview(text(plan('- ', 'คือ '))));
  });

  it.each([
    ['"◦"', '◦ '],
    ['"▪"', '▪ '],
    ['"➢"', '➢ '],
    ['"*"', '* '],
    ['"o" (Word\'s second-level bullet as text)', 'o '],
    ["Word's Symbol bullet as a PDF's text (U+F0B7)", '\uF0B7 '],
    ['"-" with no space after it', '-'],
  ])('other markers, %s: the four measures', async (_, marker) => {
    expectFourMeasures(await preview(text(plan(marker))));
  });

  it('each measure\'s labels numbered "๑)", "1)": the four measures', async () => {
    const numbered = (digits: readonly string[]) => {
      let n = 0;
      return plan('#').map((l) =>
        l.startsWith('มาตรการที่') ? ((n = 0), l) : l.replace(/^#/, () => `${digits[n++]}) `),
      );
    };
    expectFourMeasures(await preview(text(numbered(['๑', '๒', '๓']))));
    expectFourMeasures(await preview(text(numbered(['1', '2', '3']))));
  });
});

describe('a Word list of colon-less labels, and its PDF', () => {
  it.each([
    'word-bullets-dash.docx',
    'word-bullets-dash.pdf',
    'word-bullets-symbol.docx',
    'word-bullets-symbol.pdf',
    'word-bullets-numbered.docx',
    'word-bullets-numbered.pdf',
  ])('%s: the four measures with their methods, units and cadences', async (name) => {
    expectFourMeasures(await fixture(name));
  });
});

describe("a column name opening a field's item stays the item", () => {
  it('"- การติดตามผล …" among a method\'s "-" items, and a "2)" item after "1)" on the label\'s line: the method\'s', async () => {
    const r = await preview(
      text([
        'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
        'มาตรการที่ 1 จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
        'วิธีดำเนินการ:',
        '- จัดทำประกาศ',
        '- การติดตามผล ตรวจสอบการเผยแพร่ประกาศ',
        'ระยะเวลา 1) ตุลาคม 2566',
        '2) การติดตามผล ตรวจสอบทุกสิ้นเดือน',
        '- การติดตามผล รายงานผลทุกไตรมาส',
        '- ผู้รับผิดชอบ สำนักปลัด',
      ]),
    );
    expect(r.plan.measures.map((m) => [m.methods, m.timeframe, m.followUps.map((f) => [f.text, f.cadence])])).toEqual([
      [
        ['จัดทำประกาศ', 'การติดตามผล ตรวจสอบการเผยแพร่ประกาศ'],
        expect.stringContaining('การติดตามผล ตรวจสอบทุกสิ้นเดือน'),
        [['รายงานผลทุกไตรมาส', 'quarterly']],
      ],
    ]);
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['clerk']]);
  });

  it('a follow-up label again after the follow-up, bulleted: an item of the follow-ups, no second measure', async () => {
    const r = await preview(
      text([
        'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
        'มาตรการที่ 1 จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
        '- การติดตามผล รายงานผลทุกเดือน',
        '- การติดตามผล สรุปผลปีละครั้ง',
        '- ผู้รับผิดชอบ สำนักปลัด',
      ]),
    );
    expect(r.plan.measures.map((m) => [m.measureId, m.followUps.map((f) => f.cadence), m.responsible.unitIds])).toEqual(
      [['i1', ['monthly', 'annual'], ['clerk']]],
    );
  });
});
