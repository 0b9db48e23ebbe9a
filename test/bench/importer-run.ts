// The importer's time on 1 MB of adversarial input against 1 MB of ordinary input (issue 17: any
// input up to the size limit is imported or refused in time proportional to its size; goal <= 3x).
// Both go through what POST /plan-imports runs: readPlanFile, then importSourceDocument.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import {
  formattedEmptyRow,
  standardDocumentWithCellText,
  standardDocumentWithParagraphs,
  standardDocumentWithRows,
  standardWorkbookWithRows,
  wordParagraph,
  wordRow,
} from '../support/big-plan-files.js';
import { manyItemsPdf } from '../support/many-items-pdf.js';
import { type Stats, stats } from './harness.js';

const MB = 1024 * 1024;
const SEED = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');
const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';

const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));

/** The seed document repeated to 1 MB: what a large ordinary plan looks like. */
export function ordinaryInput(): string {
  return fill(`${SEED}\n`, MB);
}

/** "กองคลั" + a count in Thai letters: distinct words a slip or two from a unit's name. */
const nearName = (i: number) => `กองคลั${String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!)}`;

/**
 * 1 MB built from what made the importer slow or could, about a tenth each: unclosed "<" with half
 * indicator headings (tag stripping, heading similarity), a run of blank lines and one of tabs
 * (blocks and cells per line), "- " bullets and "๑. " numbering (list splitting), runs of spaces,
 * no-break and zero-width spaces (whitespace replacement), decomposed sara am and swapped tone marks
 * (normalisation), period-like phrases and near unit names (the results-report cut, unit matching),
 * headings followed by one long word (the indicator's name by similarity), responsibility cells of
 * 200 distinct near unit names each (unit matching by similarity), header-like rows and heading-only
 * rows (header and measure detection; last, as only the first 500 measures are read).
 */
export function adversarialInput(): string {
  const part = (s: string) => fill(s, MB / 10);
  const row = (...cells: string[]) => `${cells.join('\t')}\n`;
  const nearNameRows: string[] = [];
  for (let i = 0, bytes = 0; bytes < MB / 10; i++) {
    const names = Array.from({ length: 200 }, (_, j) => nearName(i * 200 + j)).join('/');
    nearNameRows.push(row(`ตัวชี้วัดที่ ๙`, 'x', 'y', 'z', names));
    bytes += Buffer.byteLength(nearNameRows.at(-1)!);
  }
  const text = [
    HEADER,
    row(fill('<', MB / 24) + fill(' ตัวชี้ ๑', MB / 24), 'x', 'y', 'z', 'กองคลัง'),
    part('\n'),
    part('\t'),
    row('ตัวชี้วัดที่ ๔', fill('- ', MB / 16), 'y', fill('๑. ', MB / 48), 'กองคลัง'),
    row('ตัวชี้วัดที่ ๕', part(' \u00a0\u200b '), 'y', 'z', 'กองคลัง'),
    row('ตัวชี้วัดที่ ๖', part('น\u0e4d\u0e32ช\u0e49\u0e35 '), 'y', 'z', 'กองคลัง'),
    row('ตัวชี้วัดที่ ๗', 'x', 'y', fill('เมษายน ๒๕๖๖ ', MB / 20), fill('กองค ', MB / 20)),
    part(row(`ตัวชี้วัดที่ ๘ ${'ก'.repeat(600)}`, 'x', 'y', 'z', 'กองคลัง')),
    nearNameRows.join(''),
    part('มาตรการ\tวิธี\tระยะเวลา\n'),
    part('ตัวชี้วัดที่ ๔\tx\ty\tz\tกองคลัง\n'),
  ].join('');
  let cut = text;
  while (Buffer.byteLength(cut) > MB) cut = cut.slice(0, cut.length - Math.ceil((Buffer.byteLength(cut) - MB) / 3));
  return cut;
}

