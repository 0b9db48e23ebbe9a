// The results report as PDF: A4 landscape, Sarabun, Thai digits, rows split across pages with the
// header repeated, page numbers in Thai digits.
import PDFDocument from 'pdfkit';
import { toThaiDigits } from '../domain/thai-format.js';
import { type AnnualReportModel, completion } from './annual-report-model.js';
import { COLUMNS, measureCells } from './report-cells.js';
import { sarabunPath } from './thai-fonts.js';
import { wrapThai } from './thai-line-break.js';

const MARGIN = 36;
const WIDTHS = [150, 150, 62, 208, 120, 80];
const FONT_SIZE = 10;
const LINE = 14;
const PAD = 4;

export function renderPdf(model: AnnualReportModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: model.title, Author: model.orgName, Subject: 'ITA' },
  });
  doc.registerFont('th', sarabunPath('regular'));
  doc.registerFont('th-bold', sarabunPath('bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const bottom = () => doc.page.height - MARGIN - 16;
  const measure = (s: string) => doc.widthOfString(s);
  const wrap = (paragraphs: string[], width: number) =>
    paragraphs.flatMap((p) => wrapThai(p, width - 2 * PAD, measure));
  let y = MARGIN;

  const paragraph = (text: string, size: number, bold = false, gap = 6) => {
    doc.font(bold ? 'th-bold' : 'th').fontSize(size);
    for (const line of wrapThai(text, doc.page.width - 2 * MARGIN, measure)) {
      if (y + size * 1.4 > bottom()) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(line, MARGIN, y, { lineBreak: false });
      y += size * 1.4;
    }
    y += gap;
  };

  const header = () => {
    doc.font('th-bold').fontSize(FONT_SIZE);
    const lines = COLUMNS.map((c, i) => wrapThai(c, WIDTHS[i]! - 2 * PAD, measure));
    const h = Math.max(...lines.map((l) => l.length)) * LINE + 2 * PAD;
    let x = MARGIN;
    COLUMNS.forEach((_, i) => {
      doc.rect(x, y, WIDTHS[i]!, h).fillAndStroke('#e8eefc', '#555555');
      doc.fillColor('#000000');
      lines[i]!.forEach((l, j) => doc.text(l, x + PAD, y + PAD + j * LINE, { lineBreak: false }));
      x += WIDTHS[i]!;
    });
    y += h;
    doc.font('th').fontSize(FONT_SIZE);
  };

  const newPage = () => {
    doc.addPage();
    y = MARGIN;
    header();
  };

  paragraph(model.title, 16, true, 4);
  paragraph(model.introduction, 12, false, 10);
  header();

  for (const m of model.measures) {
    doc.font('th').fontSize(FONT_SIZE);
    const cells = measureCells(m).map((paras, i) => wrap(paras, WIDTHS[i]!));
    const total = Math.max(...cells.map((c) => c.length));
    let offset = 0;
    while (offset < total) {
      const room = Math.floor((bottom() - y - 2 * PAD) / LINE);
      if (room < 3) {
        newPage();
        continue;
      }
      const take = Math.min(room, total - offset);
      const h = take * LINE + 2 * PAD;
      let x = MARGIN;
      cells.forEach((lines, i) => {
        doc.rect(x, y, WIDTHS[i]!, h).stroke('#555555');
        lines.slice(offset, offset + take).forEach((l, j) => {
          const bold = i === 0 && offset + j < wrap([m.title], WIDTHS[0]!).length;
          doc.font(bold ? 'th-bold' : 'th').text(l, x + PAD, y + PAD + j * LINE, { lineBreak: false });
        });
        x += WIDTHS[i]!;
      });
      y += h;
      offset += take;
      if (offset < total) newPage();
    }
  }

  // Statistics, with a bar chart of completion per indicator.
  doc.addPage();
  y = MARGIN;
  const t = model.statistics.total;
  paragraph('สถิติการดำเนินการตามมาตรการ', 16, true);
  paragraph(
    `ภาระการรายงานที่ครบกำหนด ${toThaiDigits(t.due)} รายการ ส่งตรงเวลา ${toThaiDigits(t.onTime)} รายการ ส่งล่าช้า ${toThaiDigits(t.late)} รายการ ไม่ได้ส่ง ${toThaiDigits(t.missing)} รายการ${t.notYetDue ? ` ยังไม่ถึงกำหนด ${toThaiDigits(t.notYetDue)} รายการ` : ''}`,
    12,
  );
  const table = (title: string, rows: { label: string; counts: typeof t }[]) => {
    paragraph(title, 13, true, 2);
    const cols = [230, 70, 70, 70, 70, 250];
    const heads = ['', 'ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ไม่ได้ส่ง', 'ร้อยละที่ส่ง'];
    doc.font('th-bold').fontSize(FONT_SIZE);
    let x = MARGIN;
    heads.forEach((h, i) => {
      doc.text(h, x + PAD, y, { lineBreak: false });
      x += cols[i]!;
    });
    y += LINE + 2;
    doc.font('th');
    for (const r of rows) {
      if (y + LINE > bottom()) {
        doc.addPage();
        y = MARGIN;
      }
      const pct = completion(r.counts);
      const values = [r.label, r.counts.due, r.counts.onTime, r.counts.late, r.counts.missing].map((v) =>
        typeof v === 'number' ? toThaiDigits(v) : v,
      );
      x = MARGIN;
      values.forEach((v, i) => {
        doc.text(String(v), x + PAD, y, { lineBreak: false, width: cols[i]! - 2 * PAD });
        x += cols[i]!;
      });
      const barWidth = 180;
      doc.rect(x + PAD, y + 3, barWidth, 9).fill('#e5e7eb');
      if (pct > 0) doc.rect(x + PAD, y + 3, (barWidth * pct) / 100, 9).fill('#1d4ed8');
      doc.fillColor('#000000').text(`${toThaiDigits(pct)}%`, x + PAD + barWidth + 6, y, { lineBreak: false });
      y += LINE + 2;
    }
    y += 8;
  };
  table(
    'รายตัวชี้วัด',
    model.statistics.byIndicator.map((i) => ({
      label: `ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}`,
      counts: i.counts,
    })),
  );
  table(
    'รายส่วนราชการ',
    model.statistics.byUnit.map((u) => ({ label: u.unitName, counts: u.counts })),
  );

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.font('th').fontSize(9).fillColor('#444444');
    doc.text(`หน้า ${toThaiDigits(i + 1)} / ${toThaiDigits(range.count)}`, MARGIN, doc.page.height - MARGIN + 6, {
      width: doc.page.width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
