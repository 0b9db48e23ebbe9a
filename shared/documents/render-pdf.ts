// The results report as PDF: A4 landscape, Sarabun, Thai digits, rows split across pages with the
// header repeated, page numbers in Thai digits; statistics with a bar chart of completion.
import { inGraceTh, nothingDueTh } from '../domain/compliance-summary.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { AnnualReportModel } from './annual-report-model.js';
import * as report from './annual-report-model.js';
import { createPdfPages, MARGIN } from './pdf-pages.js';
import type { ThaiFonts } from './thai-fonts.js';
import { acknowledgementBlock, blockNames } from './signature-block.js';
import { COLUMNS, COUNT_HEADS, measureCells } from './report-cells.js';

const WIDTHS = [150, 150, 62, 208, 120, 80];

export function renderPdf(model: AnnualReportModel, fonts?: ThaiFonts): Promise<Buffer> {
  const pages = createPdfPages({ title: model.title, author: model.orgName }, fonts);
  const { doc, structure, state, font, line, wrap, paragraph, headerRow, LINE, PAD, FONT_SIZE } = pages;

  paragraph(model.title, 16, true, model.yearSoFar ? 2 : 4, 'H1');
  // made before the year ended: says so under the title, on the first page
  if (model.yearSoFar) paragraph(model.yearSoFar, 14, true, 4);
  paragraph(model.introduction, 12, false, 10);
  pages.table({
    columns: COLUMNS,
    widths: WIDTHS,
    rows: model.measures.map((m) => measureCells(m, model.orgName)),
    boldLead: () => 1,
  });
  // a summary printed in part says so, and where the whole text is; work added after its due date, why it is not yet due
  const lateAdditions = report.lateAdditionsNote(model);
  const notes = [report.shortenedSummariesNote(model), lateAdditions].filter((n) => n !== undefined);
  if (notes.length > 0) state.y += 6;
  for (const note of notes) paragraph(note, 10);
  // the units' reported obstacles, per measure (docs/annual-report.md, "Obstacles"): a measure's
  // obstacles start a page rather than leave their last lines alone on the next one, and a heading
  // is never the last line of its page (s45: a page held only a measure's last obstacle)
  state.y += 10;
  type Para = readonly [text: string, size: number, bold: boolean, gap: number];
  const width = doc.page.width - 2 * MARGIN;
  const tall = (ps: readonly Para[]) =>
    ps.reduce(
      (h, [text, size, bold, gap]) => h + wrap(text, width, bold ? 'th-bold' : 'th', size).length * size * 1.4 + gap,
      0,
    );
  /** A new page unless `ps` fit below; false, and nothing done, when they fit on no page. */
  const together = (ps: readonly Para[]): boolean => {
    const h = tall(ps);
    if (state.y + h <= pages.bottom()) return true;
    if (MARGIN + h > pages.bottom()) return false;
    pages.pageBreak();
    return true;
  };
  const blocks = report
    .obstaclesSection(model)
    .map(({ measure, items }): Para[] => [[measure, 12, true, 2], ...items.map((i): Para => [i, 12, false, 2])]);
  const heading: Para = [report.OBSTACLES_HEADING, 14, true, 4];
  const first = blocks[0] ?? [[report.NO_OBSTACLES, 12, false, 6] as const];
  if (!together([heading, ...first])) together([heading, ...first.slice(0, 2)]);
  paragraph(...heading, 'H2');
  if (blocks.length === 0) paragraph(report.NO_OBSTACLES, 12);
  blocks.forEach((block, i) => {
    // the first with the section's heading, above; a measure longer than a page keeps its heading with its first obstacle
    if (i > 0 && !together(block)) together(block.slice(0, 2));
    block.forEach(([text, size, bold, gap], k) => {
      // one longer than a page: the obstacle that would end this page goes over too, when only
      // one line would follow it there
      const over = state.y + tall(block.slice(k)) - gap - pages.bottom();
      const lastHere = state.y + tall([block[k]!]) + size * 1.4 > pages.bottom();
      if (k > 1 && k < block.length - 1 && over > 0 && over < 2 * size * 1.4 && lastHere) pages.pageBreak();
      paragraph(text, size, bold, gap, k === 0 ? 'H3' : 'P');
    });
    state.y += 4;
  });

  // Statistics, with a bar chart of report.completion per indicator.
  pages.pageBreak();
  const t = model.statistics.total;
  paragraph('สถิติการดำเนินการตามมาตรการ', 16, true, 6, 'H2');
  paragraph(report.totalsSentence(t), 12, false, lateAdditions ? 2 : 6);
  if (lateAdditions) paragraph(lateAdditions, 10);
  // a table of counts (tagged Table, TR, TH / TD; the bar is an artifact, its percentage the last TD);
  // its headings again on each page it goes on to (tester s44 F5), as the results table's
  /** `keep`: the height of the block after the table, kept with its last row (pages.carriesLast) */
  const table = (title: string, rows: { label: string; counts: typeof t }[], keep?: number) => {
    const cols = [230, 70, 70, 70, 70, 250];
    const xs = cols.map((_, i) => MARGIN + cols.slice(0, i).reduce((a, w) => a + w, 0));
    const barWidth = 180;
    const headerHeight = LINE + 2;
    const laid = rows.map((r) => {
      // the name wraps in its column, a word wider than it cut between characters (tester s43 F1:
      // a long unit name ran over the counts)
      const label = wrap(r.label, cols[0]! - 2 * PAD, 'th', FONT_SIZE);
      // nothing due yet: "–" where the percentages are and why under it, across the column, as
      // the DOCX's cell says them (tester s44 F5; s45: the "–" stood right of the sentence)
      const none = r.counts.due === 0 ? wrap(nothingDueTh(r.counts), cols[5]! - 2 * PAD, 'th', FONT_SIZE) : [];
      // work in grace under the bar: due, not sent yet (tester s48)
      const grace =
        none.length === 0 && r.counts.inGrace
          ? wrap(inGraceTh(r.counts).trim(), cols[5]! - 2 * PAD, 'th', FONT_SIZE)
          : [];
      const under = none.length > 0 ? none : grace;
      return {
        r,
        label,
        none,
        under,
        height: Math.max(label.length, under.length > 0 ? under.length + 1 : 1) * LINE + 2,
      };
    });
    // kept with the block after it: its last row goes over with the block; a table of one row (or
    // none) goes over whole, its heading too (re-check s48: the memo and signatures alone on a page)
    const after = keep === undefined ? undefined : keep + 8;
    if (
      after !== undefined &&
      laid.length <= 1 &&
      pages.carriesLast(13 * 1.4 + 2 + headerHeight + (laid[0]?.height ?? 0), after)
    )
      pages.pageBreak();
    paragraph(title, 13, true, 2, 'H3');
    const tableTag = structure.element('Table');
    const headings = headerRow(tableTag, COUNT_HEADS.length, (i) => line(COUNT_HEADS[i]!, xs[i]! + PAD, state.y));
    const header = () => {
      font('th-bold', FONT_SIZE);
      headings();
      state.y += headerHeight;
    };
    header();
    laid.forEach(({ r, label, none, under, height }, k) => {
      const carried =
        after !== undefined && k > 0 && k === laid.length - 1 && pages.carriesLast(height, after, headerHeight);
      if (state.y + height > pages.bottom() || carried) {
        pages.pageBreak();
        header();
      }
      font('th', FONT_SIZE);
      const counts = [r.counts.due, r.counts.onTime, r.counts.late, r.counts.missing].map((v) => toThaiDigits(v));
      const row = structure.element('TR', tableTag);
      structure.content(structure.element('TD', row), () =>
        label.forEach((l, j) => line(l, xs[0]! + PAD, state.y + j * LINE)),
      );
      counts.forEach((v, i) =>
        structure.content(structure.element('TD', row), () => line(v, xs[i + 1]! + PAD, state.y)),
      );
      const x = xs[5]!;
      const pct = report.completion(r.counts);
      if (none.length === 0)
        structure.artifact(() => {
          doc.rect(x + PAD, state.y + 3, barWidth, 9).fill('#e5e7eb');
          if (pct > 0) doc.rect(x + PAD, state.y + 3, (barWidth * pct) / 100, 9).fill('#1d4ed8');
          doc.fillColor('#000000');
        });
      structure.content(structure.element('TD', row), () => {
        line(report.completionText(r.counts), x + PAD + barWidth + 6, state.y);
        under.forEach((l, j) => line(l, x + PAD, state.y + (j + 1) * LINE));
      });
      structure.end(row);
      state.y += height;
    });
    structure.end(tableTag);
    state.y += 8;
  };
  table(
    report.BY_INDICATOR_HEADING,
    model.statistics.byIndicator.map((i) => ({
      label: `ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}`,
      counts: i.counts,
    })),
  );
  // reported to the chief executive: their comments and signature (signature-block.ts), never
  // alone on the last page: the units' last row goes over with them, as the plan document's last measure
  const ack = model.acknowledgement && {
    lines: acknowledgementBlock(model, model.acknowledgement),
    names: blockNames(model.acknowledgement.signatory, model.orgName),
  };
  table(
    'รายส่วนราชการ',
    model.statistics.byUnit.map((u) => ({ label: u.unitName, counts: u.counts })),
    ack ? pages.blockHeight(ack.lines, 13, ack.names) : undefined,
  );
  if (ack) pages.block(ack.lines, 13, ack.names);
  return pages.finish();
}