/**
 * 1 MB of responsibility cells naming units again and again (what made unit matching quadratic:
 * 'กองคลัง/' x 16,000 took 10 s): one name repeated, one OCR slip of a name repeated, and distinct
 * near names, a third each, one row per 32 KB cell.
 */
export function repeatedUnitsInput(): string {
  const cell = 32 * 1024;
  const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);
  const near = Array.from({ length: 4000 }, (_, i) => `กองค${thaiNo(i)}`).join('/');
  const cells = [fill('กองคลัง/', cell), fill('กองคลง/', cell), near.slice(0, cell / 3)];
  const rows: string[] = [HEADER];
  for (let i = 0; Buffer.byteLength(rows.join('')) < MB - cell * 3; i++) {
    rows.push(`ตัวชี้วัดที่ ${(i % 10) + 1}\tx\ty\tรายงานทุกเดือน\t${cells[i % cells.length]}\n`);
  }
  return rows.join('');
}

/**
 * 1 MB of follow-ups that name no cadence (review 17 s11, S11-42: the search for cadence phrases one
 * OCR slip away cost ~15x the ordinary there): measures of 100 numbered follow-ups of ~280
 * characters each, in the wording plans use ("รายงานผล…ต่อที่ประชุม…"), none naming a cadence.
 */
export function noCadenceInput(): string {
  const wording = 'รายงานผลการดำเนินงานตามมาตรการต่อที่ประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ ';
  const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
  const rows: string[] = [HEADER];
  for (let i = 0, size = 0; size < MB; i++) {
    const followUps = Array.from(
      { length: 100 },
      (_, j) => `${thaiNo(j + 1)}. ${wording.repeat(3)}เรื่องที่ ${thaiNo(i * 100 + j)}`,
    ).join(' ');
    rows.push(`ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการที่ ${i + 1}	ดำเนินการ	ตลอดปี	${followUps}	กองคลัง
`);
    size += Buffer.byteLength(rows.at(-1)!);
  }
  return rows.join('');
}

/**
 * 1 MB of short rows after a 3-measure plan (review 17 s12, S12-6): "ก" and four empty cells per
 * line, as an OCR of a page of ticks or a sheet exported with its empty formatted rows gives. Rows
 * were grouped by copying each group (quadratic: 40,000 rows took 48 s); then linear but each row
 * read in full (34x); now a short row repeated is classified once (plain-rows.ts) and rows past a
 * table's 500 measures are only counted.
 */
export function shortRowsInput(): string {
  const plan = SEED.slice(0, SEED.indexOf('\n', SEED.indexOf('ตัวชี้วัดที่ ๖')));
  return `${plan}\n${fill('ก\t\t\t\t\n', MB - Buffer.byteLength(plan))}`;
}

/**
 * The short rows of shortRowsInput each different ("ก0", "ก1", … and four empty cells; found in
 * session 22 at ~14x): no reading is shared between rows, so rows past a table's 500 measures must
 * be counted without reading each one whole.
 */
