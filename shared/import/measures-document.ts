// Reads a measures document (plan table, then optionally the results-report table) into a Plan.
// Input: OCR text with tab-separated table rows, repeated header rows and HTML fragments.
import type { FollowUp, Measure, Plan } from '../domain/plan.js';
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { detectAudience, detectCadence } from './cadence-detection.js';
import { parseIndicatorHeading } from './indicator-heading.js';
import type { ImportWarning } from './import-warning.js';
import { type NamedUnit, parseResponsibility } from './responsibility.js';
import { collapseSpaces, matchKey, normaliseThai, splitItems, stripTags } from './thai-text.js';

type Column = 'measure' | 'methods' | 'timeframe' | 'followUps' | 'recommendations' | 'responsible';

interface Row {
  table: 'plan' | 'results';
  line: number;
  cells: Partial<Record<Column, string>>;
}

export interface ImportResult {
  plan: Plan;
  warnings: ImportWarning[];
  /** as printed in the document's title, e.g. "เทศบาลตำบลดอนอะระง" */
  orgNameInDocument?: string;
  fyInDocument?: number;
}

export interface ImportOptions {
  orgId: string;
  fy: number;
  units: readonly NamedUnit[];
}

function columnOf(header: string): Column | undefined {
  const key = matchKey(header);
  if (key.startsWith('มาตรการ')) return 'measure';
  if (key.includes('วิธี')) return 'methods';
  if (key.includes('ระยะเวลา')) return 'timeframe';
  if (key.includes('ติดตาม')) return 'followUps';
  if (key.includes('ข้อเสนอแนะ')) return 'recommendations';
  if (key.includes('ผู้รับผิดชอบ')) return 'responsible';
  return undefined;
}

const isHeader = (line: string) => line.includes('\t') && matchKey(line).startsWith('มาตรการ/แนวทาง');
const isSeparator = (line: string) => /^[\s-]*$/.test(line) && line.includes('--');

function readRows(
  lines: string[],
  warnings: ImportWarning[],
): { rows: Row[]; prose: { line: number; text: string }[] } {
  const rows: Row[] = [];
  const prose: { line: number; text: string }[] = [];
  let columns: (Column | undefined)[] | undefined;
  let table: Row['table'] = 'plan';
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || isSeparator(raw)) return;
    if (isHeader(raw)) {
      columns = raw.split('\t').map(columnOf);
      table = columns.includes('recommendations') ? 'results' : 'plan';
      return;
    }
    if (!raw.includes('\t') || !columns) {
      columns = raw.includes('\t') ? columns : undefined;
      prose.push({ line, text: stripTags(raw.replace(/\*\*/g, '')) });
      return;
    }
    const cells = raw.split('\t');
    const continuation = !stripTags(cells[0] ?? '');
    if (!continuation && cells.length !== columns.length) {
      warnings.push({
        line,
        code: 'unexpected-cell-count',
        message_th: `บรรทัด ${line}: มี ${cells.length} ช่อง แต่หัวตารางมี ${columns.length} ช่อง`,
        message_en: `line ${line}: ${cells.length} cells, but the header has ${columns.length}`,
      });
    }
    const byColumn: Row['cells'] = {};
    cells.forEach((c, j) => {
      const col = columns![j];
      if (col) byColumn[col] = c;
    });
    if (continuation) {
      const previous = rows.at(-1);
      if (!previous || previous.table !== table) {
        warnings.push({
          line,
          code: 'orphan-continuation',
          message_th: `บรรทัด ${line}: แถวต่อเนื่องไม่มีแถวก่อนหน้า จึงข้ามไป`,
          message_en: `line ${line}: a continuation row with no row before it was skipped`,
        });
        return;
      }
      for (const [col, value] of Object.entries(byColumn) as [Column, string][]) {
        if (stripTags(value)) previous.cells[col] = `${previous.cells[col] ?? ''} ${value}`;
      }
      return;
    }
    rows.push({ table, line, cells: byColumn });
  });
  return { rows, prose };
}

