// Small plan documents built in a test: a Word body of paragraphs and tables (on the frame of
// 05-standard.docx), a workbook of sheets with merged ranges (exceljs), or tab-separated text; and
// what the importer previews of one. The base plan's rows are in base-plan-rows.ts.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { HEADER, timeframeRow, TITLE } from './base-plan-rows.js';

export const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};
export type Preview = Awaited<ReturnType<typeof preview>>;

/** A cell of a Word table: its text (lines as paragraphs), over `span` grid columns, shaded by `shd` (w:shd's attributes). */
export interface WordCell {
  text: string;
  span?: number;
  shd?: string;
  vMerge?: 'restart' | 'continue';
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const wordCell = (c: string | WordCell) => {
  const { text, span, shd, vMerge } = typeof c === 'string' ? { text: c, span: 1 } : { span: 1, ...c };
  const inner =
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
    (vMerge ? `<w:vMerge w:val="${vMerge}"/>` : '') +
    (shd ? `<w:shd ${shd}/>` : '');
  const props = inner ? `<w:tcPr>${inner}</w:tcPr>` : '';
  return `<w:tc>${props}${text.split('\n').map(paragraph).join('') || '<w:p/>'}</w:tc>`;
};
/** A Word table of `rows` (cells as text or {text, span}). */
export const wordTable = (rows: readonly (readonly (string | WordCell)[])[], columns = 5) =>
  `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1805"/>'.repeat(columns)}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(wordCell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
export const wordParagraph = paragraph;

const standardDocx = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));
/** A .docx whose body is `body` (paragraphs and tables), on 05-standard.docx's frame. */
export function docx(body: string): Uint8Array {
  const zip = unzipSync(standardDocx);
  const xml = strFromU8(zip['word/document.xml']!);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.indexOf('<w:sectPr');
  zip['word/document.xml'] = strToU8(xml.slice(0, start) + body + xml.slice(end));
  return zipSync(zip);
}

/** A sheet: rows of cells, ranges to merge ("A1:E1"), and cells' fills by address ("D5"). */
export interface SheetSpec {
  name: string;
  rows: readonly (readonly (string | number | null)[])[];
  merges?: readonly string[];
  fills?: Readonly<Record<string, ExcelJS.Fill>>;
}
export async function xlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [address, fill] of Object.entries(s.fills ?? {})) ws.getCell(address).fill = fill;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Tab-separated text of rows (a cell's lines joined by a space, as OCR text has them). */
export const tsv = (rows: readonly (readonly string[])[]) =>
  new TextEncoder().encode(rows.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')).join('\n'));

/** What a coordinator sees of each measure: indicator, follow-ups' cadences, units. */
export const measuresOf = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.allUnits ? ['*', m.responsible.leadUnitId] : m.responsible.unitIds,
  }));
/**
 * Each measure as a coordinator checks rows joined into it or split from it: id, indicator, methods,
 * timeframe, follow-ups ("<cadence> <text>"), units.
 */
export const measureDetailsOf = (r: Preview) =>
  r.plan.measures.map((m) => ({
    id: m.measureId,
    indicator: m.indicator,
    methods: m.methods,
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => `${f.cadence} ${f.text}`),
    units: m.responsible.unitIds,
  }));
/** Each measure's timeframe as written, its notes, and its follow-ups' months as [first, last] (undefined: all year). */
export const timeframeMonthsOf = (r: Preview) =>
  r.plan.measures.map((m) => ({
    timeframe: m.timeframe,
    notes: m.notes ?? [],
    followUps: m.followUps.map((f) => [f.firstMonth, f.lastMonth]),
  }));
/** What a coordinator sees of each measure's follow-ups' times: cadence, due date, first and last month. */
export const followUpTimesOf = (r: Preview) =>
  r.plan.measures.map((m) =>
    m.followUps.map((f) => ({
      cadence: f.cadence,
      ...(f.dueDate ? { dueDate: f.dueDate } : {}),
      ...(f.firstMonth ? { firstMonth: f.firstMonth } : {}),
      ...(f.lastMonth ? { lastMonth: f.lastMonth } : {}),
    })),
  );
/**
 * A follow-up's text read as the only follow-up of a one-row plan (FY 2567, the timeframe the whole
 * year): its times (followUpTimesOf), the Thai messages of its cadence-guessed warnings, and every
 * warning's code.
 */
export const readFollowUpAlone = async (followUp: string) => {
  const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, 'ตลอดปีงบประมาณ', followUp)]));
  const said = r.warnings.filter((w) => w.code === 'cadence-guessed').map((w) => w.message_th);
  return { times: followUpTimesOf(r)[0], said, codes: r.warnings.map((w) => w.code) };
};
