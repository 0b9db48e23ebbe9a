// Break 19 s28, F12: the published PDFs were untagged ("Tagged: no"), so a screen reader got no
// reading order and no table structure. Both are tagged now: Document -> H1 (title), H2/H3, P,
// Table -> TR -> TH (the header row, once) / TD (a row's cells, its parts over a page break too);
// the repeated header, rules and page numbers are artifacts. Checked as pdf.js (Firefox's reader)
// and poppler give them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnnualReportModel, NO_OBSTACLES, OBSTACLES_HEADING } from '../../shared/documents/annual-report-model.js';
import { planColumns, type PlanDocumentModel, planMeasureCells } from '../../shared/documents/plan-document-model.js';
import { COLUMNS, measureCells } from '../../shared/documents/report-cells.js';
import { renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { acknowledgementBlock } from '../../shared/documents/signature-block.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';
import { squeeze } from '../support/pdf-tools.js';
import { type PdfjsStructNode, pdfjsStructure } from '../support/pdfjs-text.js';

/** poppler's `pdfinfo` of a PDF (with `-struct`: its whole structure tree, one element a line). */
function pdfinfo(pdf: Uint8Array, ...args: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tagged-')), 'd.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
}

/** The elements of a role, depth first (reading order). */
const all = (node: PdfjsStructNode | null, role: string): PdfjsStructNode[] =>
  node ? [...(node.role === role ? [node] : []), ...node.children.flatMap((c) => all(c, role))] : [];
/** An element's text and its descendants', in reading order. */
const deepText = (node: PdfjsStructNode): string => node.text + node.children.map(deepText).join('');
/** A row's cells' text, whitespace removed (pdf.js puts its own spaces between lines). */
const cellTexts = (row: PdfjsStructNode) => row.children.map((c) => squeeze(deepText(c)));
/** The model's cells as the PDF draws them: paragraphs one after the other, whitespace removed. */
const modelTexts = (cells: string[][]) => cells.map((c) => squeeze(c.join('')));

const plan = samplePlanDocument();
const report = sampleAnnualReport();
const documents: [string, () => Promise<Buffer>, string, string[], string[][]][] = [
  ['plan document', () => renderPlanPdf(plan), plan.title, planColumns(plan), planMeasureCells(plan.measures[1]!)],
  ['results report', () => renderPdf(report), report.title, [...COLUMNS], measureCells(report.measures[1]!)],
];

describe('a published PDF is tagged for screen readers', () => {
  it.each(documents)('the %s: poppler says Tagged: yes', async (_, render) => {
    expect(pdfinfo(await render())).toMatch(/^Tagged:\s+yes$/m);
  });

  it.each(documents)(
    'the %s: its title is an H1, the table heads its columns with TH and a measure is a row of TD in reading order',
    async (_, render, title, columns, cells) => {
      const pages = await pdfjsStructure(await render());
      const document = pages[0]!.children[0]!;
      expect(document.role).toBe('Document');
      // pdf.js reads no space where a line was wrapped at one (it ignores the line's ActualText, which
      // poppler and Acrobat read): since session 47 the title wraps at the space before
      // "ประจำปีงบประมาณ", no longer inside it, so its words are compared
      expect(document.children[0]!.role).toBe('H1');
      expect(squeeze(document.children[0]!.text)).toBe(squeeze(title));
      const [head] = all(pages[0]!, 'Table')[0]!.children;
      expect(head!.children.map((c) => c.role)).toEqual(columns.map(() => 'TH'));
      expect(cellTexts(head!)).toEqual(columns.map(squeeze));
      // the second measure's row, on whichever page it starts
      const rows = pages.flatMap((p) => all(p, 'TR'));
      const row = rows.find((tr) => cellTexts(tr)[0] === modelTexts(cells)[0]);
      expect(row?.children.map((c) => c.role)).toEqual(columns.map(() => 'TD'));
      expect(cellTexts(row!)).toEqual(modelTexts(cells));
    },
  );
});

describe('a row split over a page break stays one row of its table', () => {
  // a measure longer than a page (80 methods), and neighbours: the split in the second column
  // only, and the row after a split one
  const long = (n: number): PlanDocumentModel['measures'][number] => ({
    ...plan.measures[0]!,
    methods: Array.from({ length: n }, (_, i) => `วิธีดำเนินการที่ ${i + 1} ตรวจสอบและรายงานผลต่อผู้บริหาร`),
  });
  const models: [string, PlanDocumentModel, number][] = [
    ['an 80-method measure first', { ...plan, measures: [long(80), ...plan.measures] }, 0],
    ['a 45-method measure after one row', { ...plan, measures: [plan.measures[0]!, long(45)] }, 1],
    ['a 120-method measure in the middle', { ...plan, measures: [plan.measures[0]!, long(120), plan.measures[1]!] }, 1],
  ];

  it.each(models)('%s: its parts are TD of its row on each page, the header TH once', async (_, model, index) => {
    const pdf = await renderPlanPdf(model);
    const pages = await pdfjsStructure(pdf);
    const tables = pages.map((p) => all(p, 'Table')[0]);
    // only the first page's table has a row of TH: the repeats are artifacts
    expect(tables.map((t) => (t ? all(t, 'TH').length : 0))).toEqual(pages.map((_, i) => (i === 0 ? 5 : 0)));
    // the long row's methods, page by page: a TD of a TR of the page's table, together the cell
    const methods = modelTexts(planMeasureCells(model.measures[index]!))[1]!;
    const parts = tables
      // a page without the table: the announcement at the end (signature-block.ts)
      .flatMap((t) => t?.children ?? [])
      .flatMap((tr) => tr.children.map((td) => squeeze(deepText(td))).filter((text) => text && methods.includes(text)));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(methods);
    // poppler's whole tree: one TR of five TD a measure and one TR of TH, so the parts are one row
    const tree = pdfinfo(pdf, '-struct');
    expect(tree.match(/^ {4}TR$/gm)?.length).toBe(model.measures.length + 1);
    expect(tree.match(/^ {6}TD$/gm)?.length).toBe(5 * model.measures.length);
    expect(tree.match(/^ {6}TH/gm)?.length).toBe(5);
  });
});

describe('a results report of an org with no reports reads in order', () => {
  // the sample has no reports; neighbours: one measure only, and no measures at all
  const models: [string, AnnualReportModel][] = [
    ['the sample year', report],
    ['one measure', { ...report, measures: report.measures.slice(0, 1) }],
    ['no measures', { ...report, measures: [] }],
  ];

  it.each(models)('%s: the introduction and the statistics sentence are P, the headings H2/H3', async (_, model) => {
    const pages = await pdfjsStructure(await renderPdf(model));
    const roots = pages.map((p) => p!.children[0]!.children);
    expect(roots[0]![1]).toMatchObject({ role: 'P', text: model.introduction });
    const stats = roots.flat().map((n) => ({ role: n.role, text: n.text }));
    // the obstacles section (none reported: one P saying so), then the statistics (tester s43 F7)
    const obstacles = stats.findIndex((n) => n.role === 'H2');
    expect(stats.slice(obstacles, obstacles + 2)).toEqual([
      { role: 'H2', text: OBSTACLES_HEADING },
      { role: 'P', text: NO_OBSTACLES },
    ]);
    const h2 = obstacles + 2;
    expect(stats[h2]).toMatchObject({ role: 'H2', text: 'สถิติการดำเนินการตามมาตรการ' });
    expect(stats[h2 + 1]!.role).toBe('P');
    expect(squeeze(stats[h2 + 1]!.text)).toContain(squeeze(`ไม่ได้ส่ง`));
    // then the report to the chief executive and their acknowledgement, a P a line (signature-block.ts);
    // the units' table goes on to the block's page (its last row kept with it): one Table on two pages
    const roles = stats.slice(h2 + 2).map((n) => n.role);
    expect(roles.filter((r, i) => !(r === 'Table' && roles[i - 1] === 'Table'))).toEqual([
      ...['H3', 'Table', 'H3', 'Table'],
      ...acknowledgementBlock(model, model.acknowledgement!).map(() => 'P'),
    ]);
  });
});

describe('the numbered items of a cell are a list', () => {
  // the plan's methods, the title (P) and sub-measures (L) of its first column, and the results
  // report's follow-ups, each LI holding its periods
  const items = (node: PdfjsStructNode) => all(node, 'LI').map((li) => squeeze(deepText(li)));
  const firstRow = async (pdf: Promise<Buffer>, cells: string[][]) => {
    const rows = (await pdfjsStructure(await pdf)).flatMap((p) => all(p, 'TR'));
    return rows.find((tr) => cellTexts(tr)[0] === modelTexts(cells)[0])!;
  };

  it('plan document: the methods column is an L of one LI a method, in order', async () => {
    const cells = planMeasureCells(plan.measures[1]!);
    const td = (await firstRow(renderPlanPdf(plan), cells)).children[1]!;
    expect(td.children.map((c) => c.role)).toEqual(['L']);
    expect(items(td)).toEqual(cells[1]!.map(squeeze));
  });

  it('plan document: the first column is the title as P, then the sub-measures as L', async () => {
    const m = plan.measures.find((x) => x.subMeasures.length > 0)!;
    const cells = planMeasureCells(m);
    const td = (await firstRow(renderPlanPdf(plan), cells)).children[0]!;
    const titles = cells[0]!.length - m.subMeasures.length;
    expect(td.children.map((c) => c.role)).toEqual([...Array<string>(titles).fill('P'), 'L']);
    expect(items(td)).toEqual(cells[0]!.slice(titles).map(squeeze));
  });

  it('results report: each follow-up is an LI holding its numbered text and its periods', async () => {
    const cells = measureCells(report.measures[1]!);
    const td = (await firstRow(renderPdf(report), cells)).children[3]!;
    const followUps = report.measures[1]!.followUps.length;
    expect(all(td, 'LI')).toHaveLength(followUps);
    expect(items(td).join('')).toBe(squeeze(cells[3]!.join('')));
    expect(items(td)[0]).toMatch(/^๑\./u);
  });
});