function followUpsOf(cell: string, line: number, indicatorNo: number, warnings: ImportWarning[]): FollowUp[] {
  return splitItems(cell).map((text, i) => {
    const cadence = detectCadence(text);
    if (cadence === 'unspecified') {
      warnings.push({
        line,
        code: 'unspecified-cadence',
        message_th: `บรรทัด ${line}: ตัวชี้วัดที่ ${toThaiDigits(indicatorNo)} การติดตามผลข้อ ${toThaiDigits(i + 1)} ไม่ระบุรอบการรายงาน จึงถือเป็นรายงานประจำปี`,
        message_en: `line ${line}: indicator ${indicatorNo}, follow-up ${i + 1} names no reporting cadence; treated as annual`,
      });
    }
    return { followUpNo: i + 1, text, cadence, audience: detectAudience(text) };
  });
}

function measureOf(
  row: Row,
  order: number,
  usedIds: Set<string>,
  options: ImportOptions,
  warnings: ImportWarning[],
): Measure | undefined {
  const heading = parseIndicatorHeading(row.cells.measure ?? '');
  if (!heading) {
    warnings.push({
      line: row.line,
      code: 'no-indicator',
      message_th: `บรรทัด ${row.line}: ไม่พบ "ตัวชี้วัดที่" ในช่องมาตรการ จึงข้ามแถวนี้`,
      message_en: `line ${row.line}: no "ตัวชี้วัดที่" (indicator) found in the measure cell; row skipped`,
    });
    return undefined;
  }
  const no = heading.indicator;
  if (heading.labelRead !== undefined) {
    warnings.push({
      line: row.line,
      code: 'indicator-label-guessed',
      message_th: `บรรทัด ${row.line}: อ่านได้ว่า "${heading.labelRead}" จึงถือเป็น "ตัวชี้วัดที่ ${toThaiDigits(no)}"`,
      message_en: `line ${row.line}: read "${heading.labelRead}", taken as indicator ${no} ("ตัวชี้วัดที่ ${no}")`,
    });
  }
  if (heading.nameUnrecognised) {
    warnings.push({
      line: row.line,
      code: 'unknown-indicator-name',
      message_th: `บรรทัด ${row.line}: ไม่พบชื่อตัวชี้วัดที่ ${toThaiDigits(no)} (${catalogIndicator(no).nameTh}) ในหัวข้อ จึงใช้ชื่อมาตรฐาน`,
      message_en: `line ${row.line}: indicator ${no}'s name was not found in the heading; the catalog name is used`,
    });
  }
  let measureId = `i${no}`;
  for (let n = 2; usedIds.has(measureId); n++) measureId = `i${no}-${n}`;
  usedIds.add(measureId);
  const { responsibility, unknown } = parseResponsibility(row.cells.responsible ?? '', options.units);
  if (unknown) {
    warnings.push({
      line: row.line,
      code: 'unknown-unit',
      message_th: `บรรทัด ${row.line}: ไม่รู้จักหน่วยงาน "${unknown}" ในช่องผู้รับผิดชอบ`,
      message_en: `line ${row.line}: unknown unit "${unknown}" in the responsible-units cell`,
    });
  }
  if (!responsibility.allUnits && responsibility.unitIds.length === 0) {
    warnings.push({
      line: row.line,
      code: 'no-responsible-unit',
      message_th: `บรรทัด ${row.line}: ตัวชี้วัดที่ ${toThaiDigits(no)} ไม่มีหน่วยงานผู้รับผิดชอบที่รู้จัก`,
      message_en: `line ${row.line}: indicator ${no} has no known responsible unit`,
    });
  }
  return {
    measureId,
    order,
    indicator: no,
    title: heading.title,
    subMeasures: heading.subMeasures,
    methods: splitItems(row.cells.methods ?? ''),
    timeframe: stripTags(row.cells.timeframe ?? ''),
    followUps: followUpsOf(row.cells.followUps ?? '', row.line, no, warnings),
    responsible: responsibility,
    recommendations: [],
  };
}

