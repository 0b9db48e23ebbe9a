// PDFs of a plan table built with pdfkit for the PDF reader's tests: text placed at given points
// (points from the page's top left, as pdfkit measures), with or without rules.
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

export const SARABUN = fileURLToPath(
  new URL('../../node_modules/@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf', import.meta.url),
);

export interface PdfPageSpec {
  /** pieces of text: x, y of their top left, points; struck through or underlined as pdfkit draws it */
  texts: { x: number; y: number; text: string; strike?: boolean; underline?: boolean }[];
  /** straight lines [x1, y1, x2, y2] */
  lines?: [number, number, number, number][];
}

/** A landscape A4 PDF in Sarabun 10 pt (or `font`: a file, or a standard font's name; `size` pt), one page per spec. */
export async function planPdf(pages: PdfPageSpec[], font = SARABUN, size = 10): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(font).fontSize(size);
  pages.forEach((page, p) => {
    if (p > 0) doc.addPage();
    for (const t of page.texts)
      doc.text(t.text, t.x, t.y, { lineBreak: false, strike: t.strike === true, underline: t.underline === true });
    for (const [x1, y1, x2, y2] of page.lines ?? []) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke();
  });
  doc.end();
  return new Uint8Array(await done);
}

/** Rows of cells (each a list of lines) at column starts `xs`, from `top` down, 14 pt a line. */
export function tableTexts(xs: readonly number[], rows: readonly string[][][], top = 40): PdfPageSpec['texts'] {
  const texts: PdfPageSpec['texts'] = [];
  let y = top;
  for (const row of rows) {
    row.forEach((lines, c) => lines.forEach((text, i) => text && texts.push({ x: xs[c]!, y: y + 14 * i, text })));
    y += 14 * Math.max(...row.map((c) => c.length)) + 8;
  }
  return texts;
}

/** The importer's preview of a file, for the demo organisation's units in FY 2567. */
export async function previewFile(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
}

export type Preview = Awaited<ReturnType<typeof previewFile>>;
type PreviewMeasure = Preview['plan']['measures'][number];

/** What a test compares of each measure, by field. */
const MEASURE_FIELDS = {
  indicator: (m: PreviewMeasure) => m.indicator,
  title: (m: PreviewMeasure) => m.title,
  units: (m: PreviewMeasure) => m.responsible.unitIds,
  cadences: (m: PreviewMeasure) => m.followUps.map((f) => f.cadence),
  methods: (m: PreviewMeasure) => m.methods.length,
};
export type MeasureField = keyof typeof MEASURE_FIELDS;

/** Each measure of a preview as the given fields: its indicator, title, units and follow-ups' cadences unless told. */
export function measuresOf<F extends MeasureField = 'indicator' | 'title' | 'units' | 'cadences'>(
  preview: Preview,
  fields: readonly F[] = ['indicator', 'title', 'units', 'cadences'] as F[],
): { [K in F]: ReturnType<(typeof MEASURE_FIELDS)[K]> }[] {
  return preview.plan.measures.map(
    (m) =>
      Object.fromEntries(fields.map((f) => [f, MEASURE_FIELDS[f](m)])) as {
        [K in F]: ReturnType<(typeof MEASURE_FIELDS)[K]>;
      },
  );
}

/** The preview's warning codes but 'fiscal-year-differs' (a fixture's own year need not be 2567). */
export const codesOf = (preview: Preview) =>
  preview.warnings.map((w) => w.code).filter((c) => c !== 'fiscal-year-differs');

/** A PDF with a drawing and no text: what a scanner produces (the importer refuses it: OCR first). */
export function scannedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(50, 50, 300, 200).fill('#888');
  doc.end();
  return done;
}

/** `text` broken into lines of at most `width` points in Sarabun 10 pt, between Thai words, as Word wraps a cell. */
export function wrapText(text: string, width: number): string[] {
  const doc = new PDFDocument().font(SARABUN).fontSize(10);
  const lines: string[] = [];
  let line = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) {
    if (line && doc.widthOfString(line + segment) > width) {
      lines.push(line.trimEnd());
      line = segment.trimStart();
    } else line += segment;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
