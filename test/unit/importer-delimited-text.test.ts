// Review 17 s9, entry 1: a plan sheet saved by Excel as "Text (Tab delimited)" or "Unicode Text",
// or by LibreOffice with "quote all text cells", imported 0 measures ("no measures table was
// found"): a cell with lines (Alt+Enter) is written in double quotes with the line breaks inside,
// and the quotes stayed in the cells. Quoted cells are now read as RFC 4180 says.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { HEADER, LINED_ROWS, TITLE } from '../support/base-plan-rows.js';

/** LINED_ROWS, i4's first method with a word in double quotes (a quoted cell doubles them) */
const ROWS = LINED_ROWS.map((row, r) =>
  r === 0 ? row.map((cell, c) => (c === 1 ? ['๑. จัดทำคู่มือ "การยืมคืนพัสดุ"', ...cell.slice(1)] : cell)) : row,
);

const EXPECTED = [
  { indicator: 4, cadences: ['monthly', 'semiannual'], unitIds: ['finance'], allUnits: false, subMeasures: 1 },
  { indicator: 5, cadences: ['quarterly'], unitIds: ['clerk'], allUnits: true, subMeasures: 2 },
  {
    indicator: 9,
    cadences: ['april-september', 'annual'],
    unitIds: ['engineering', 'education'],
    allUnits: false,
    subMeasures: 0,
  },
];

/** A cell as a spreadsheet writes it: in quotes when it holds a line break, the delimiter or a quote, or always. */
const field = (lines: string[], delimiter: string, quoteAll = false) => {
  const text = lines.join('\n');
  const quote = quoteAll || /["\n]/.test(text) || text.includes(delimiter);
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The sheet saved as delimited text: the title lines, the header, the rows; CRLF between records. */
function sheet(delimiter: string, options: { joinLines?: boolean; quoteAll?: boolean; padTitle?: boolean } = {}) {
  const record = (cells: string[][]) =>
    cells.map((c) => field(options.joinLines ? [c.join(' ')] : c, delimiter, options.quoteAll)).join(delimiter);
  const pad = options.padTitle ? delimiter.repeat(HEADER.length - 1) : '';
  return [...TITLE.map((t) => record([[t]]) + pad), record(HEADER.map((h) => [h])), ...ROWS.map(record)].join('\r\n');
}

const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf8'));
const utf16leWithBom = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));

async function imported(bytes: Uint8Array) {
  const { kind, document } = await readPlanFile(bytes);
  const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    kind,
    title: plan.title,
    warnings: warnings.map((w) => w.code),
    methods: plan.measures.map((m) => m.methods),
    measures: plan.measures.map((m) => ({
      indicator: m.indicator,
      cadences: m.followUps.map((f) => f.cadence),
      unitIds: m.responsible.unitIds,
      allUnits: m.responsible.allUnits,
      subMeasures: m.subMeasures.length,
    })),
  };
}