function attachResults(measures: Measure[], rows: Row[], options: ImportOptions, warnings: ImportWarning[]): void {
  for (const row of rows) {
    const heading = parseIndicatorHeading(row.cells.measure ?? '');
    const measure = heading && measures.find((m) => m.indicator === heading.indicator);
    if (!measure) {
      warnings.push({
        line: row.line,
        code: 'unmatched-results-row',
        message_th: `บรรทัด ${row.line}: แถวในรายงานผลไม่ตรงกับตัวชี้วัดใดในแผน`,
        message_en: `line ${row.line}: a results-report row matches no indicator of the plan`,
      });
      continue;
    }
    measure.recommendations.push(...splitItems(row.cells.recommendations ?? ''));
    const reported = parseResponsibility(row.cells.responsible ?? '', options.units).responsibility;
    const same =
      reported.allUnits === measure.responsible.allUnits &&
      reported.unitIds.join() === measure.responsible.unitIds.join();
    if (!same) {
      warnings.push({
        line: row.line,
        code: 'responsibility-differs',
        message_th: `บรรทัด ${row.line}: รายงานผลระบุผู้รับผิดชอบของตัวชี้วัดที่ ${toThaiDigits(measure.indicator)} ว่า "${reported.text}" ต่างจากแผน ("${measure.responsible.text}") จึงใช้ตามแผน`,
        message_en: `line ${row.line}: the results report names other responsible units for indicator ${measure.indicator}; the plan's are kept`,
      });
    }
  }
}

function documentFacts(prose: { line: number; text: string }[]): { orgName?: string; fy?: number; title: string } {
  const first = prose[0]?.text ?? '';
  const orgName = /ของ\s*((?:เทศบาล|องค์การบริหารส่วน)\S+)/.exec(first)?.[1];
  const fyLine = prose.slice(0, 4).find((p) => /ประจำปีงบประมาณ/.test(p.text));
  const fy = fyLine ? Number(fromThaiDigits(/พ\.ศ\.\s*([๐-๙0-9]{4})/.exec(fyLine.text)?.[1] ?? 'NaN')) : NaN;
  return {
    title: collapseSpaces([first, fyLine?.text ?? ''].join(' ')),
    ...(orgName ? { orgName } : {}),
    ...(Number.isFinite(fy) ? { fy } : {}),
  };
}

export function importMeasuresDocument(text: string, options: ImportOptions): ImportResult {
  const warnings: ImportWarning[] = [];
  const { rows, prose } = readRows(normaliseThai(text).replace(/\r\n?/g, '\n').split('\n'), warnings);
  const usedIds = new Set<string>();
  const measures = rows
    .filter((r) => r.table === 'plan')
    .map((r, i) => measureOf(r, i + 1, usedIds, options, warnings))
    .filter((m): m is Measure => m !== undefined)
    .map((m, i) => ({ ...m, order: i + 1 }));
  attachResults(
    measures,
    rows.filter((r) => r.table === 'results'),
    options,
    warnings,
  );
  for (const m of measures) m.recommendations = [...new Set(m.recommendations)];

  const facts = documentFacts(prose);
  if (facts.fy !== undefined && facts.fy !== options.fy) {
    warnings.push({
      line: prose.find((p) => p.text.includes('ประจำปีงบประมาณ'))?.line ?? 1,
      code: 'fiscal-year-differs',
      message_th: `เอกสารระบุปีงบประมาณ ${toThaiDigits(facts.fy)} แต่นำเข้าเป็นปี ${toThaiDigits(options.fy)}`,
      message_en: `the document says fiscal year ${facts.fy}, but it is imported as ${options.fy}`,
    });
  }
  if (measures.length === 0) {
    warnings.push({
      line: 1,
      code: 'no-measures',
      message_th: 'ไม่พบตารางมาตรการในเอกสาร',
      message_en: 'no measures table was found in the document',
    });
  }
  return {
    plan: { orgId: options.orgId, fy: options.fy, title: facts.title, measures },
    warnings: warnings.sort((a, b) => a.line - b.line),
    ...(facts.orgName ? { orgNameInDocument: facts.orgName } : {}),
    ...(facts.fy !== undefined ? { fyInDocument: facts.fy } : {}),
  };
}