export function distinctShortRowsInput(): string {
  const plan = SEED.slice(0, SEED.indexOf('\n', SEED.indexOf('ตัวชี้วัดที่ ๖')));
  const rows: string[] = [];
  for (let i = 0, size = Buffer.byteLength(plan) + 1; size < MB; i++) {
    rows.push(`ก${i}\t\t\t\t\n`);
    size += Buffer.byteLength(rows.at(-1)!);
  }
  return `${plan}\n${rows.join('')}`;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * A .docx whose word/document.xml is 1 MB: the standard plan's table going on with rows whose
 * measure cell holds two paragraphs numbered by Word ("๑. ก", "๒. ข") and four empty cells (review
 * 17 s14, S14-15: each such row joined to the measure above read the whole cell again; 10,000 rows
 * were ~15x the ordinary 1 MB). Compared by the XML read, 1 MB as the text: the zip packs such rows
 * ~70:1 (this .docx is ~15 KB; the 50 MB unpacked bound holds ~50 MB of them), so per file byte no
 * reader of the XML could come near the text's cost.
 */
export function numberedParagraphRowsInput(): Uint8Array {
  const zip = unzipSync(new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url))));
  const xml = strFromU8(zip['word/document.xml']!);
  const item = (text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="901"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const row = `<w:tr><w:tc>${item('ก')}${item('ข')}</w:tc>${'<w:tc><w:p/></w:tc>'.repeat(4)}</w:tr>`;
  const end = xml.lastIndexOf('</w:tbl>');
  const rows = Math.max(1, Math.floor((MB - Buffer.byteLength(xml)) / Buffer.byteLength(row)));
  zip['word/document.xml'] = strToU8(xml.slice(0, end) + row.repeat(rows) + xml.slice(end));
  const numbering = strFromU8(zip['word/numbering.xml']!);
  const list =
    '<w:abstractNum w:abstractNumId="901"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/>' +
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num>';
  zip['word/numbering.xml'] = strToU8(numbering.replace('</w:numbering>', `${list}</w:numbering>`));
  return zipSync(zip);
}

/**
 * A 1 MB .xlsx of the standard plan and 400,000 rows Excel wrote for rows given a height, no cells
 * (review 17 s15, S15-20: 500,000 such rows took 36 s; rows without a value are now dropped before
 * exceljs loads the workbook, xlsx-rows.ts). ~16 MB of sheet XML.
 */
export function formattedRowsInput(): Uint8Array {
  return standardWorkbookWithRows(400_000, formattedEmptyRow);
}

/**
 * A .docx of 9,990 one-line heading paragraphs ("ตัวชี้วัดที่ ๔ x") before the standard plan table:
 * just under the bound of paragraphs outside tables (review 17 s15, S15-6: 400,000 took 48 s; past
 * 10,000 the file is refused, docx-limits.ts).
 */
export function paragraphsInput(): Uint8Array {
  return standardDocumentWithParagraphs(9_990, wordParagraph('ตัวชี้วัดที่ ๔ x'));
}

/**
 * A .docx whose plan table goes on with 3,990 short measure rows ("ตัวชี้วัดที่ ๔ มาตรการที่ ๑๒",
 * "ดำเนินการ", "ตลอดปี", "รายงานทุกเดือน", "กองคลัง"): just under the bound of table rows (review 17
 * s23, S23-14: 14,000 such rows took 5-7x the ordinary 1 MB; past 4,000 the file is refused,
 * docx-limits.ts). ~1.6 MB of XML.
 */
