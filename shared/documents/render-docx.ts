// The results report as DOCX (the file the officer edits and signs): landscape, TH SarabunPSK 16/14 pt,
// the table header repeats on every page.
import { Table, TableCell, TableRow, WidthType } from 'docx';
import { inGraceTh, nothingDueTh } from '../domain/compliance-summary.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { AnnualReportModel } from './annual-report-model.js';
import * as report from './annual-report-model.js';
import { docxBlock, docxTable, packDocx, para, titlePara } from './docx-parts.js';
import { acknowledgementBlock } from './signature-block.js';
import { COLUMNS, COUNT_HEADS, measureCells } from './report-cells.js';

// percent of the 25.7 cm between the margins: ระยะเวลาดำเนินการ and ผู้รับผิดชอบ wide enough for
// "ตลอดปีงบประมาณ" and "สำนักปลัดเทศบาล" on one line at 14 pt (tester s43 F5: 8 % wrapped "ตลอด / ปีงบปร / ะมาณ")
export const DOCX_WIDTHS = [18, 18, 14, 24, 12, 14];

/**
 * A table of counts, its heading row repeated on each page and kept with the first row; nothing due
 * yet: "–" and why (tester s44 F5). `keepLast`: its last row, unsplit, on the page of what follows
 * (the signed block, as the PDF carries it over).
 */
function countsTable(
  rows: { label: string; counts: AnnualReportModel['statistics']['total'] }[],
  keepLast = false,
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: COUNT_HEADS.map((h) => new TableCell({ children: [para(h, { bold: true, keepNext: true })] })),
      }),
      ...rows.map((r, k) => {
        const keepNext = keepLast && k === rows.length - 1;
        return new TableRow({
          ...(keepNext ? { cantSplit: true } : {}),
          children: [
            ...[r.label, r.counts.due, r.counts.onTime, r.counts.late, r.counts.missing].map(
              (v) => new TableCell({ children: [para(toThaiDigits(v), { keepNext })] }),
            ),
            new TableCell({
              children: [
                report.completionText(r.counts),
                ...(r.counts.due === 0 ? [nothingDueTh(r.counts)] : []),
                ...(r.counts.due > 0 && r.counts.inGrace ? [inGraceTh(r.counts).trim()] : []),
              ].map((text) => para(text, { keepNext })),
            }),
          ],
        });
      }),
    ],
  });
}

export async function renderDocx(model: AnnualReportModel): Promise<Buffer> {
  const note = report.shortenedSummariesNote(model);
  const lateAdditions = report.lateAdditionsNote(model);
  const obstacles = report.obstaclesSection(model);
  return packDocx({ title: model.title, creator: model.orgName }, [
    titlePara(model.title),
    // made before the year ended: says so under the title
    ...(model.yearSoFar ? [para(model.yearSoFar, { bold: true, size: 16, center: true })] : []),
    para(model.introduction, { size: 16 }),
    docxTable(
      COLUMNS,
      DOCX_WIDTHS,
      model.measures.map((m) => measureCells(m, model.orgName)),
    ),
    // a summary printed in part says so, and where the whole text is
    ...(note ? [para(note)] : []),
    // work added after its due date: why it is not yet due (tester s44 F6)
    ...(lateAdditions ? [para(lateAdditions)] : []),
    // the units' reported obstacles, per measure (docs/annual-report.md, "Obstacles")
    para(''),
    para(report.OBSTACLES_HEADING, { bold: true, size: 16 }),
    ...(obstacles.length === 0 ? [para(report.NO_OBSTACLES)] : []),
    ...obstacles.flatMap(({ measure, items }) => [para(measure, { bold: true }), ...items.map((i) => para(i))]),
    para(''),
    para('สถิติการดำเนินการตามมาตรการ', { bold: true, size: 16 }),
    para(report.totalsSentence(model.statistics.total), { size: 16 }),
    ...(lateAdditions ? [para(lateAdditions)] : []),
    para(report.BY_INDICATOR_HEADING, { bold: true, keepNext: true }),
    countsTable(
      model.statistics.byIndicator.map((i) => ({
        label: `ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}`,
        counts: i.counts,
      })),
    ),
    para('รายส่วนราชการ', { bold: true, keepNext: true }),
    countsTable(
      model.statistics.byUnit.map((u) => ({ label: u.unitName, counts: u.counts })),
      model.acknowledgement !== undefined,
    ),
    // reported to the chief executive: their comments and signature (signature-block.ts), kept
    // with the units' last row
    ...(model.acknowledgement ? docxBlock(acknowledgementBlock(model, model.acknowledgement)) : []),
  ]);
}
