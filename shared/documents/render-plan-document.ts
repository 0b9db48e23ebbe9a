// The plan document as PDF and DOCX, with the same page and table builders as the results report.
import { docxBlock, docxTable, packDocx, para, titlePara } from './docx-parts.js';
import { announcementBlock, blockNames } from './signature-block.js';
import { createPdfPages } from './pdf-pages.js';
import type { ThaiFonts } from './thai-fonts.js';
import { planColumns, type PlanDocumentModel, planMeasureCells } from './plan-document-model.js';

/** Points inside the A4 landscape margins (770): the seed's proportions. */
const PDF_WIDTHS = [190, 200, 80, 200, 100];
const DOCX_WIDTHS = [25, 26, 10, 26, 13];
/** A note column's share of the table; the five give up theirs in proportion. */
const NOTE_SHARE = 0.1;

/** `widths` (adding up to `total`) with `notes` note columns after them. */
function withNoteColumns(widths: readonly number[], notes: number, total: number): number[] {
  const scale = 1 - NOTE_SHARE * notes;
  return [
    ...widths.map((w) => Math.floor(w * scale)),
    ...Array.from({ length: notes }, () => Math.floor(total * NOTE_SHARE)),
  ];
}

const rowsOf = (model: PlanDocumentModel) => model.measures.map((m) => planMeasureCells(m, model.noteColumns ?? []));

export function renderPlanPdf(model: PlanDocumentModel, fonts?: ThaiFonts): Promise<Buffer> {
  const pages = createPdfPages({ title: model.title, author: model.orgName }, fonts);
  pages.paragraph(model.title, 16, true, 6, 'H1');
  for (const p of model.introduction) pages.paragraph(p, 12, false, 6);
  pages.state.y += 4;
  const end = model.announcement && {
    lines: announcementBlock(model.announcement),
    names: blockNames(model.announcement.signatory, model.orgName),
  };
  pages.table({
    columns: planColumns(model),
    widths: withNoteColumns(PDF_WIDTHS, model.noteColumns?.length ?? 0, 770),
    rows: rowsOf(model),
    boldLead: () => 1,
    // the announcement never alone on the last page (re-check s48 #4): the last measure goes over with it
    ...(end ? { keepWithLast: pages.blockHeight(end.lines, 13, end.names) } : {}),
  });
  if (end) pages.block(end.lines, 13, end.names);
  return pages.finish();
}

export function renderPlanDocx(model: PlanDocumentModel): Promise<Buffer> {
  return packDocx({ title: model.title, creator: model.orgName }, [
    titlePara(model.title),
    ...model.introduction.map((p) => para(p, { size: 16 })),
    // the announcement never alone on the last page: the last measure kept with it, as in the PDF
    docxTable(
      planColumns(model),
      withNoteColumns(DOCX_WIDTHS, model.noteColumns?.length ?? 0, 100),
      rowsOf(model),
      model.announcement !== undefined,
    ),
    ...(model.announcement ? docxBlock(announcementBlock(model.announcement)) : []),
  ]);
}
