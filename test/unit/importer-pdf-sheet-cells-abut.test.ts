// Tester s54 T3 (session 55): Don Arang's plan as a sheet without gridlines, printed to PDF by
// LibreOffice Calc, read 5 of its 7 measures. A wrapped cell filled to its column's edge ends 2-4 pt
// before the next cell's text, so the line was one piece across three columns, taken for a
// paragraph that ended the table (indicators 7 and 8 lost), and the timeframe went into the
// follow-ups of every row where it abutted. A sheet whose timeframe column is narrower than its
// label lost the column: the label clipped at the column's edge, or wrapped and abutting the next,
// was one header label with it, and the timeframes were read as follow-ups. The sheets and their
// PDFs: test/fixtures/don-arang-shapes (make-sheets.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellPieces } from '../../shared/import/pdf-aligned-pieces.js';
import { pieces } from '../../shared/import/pdf-text-lines.js';
import type { PositionedText } from '../../shared/import/pdf-ruled-tables.js';
import { preview, type Preview } from '../support/plan-table-files.js';

const file = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/don-arang-shapes/${name}`, import.meta.url)));
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

/** What a coordinator checks of each measure: indicator, units, timeframe (spaces aside), follow-ups' cadences and months. */
const seen = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    units: m.responsible.allUnits ? ['*', m.responsible.leadUnitId] : m.responsible.unitIds,
    timeframe: m.timeframe.replace(/\s+/g, ''),
    followUps: m.followUps.map((f) => [f.cadence, f.firstMonth, f.lastMonth]),
  }));
const codes = (r: Preview) => r.warnings.map((w) => w.code);
const SEVEN = [4, 5, 6, 7, 8, 9, 10];

describe("a sheet without gridlines printed to PDF, a cell's text ending just before the next one's", () => {
  it("the landscape sheet reads the text file's seven measures: units, timeframe and follow-ups", async () => {
    const fromPdf = await preview(file('plan-excel-landscape-no-gridlines.pdf'));
    const fromText = await preview(fixture('measures-fy2566-don-arang.txt'));
    expect(seen(fromPdf).map((m) => m.indicator)).toEqual(SEVEN);
    expect(seen(fromPdf)).toEqual(seen(fromText));
    expect(seen(fromPdf).map((m) => m.timeframe)).toEqual(SEVEN.map(() => 'ตลอดปีงบประมาณ'));
    expect(fromPdf.plan.measures[3]!.followUps.map((f) => f.cadence)).toEqual(['april-september']);
    expect(codes(fromPdf)).not.toContain('pdf-text-unplaced');
  });

  it.each(['plan-excel-landscape-no-gridlines', 'plan-excel-14pt', 'plan-excel-portrait', 'report-excel-landscape'])(
    '%s reads the seven measures of the sheet it was printed from',
    async (name) => {
      const fromPdf = await preview(file(`${name}.pdf`));
      const fromSheet = await preview(file(`${name}.xlsx`));
      expect(seen(fromPdf).map((m) => m.indicator)).toEqual(SEVEN);
      expect(seen(fromPdf)).toEqual(seen(fromSheet));
      expect(codes(fromPdf)).not.toContain('pdf-text-unplaced');
    },
  );
});

describe('a sheet whose timeframe column is narrower than its label, printed to PDF', () => {
  it.each([
    'plan-excel-narrow-timeframe',
    'plan-excel-narrow-timeframe-portrait',
    'plan-excel-narrow-timeframe-9pt',
    'report-excel-narrow-timeframe',
    'report-excel-landscape',
  ])('%s keeps the timeframe column: each measure its timeframe, follow-ups as the sheet', async (name) => {
    const fromPdf = await preview(file(`${name}.pdf`));
    const fromSheet = await preview(file(`${name}.xlsx`));
    expect(seen(fromPdf).map((m) => m.timeframe)).toEqual(SEVEN.map(() => 'ตลอดปีงบประมาณ'));
    expect(seen(fromPdf)).toEqual(seen(fromSheet));
  });
});

/** Each measure's sub-measures and follow-ups, as many as a coordinator sees. */
const itemCounts = (r: Preview) => r.plan.measures.map((m) => [m.subMeasures.length, m.followUps.length]);

describe("a sheet fitted to a portrait page's width, its type under 7.5 pt", () => {
  // the word space after a dash item's "-" is 1.5 pt there: "- จัดให้มี…" was read "-จัดให้มี…", one item
  it("the report sheet (about 4.7 pt type) reads the sheet's seven measures, each item apart", async () => {
    const fromPdf = await preview(file('report-excel-portrait.pdf'));
    const fromSheet = await preview(file('report-excel-portrait.xlsx'));
    expect(seen(fromPdf)).toEqual(seen(fromSheet));
    expect(itemCounts(fromPdf)).toEqual(itemCounts(fromSheet));
  });

  it("the plan sheet with a narrow timeframe column: indicator 6's two dash sub-measures", async () => {
    const fromPdf = await preview(file('plan-excel-narrow-timeframe-portrait.pdf'));
    expect(fromPdf.plan.measures[2]!.subMeasures).toHaveLength(2);
    expect(itemCounts(fromPdf)).toEqual(itemCounts(await preview(file('plan-excel-narrow-timeframe-portrait.xlsx'))));
  });

  it('runs 1.5 pt apart are words apart in 4.7 pt type, and one word in 10 pt type', () => {
    const line = (size: number): PositionedText[] => [
      { x: 50, y: 100, width: 1.7, size, text: '-' },
      { x: 53.2, y: 100, width: 20, size, text: 'จัดให้มี' },
    ];
    expect(texts(pieces(line(4.7)))).toEqual(['- จัดให้มี']);
    expect(texts(pieces(line(10)))).toEqual(['-จัดให้มี']);
  });
});

/** A line's runs: each word at x (points), 5 pt a letter, 10 pt type. */
const runs = (words: [number, string][]): PositionedText[] =>
  words.map(([x, text]) => ({ x, y: 100, width: text.length * 5, size: 10, text }));
const texts = (ps: PositionedText[]) => ps.map((p) => p.text);

describe("a line's pieces under a table's columns (starts 40, 200, 330)", () => {
  const starts = [40, 200, 330];

  it('a cell ending 3 pt before the next column, whose text starts at it: two pieces', () => {
    const line = runs([
      [40, 'abcdefghijklmnopqrstuvwxyzabcde'],
      [200, 'next'],
    ]);
    expect(texts(cellPieces(line, starts))).toEqual(['abcdefghijklmnopqrstuvwxyzabcde', 'next']);
  });

  it("a paragraph's wrapped words a space apart, one meeting a column's start and not the other's: one piece", () => {
    const words: [number, string][] = [];
    for (let x = 40; x < 400; x += 40) words.push([x, 'abcdefg']);
    expect(cellPieces(runs(words), starts)).toHaveLength(1);
  });

  it("a header label clipped at its column's edge, the next label drawn over it: two labels", () => {
    const line = runs([
      [40, 'มาตรการ'],
      [200, 'ระยะเวลาดำ'],
      [248, 'การติดตามผล'],
    ]);
    expect(texts(cellPieces(line, [], true))).toEqual(['มาตรการ', 'ระยะเวลาดำ', 'การติดตามผล']);
  });
});