export const TABLE_ROWS = 3_990;
export function tableRowsInput(rows = TABLE_ROWS): Uint8Array {
  const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
  return standardDocumentWithRows(rows, (i) =>
    wordRow(`ตัวชี้วัดที่ ${thaiNo((i % 9) + 1)} มาตรการที่ ${thaiNo(i + 4)}`, 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'),
  );
}

/**
 * A 1 MB PDF of 25,000 short text items at random positions in a ruled 59 x 59 grid (review 17 s17,
 * S17-5's PDF addendum: 4.14x). pdf.js's own text content and operator list of it cost about 1.6-1.9x
 * the ordinary input alone (CPU, measured in session 18): the floor of any reader built on it.
 */
export const PDF_ITEMS = 25_000;
export function pdfItemsInput(): Uint8Array {
  return manyItemsPdf(PDF_ITEMS, 'random');
}

const thaiLetters = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

/**
 * 1 MB of short lines (review 17 s17, S17-5; s18, S18-2), each different (a count in Thai letters),
 * so that no reading is shared between lines: heading lines, Markdown rows ("|"-separated, as a
 * table pasted from a chat or a Markdown editor), and the same rows as a Markdown table.
 */
export const shortLineInputs: readonly { figure: string; input: () => Uint8Array }[] = [
  {
    figure: '1 MB of heading lines ("ตัวชี้วัดที่ 1 ก")',
    input: () => bytes(fillLines((i) => `ตัวชี้วัดที่ ${(i % 10) + 1} ${thaiLetters(i)}\n`)),
  },
  {
    figure: '1 MB of "|" rows ("| ตัวชี้วัดที่ 1 | กก | ข | ทุกเดือน | กองคลัง |")',
    input: () => bytes(fillLines((i) => `| ตัวชี้วัดที่ ${(i % 10) + 1} | ก${thaiLetters(i)} | ข | ทุกเดือน | กองคลัง |\n`)),
  },
  {
    figure: '1 MB of a Markdown table (those rows, "|---|" between)',
    input: () =>
      bytes(
        fillLines(
          (i) => `| ตัวชี้วัดที่ ${(i % 10) + 1} | ก${thaiLetters(i)} | ข | ทุกเดือน | กองคลัง |\n|---|---|---|---|---|\n`,
        ),
      ),
  },
  {
    figure: '.docx: 1,000,000 "<" in the measure cell (S17-11, S18-1)',
    input: () => standardDocumentWithCellText(0, '&lt;'.repeat(1_000_000)),
  },
  {
    figure: '.docx: 1,000,000 "<a" in the measure cell (S18-1)',
    input: () => standardDocumentWithCellText(0, '&lt;a'.repeat(1_000_000)),
  },
  {
    figure: '1 MB of short rows each different ("ก0", "ก1", … and four empty cells)',
    input: () => bytes(distinctShortRowsInput()),
  },
  {
    figure: `.docx: ${TABLE_ROWS.toLocaleString('en-US')} short measure rows in the table (under the 4,000 bound; S23-14)`,
    input: () => tableRowsInput(),
  },
];

/** The importer rows by key, for the tools that run some of them (importer-cpu.ts, importer-allocations.ts). */
export const IMPORTER_ROWS: Record<string, () => Uint8Array> = {
  adversarial: () => bytes(adversarialInput()),
  repeatedUnits: () => bytes(repeatedUnitsInput()),
  noCadence: () => bytes(noCadenceInput()),
  shortRows: () => bytes(shortRowsInput()),
  numberedRows: numberedParagraphRowsInput,
  formattedRows: formattedRowsInput,
  paragraphs: paragraphsInput,
  pdfItems: pdfItemsInput,
  // shortLines by their place in shortLineInputs
  ...Object.fromEntries(shortLineInputs.map((l, i) => [`shortLines${i}`, l.input])),
  headingLines: () => shortLineInputs[0]!.input(),
  markdown: () => shortLineInputs[2]!.input(),
  distinctShortRows: () => bytes(distinctShortRowsInput()),
  tableRows: () => tableRowsInput(),
};

/** Lines `line(0)`, `line(1)`, … up to 1 MB. */
function fillLines(line: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < MB; i++) {
    lines.push(line(i));
    size += Buffer.byteLength(lines.at(-1)!);
  }
  return lines.join('');
}