describe('a plan sheet saved as tab-delimited text with quoted cells reads as its table', () => {
  it('Excel "Text (Tab delimited)", cells with Alt+Enter lines in quotes: 3 measures, each line an item (was 0, no-measures)', async () => {
    const got = await imported(utf8(sheet('\t')));
    expect(got.kind).toBe('text');
    expect(got.measures).toEqual(EXPECTED);
    expect(got.warnings).toEqual([]);
    expect(got.title).toBe(TITLE.join(' '));
    // a doubled quote inside a quoted cell is one quote
    expect(got.methods[0]).toEqual(['จัดทำคู่มือ "การยืมคืนพัสดุ"', 'ประชาสัมพันธ์ให้บุคลากรทราบ']);
  });

  it('Excel "Unicode Text" (UTF-16 LE with a BOM, quoted multi-line cells) gives the same 3 measures', async () => {
    expect((await imported(utf16leWithBom(sheet('\t')))).measures).toEqual(EXPECTED);
  });

  it('LibreOffice "quote all text cells", one line per row: the quotes are not read into the cells', async () => {
    const got = await imported(utf8(sheet('\t', { joinLines: true, quoteAll: true, padTitle: true })));
    expect(got.title).toBe(TITLE.join(' '));
    expect(got.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(got.measures.map((m) => m.unitIds)).toEqual(EXPECTED.map((m) => m.unitIds));
    expect(got.warnings).toEqual([]);
  });

  it('tab-separated text with a quote that opens a cell and never closes is read as plain text, as before', async () => {
    const text = sheet('\t', { joinLines: true }).replace('\t๑. เสนอผู้บริหาร', '\t"๑. เสนอผู้บริหาร');
    const got = await imported(utf8(text));
    expect(got.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
  });
});

/** Text in Windows code page 874 (Excel's "CSV (Comma delimited)" on Thai Windows): Thai at 0xA1-0xFB. */
const cp874 = (text: string) =>
  new Uint8Array(
    [...text].map((c) => (c >= '\u0e01' && c <= '\u0e5b' ? c.charCodeAt(0) - 0x0e00 + 0xa0 : c.charCodeAt(0))),
  );

describe('a plan sheet saved as CSV reads as its table (review 17 s9, entry 4)', () => {
  it('Excel "CSV UTF-8" (BOM, commas, quoted multi-line cells, title padded with commas): 3 measures, the title without commas (was 0, no-measures)', async () => {
    const got = await imported(utf8(sheet(',', { padTitle: true }), true));
    expect(got.measures).toEqual(EXPECTED);
    expect(got.title).toBe(TITLE.join(' '));
    expect(got.warnings).toEqual([]);
  });

  it('Excel "CSV (Comma delimited)" on Thai Windows (code page 874) gives the same 3 measures', async () => {
    expect((await imported(cp874(sheet(',', { padTitle: true })))).measures).toEqual(EXPECTED);
  });

  it('a CSV of one line per row with a budget "๒๐,๐๐๐ บาท" in quotes keeps the amount in one cell', async () => {
    const rows = sheet(',', { joinLines: true }).split('\r\n');
    rows[2] += ',งบประมาณ';
    for (let i = 3; i < rows.length; i++) rows[i] += ',"๒๐,๐๐๐ บาท"';
    const got = await imported(utf8(rows.join('\n')));
    expect(got.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(got.measures.map((m) => m.unitIds)).toEqual(EXPECTED.map((m) => m.unitIds));
  });
});

describe('a plan sheet saved as ";"-separated CSV reads as its table (review 17 s15, S15-15)', () => {
  it('Excel in a European locale (UTF-8 BOM, ";" between cells, quoted multi-line cells, padded title): 3 measures (was 0, no-measures)', async () => {
    const got = await imported(utf8(sheet(';', { padTitle: true }), true));
    expect(got.measures).toEqual(EXPECTED);
    expect(got.title).toBe(TITLE.join(' '));
    expect(got.warnings).toEqual([]);
  });

  it('";" in code page 874, one line per row, every text cell quoted: the same measures', async () => {
    const got = await imported(cp874(sheet(';', { joinLines: true, quoteAll: true })));
    expect(got.measures.map((m) => [m.indicator, m.unitIds])).toEqual(EXPECTED.map((m) => [m.indicator, m.unitIds]));
  });

  it('";" with commas inside cells ("กองช่าง, กองการศึกษา", "๒๐,๐๐๐ บาท") keeps each cell whole', async () => {
    const rows = sheet(';', { joinLines: true }).split('\r\n');
    rows[2] += ';งบประมาณ';
    for (let i = 3; i < rows.length; i++) rows[i] += ';๒๐,๐๐๐ บาท';
    rows[5] = rows[5]!.replace('กองช่าง กองการศึกษา', 'กองช่าง, กองการศึกษา');
    const got = await imported(utf8(rows.join('\n')));
    expect(got.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(got.measures.map((m) => m.unitIds)).toEqual(EXPECTED.map((m) => m.unitIds));
  });
});
