// Review 17 s9, entry 4: the "Word" file many web systems export (an HTML <table> saved as .doc)
// was read as text: 0 measures, "no measures table was found". A Rich Text file (.rtf), a
// single-file web page (.mht) and an OpenDocument file got the same message or "a zip that is
// neither .docx nor .xlsx". HTML tables are now read; the others are refused naming the format.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { HEADER, LINED_ROWS, TITLE } from '../support/base-plan-rows.js';

const EXPECTED = [
  { indicator: 4, cadences: ['monthly', 'semiannual'], unitIds: ['finance'] },
  { indicator: 5, cadences: ['quarterly'], unitIds: ['clerk'] },
  { indicator: 9, cadences: ['april-september', 'annual'], unitIds: ['engineering', 'education'] },
];

/** The plan as an e-office system's "export to Word": title paragraphs, a bordered table, <br> between lines. */
function htmlPlan(options: { charset?: string; cellLines?: (lines: string[]) => string } = {}) {
  const lines = options.cellLines ?? ((l: string[]) => l.join('<br>'));
  return [
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">`,
    `<head><meta charset="${options.charset ?? 'utf-8'}"><title>plan</title><style>td { border: 1px solid }</style></head><body>`,
    ...TITLE.map((t) => `<p>${t}</p>`),
    '<table border="1">',
    `<tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>`,
    ...LINED_ROWS.map((r) => `<tr>${r.map((c) => `<td>${lines(c)}</td>`).join('')}</tr>`),
    '</table></body></html>',
  ].join('\n');
}

/** Windows code page 874 bytes of Thai and ASCII text. */
const cp874 = (text: string) =>
  new Uint8Array(
    [...text].map((c) => (c >= '\u0e01' && c <= '\u0e5b' ? c.charCodeAt(0) - 0x0e00 + 0xa0 : c.charCodeAt(0))),
  );

async function imported(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    title: plan.title,
    warnings: warnings.map((w) => `${w.code} ${w.message_en}`),
    subMeasures: plan.measures.map((m) => m.subMeasures.length),
    measures: plan.measures.map((m) => ({
      indicator: m.indicator,
      cadences: m.followUps.map((f) => f.cadence),
      unitIds: m.responsible.unitIds,
    })),
  };
}

describe('an HTML table saved as .doc (a web system\'s "export to Word") reads as its table', () => {
  it("UTF-8 with <br> between a cell's lines: the 3 measures, each line an item (was 0, no-measures)", async () => {
    const got = await imported(new Uint8Array(Buffer.from(htmlPlan())));
    expect(got.measures).toEqual(EXPECTED);
    expect(got.subMeasures).toEqual([1, 2, 0]);
    expect(got.title).toBe(TITLE.join(' '));
    expect(got.warnings).toEqual([]);
  });

  it('windows-874 with <p> paragraphs in the cells and character references gives the same measures', async () => {
    const html = htmlPlan({
      charset: 'windows-874',
      cellLines: (l) =>
        l.map((p) => `<p class="MsoNormal">${p.replace('ทุกเดือน', 'ทุก&nbsp;เดือน')}<o:p></o:p></p>`).join(''),
    });
    expect((await imported(cp874(html))).measures).toEqual(EXPECTED);
  });

  it('a unit cell merged down two rows (rowspan) and a title row merged across the table (colspan)', async () => {
    const html = htmlPlan()
      .replace('<table border="1">', `<table border="1"><tr><td colspan="5">แผนปฏิบัติการ</td></tr>`)
      .replace('<td>กองคลัง</td>', '<td rowspan="2">กองคลัง</td>')
      .replace('<td>สำนักปลัด ทุกกองงาน</td>', '');
    const got = await imported(new Uint8Array(Buffer.from(html)));
    expect(got.measures.map((m) => [m.indicator, m.unitIds])).toEqual([
      [4, ['finance']],
      [5, ['finance']],
      [9, ['engineering', 'education']],
    ]);
  });
});

async function refusal(bytes: Uint8Array) {
  const error = await readPlanFile(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  const v = error as ValidationError;
  expect(v.fields.map((f) => f.path)).toEqual([PLAN_FILE_FIELD]);
  return v;
}

describe('a format the importer does not read is refused naming it and what to do', () => {
  it('Rich Text (.rtf) is refused "save as .docx" (was read as text: title "{\\rtf1…", no-measures)', async () => {
    const v = await refusal(
      new Uint8Array(Buffer.from('{\\rtf1\\ansi\\deff4\\adeflang1025\n{\\fonttbl{\\f0 Times;}}\n}')),
    );
    expect(v.message_th).toContain('Rich Text (.rtf)');
    expect(v.message_th).toContain('บันทึกเป็น .docx');
    expect(v.message_en).toContain('save it as .docx');
  });

  it('a single-file web page (.mht) is refused "save as .docx"', async () => {
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n';
    expect((await refusal(new Uint8Array(Buffer.from(mht)))).message_th).toContain('(.mht)');
  });

  it('an OpenDocument text or sheet (.odt/.ods) is refused "save as .docx or .xlsx" (was "neither .docx nor .xlsx")', async () => {
    for (const type of ['text', 'spreadsheet']) {
      const odf = zipSync({
        mimetype: strToU8(`application/vnd.oasis.opendocument.${type}`),
        'content.xml': strToU8('<office:document-content/>'),
      });
      const v = await refusal(odf);
      expect(v.message_th).toContain('OpenDocument');
      expect(v.message_th).toContain('.docx หรือ .xlsx');
    }
  });
});