async function importOnce(input: Uint8Array): Promise<number> {
  const start = process.hrtime.bigint();
  const { document } = await readPlanFile(input);
  importSourceDocument(document, { orgId: 'bench', fy: 2566, units: MUNICIPAL_UNITS });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface ImporterBench {
  ordinary: Stats & { bytes: number };
  adversarial: Stats & { bytes: number };
  /** median of the paired runs' adversarial / ordinary ratios */
  ratio: number;
  /** the same for the repeated unit names */
  repeatedUnits: Stats & { bytes: number; ratio: number };
  /** the same for follow-ups that name no cadence */
  noCadence: Stats & { bytes: number; ratio: number };
  /** the same for many short rows */
  shortRows: Stats & { bytes: number; ratio: number };
  /** the same for Word table rows of numbered paragraphs (bytes: the .docx; 1 MB of XML) */
  numberedRows: Stats & { bytes: number; ratio: number };
  /** the same for a .xlsx of formatted rows without values (bytes: the .xlsx) */
  formattedRows: Stats & { bytes: number; ratio: number };
  /** the same for a .docx of many paragraphs before the table (bytes: the .docx) */
  paragraphs: Stats & { bytes: number; ratio: number };
  /** the same for a PDF of many short text items at random positions (bytes: the .pdf) */
  pdfItems: Stats & { bytes: number; ratio: number };
  /** the same for each of shortLineInputs, in its order (bytes: the file) */
  shortLines: (Stats & { figure: string; bytes: number; ratio: number })[];
}

/** Alternating runs (one warm-up each), so all inputs see the same machine state. */
export async function measureImporter(runs = 7): Promise<ImporterBench> {
  const ordinary = bytes(ordinaryInput());
  const adversarial = bytes(adversarialInput());
  const repeated = bytes(repeatedUnitsInput());
  const noCadence = bytes(noCadenceInput());
  const short = bytes(shortRowsInput());
  const numbered = numberedParagraphRowsInput();
  const formatted = formattedRowsInput();
  const paragraphs = paragraphsInput();
  const pdfItems = pdfItemsInput();
  await importOnce(ordinary);
  await importOnce(adversarial);
  await importOnce(repeated);
  await importOnce(noCadence);
  await importOnce(short);
  await importOnce(numbered);
  await importOnce(formatted);
  await importOnce(paragraphs);
  await importOnce(pdfItems);
  const lines = shortLineInputs.map((l) => ({ figure: l.figure, input: l.input(), times: [] as number[] }));
  for (const l of lines) await importOnce(l.input);
  const o: number[] = [];
  const a: number[] = [];
  const r: number[] = [];
  const n: number[] = [];
  const s: number[] = [];
  const w: number[] = [];
  const x: number[] = [];
  const p: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await importOnce(ordinary));
    a.push(await importOnce(adversarial));
    r.push(await importOnce(repeated));
    n.push(await importOnce(noCadence));
    s.push(await importOnce(short));
    w.push(await importOnce(numbered));
    x.push(await importOnce(formatted));
    p.push(await importOnce(paragraphs));
    f.push(await importOnce(pdfItems));
    for (const l of lines) l.times.push(await importOnce(l.input));
  }
  return {
    ordinary: { ...stats(o), bytes: ordinary.length },
    adversarial: { ...stats(a), bytes: adversarial.length },
    ratio: stats(a.map((x, i) => x / o[i]!)).median,
    repeatedUnits: { ...stats(r), bytes: repeated.length, ratio: stats(r.map((x, i) => x / o[i]!)).median },
    noCadence: { ...stats(n), bytes: noCadence.length, ratio: stats(n.map((x, i) => x / o[i]!)).median },
    shortRows: { ...stats(s), bytes: short.length, ratio: stats(s.map((x, i) => x / o[i]!)).median },
    numberedRows: { ...stats(w), bytes: numbered.length, ratio: stats(w.map((x, i) => x / o[i]!)).median },
    formattedRows: { ...stats(x), bytes: formatted.length, ratio: stats(x.map((v, i) => v / o[i]!)).median },
    paragraphs: { ...stats(p), bytes: paragraphs.length, ratio: stats(p.map((v, i) => v / o[i]!)).median },
    pdfItems: { ...stats(f), bytes: pdfItems.length, ratio: stats(f.map((v, i) => v / o[i]!)).median },
    shortLines: lines.map((l) => ({
      ...stats(l.times),
      figure: l.figure,
      bytes: l.input.length,
      ratio: stats(l.times.map((v, i) => v / o[i]!)).median,
    })),
  };
}

if (process.argv[1]?.endsWith('importer-run.ts')) {
  process.stdout.write(`${JSON.stringify(await measureImporter(Number(process.argv[2] ?? 7)))}\n`);
}
