// The results report as DOCX (the file the officer edits and signs): landscape, TH SarabunPSK 16/14 pt,
// the table header repeats on every page.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { toThaiDigits } from '../domain/thai-format.js';
import { type AnnualReportModel, completion } from './annual-report-model.js';
import { COLUMNS, measureCells } from './report-cells.js';

const FONT = 'TH SarabunPSK';
const run = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (options.size ?? 14) * 2, bold: options.bold ?? false });
const para = (text: string, options: { bold?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({ children: [run(text, options)], ...(options.center ? { alignment: AlignmentType.CENTER } : {}) });

const WIDTHS = [20, 20, 8, 26, 16, 10];

function cell(paragraphs: string[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: paragraphs.length
      ? paragraphs.map((p, i) => para(p, { bold: header || (i === 0 && width === WIDTHS[0]) }))
      : [para('')],
    ...(header ? { shading: { fill: 'E8EEFC' } } : {}),
  });
}

function countsTable(rows: { label: string; counts: AnnualReportModel['statistics']['total'] }[]): Table {
  const head = ['', 'ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ไม่ได้ส่ง', 'ร้อยละที่ส่ง'];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((h) => new TableCell({ children: [para(h, { bold: true })] })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              r.label,
              r.counts.due,
              r.counts.onTime,
              r.counts.late,
              r.counts.missing,
              `${completion(r.counts)}%`,
            ].map(
              (v) => new TableCell({ children: [para(typeof v === 'number' ? toThaiDigits(v) : toThaiDigits(v))] }),
            ),
          }),
      ),
    ],
  });
}

export async function renderDocx(model: AnnualReportModel): Promise<Buffer> {
  const t = model.statistics.total;
  const doc = new Document({
    creator: model.orgName,
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [run(model.title, { bold: true, size: 18 })],
          }),
          para(model.introduction, { size: 16 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: COLUMNS.map((c, i) => cell([c], WIDTHS[i]!, true)) }),
              ...model.measures.map(
                (m) =>
                  new TableRow({
                    cantSplit: false,
                    children: measureCells(m).map((paras, i) => cell(paras, WIDTHS[i]!)),
                  }),
              ),
            ],
          }),
          para(''),
          para('สถิติการดำเนินการตามมาตรการ', { bold: true, size: 16 }),
          para(
            `ภาระการรายงานที่ครบกำหนด ${toThaiDigits(t.due)} รายการ ส่งตรงเวลา ${toThaiDigits(t.onTime)} รายการ ส่งล่าช้า ${toThaiDigits(t.late)} รายการ ไม่ได้ส่ง ${toThaiDigits(t.missing)} รายการ`,
            { size: 16 },
          ),
          para('รายตัวชี้วัด', { bold: true }),
          countsTable(
            model.statistics.byIndicator.map((i) => ({
              label: `ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}`,
              counts: i.counts,
            })),
          ),
          para('รายส่วนราชการ', { bold: true }),
          countsTable(model.statistics.byUnit.map((u) => ({ label: u.unitName, counts: u.counts }))),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
