// Review 17 s12, S12-4: OCR text whose last cell wraps onto a line of its own ("สำนักปลัด⏎ทุกกองงาน")
// lost that line silently: units dropped out of the measure, 0 warnings. The line now continues the
// row's last cell, with a warning that names the line and quotes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { importSeedPlan, SEED_DOCUMENT } from '../support/seed-plan.js';

const read = (text: string, fy = 2567) => importMeasuresDocument(text, { orgId: 'demo', fy, units: MUNICIPAL_UNITS });
const units = (m: ReturnType<typeof read>['plan']['measures'][number]) =>
  m.responsible.allUnits ? `all, lead ${m.responsible.leadUnitId ?? '-'}` : m.responsible.unitIds.join(',');

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const plan = (...rows: string[]) =>
  ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', HEADER, ...rows].join('\n');
const I4 = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๑. มาตรการป้องกัน\t๑. จัดทำคู่มือ\tตลอดปีงบประมาณ\t๑. รายงานผลทุกเดือน';
const I5 =
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ๑. มาตรการเผยแพร่ข้อมูล\t๑. เผยแพร่ผลบนเว็บไซต์\tตลอดปีงบประมาณ\t๑. รายงานผู้บริหารทุกไตรมาส';
const I9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๑. ปรับปรุงข้อมูลบนเว็บไซต์\tตลอดปีงบประมาณ\t๑. สรุปผลประจำปี';

describe('a units cell wrapped onto a line of its own continues the row (reviewer’s lw1)', () => {
  const text = plan(`${I4}\tกองคลัง`, `${I5}\tสำนักปลัด`, 'ทุกกองงาน', `${I9}\tกองช่าง`, 'กองการศึกษา', '');

  it('keeps every unit of the wrapped cells', () => {
    const { plan: p } = read(text);
    expect(p.measures.map((m) => [m.indicator, units(m)])).toEqual([
      [4, 'finance'],
      [5, 'all, lead clerk'],
      [9, 'engineering,education'],
    ]);
    expect(p.measures[2]!.title).toBe('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล');
  });

  it('says which line was joined into which cell, quoting it, in Thai first', () => {
    const said = read(text).warnings.filter((w) => w.code === 'continuation-guessed');
    expect(said.map((w) => [w.where.line, w.where.column, w.source])).toEqual([
      [5, 5, 'ทุกกองงาน'],
      [7, 5, 'กองการศึกษา'],
    ]);
    expect(said[0]!.message_th).toContain('บรรทัด ๕ ("ทุกกองงาน")');
    expect(said[0]!.message_th).toContain('"ผู้รับผิดชอบ" ของแถวบรรทัด ๔');
    expect(said[0]!.message_en).toContain('line 5 ("ทุกกองงาน")');
  });
});

describe('the seed with a units cell wrapped reads as the unbroken seed', () => {
  const seed = readFileSync(SEED_DOCUMENT, 'utf8');
  const shape = (measures: ReturnType<typeof read>['plan']['measures']) =>
    measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), units(m)]);
  const expected = shape(importSeedPlan().plan.measures);
  const lines = seed.split('\n');
  const cases: [string, string, string][] = [
    ['wrapped at its space (i5)', '\tสำนักปลัด ทุกกองงาน', '\tสำนักปลัด\nทุกกองงาน'],
    ['wrapped after ทุก (i7)', '\tสำนักปลัด ทุก กองงาน', '\tสำนักปลัด ทุก\nกองงาน'],
    ['cut at its tab, the cell alone on the next line (i6)', '\tสำนักปลัด', '\nสำนักปลัด'],
  ];
  it.each(cases)('%s', (_, cell, broken) => {
    const at = lines.findIndex((l) => l.split('\t').length === 5 && l.endsWith(cell));
    expect(at).toBeGreaterThan(0);
    const text = [...lines.slice(0, at), lines[at]!.slice(0, -cell.length) + broken, ...lines.slice(at + 1)].join('\n');
    const result = read(text, 2566);
    expect(shape(result.plan.measures)).toEqual(expected);
    expect(result.warnings.some((w) => w.code === 'continuation-guessed' && w.where.line === at + 2)).toBe(true);
  });
});

describe('other wrapped last cells and lines that are no part of a cell', () => {
  it('joins a notes column wrapped over two lines into the note', () => {
    const text = [
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\tหมายเหตุ',
      `${I4.split('\t')[0]}\t๑. จัดทำคู่มือ\t๑. รายงานผลทุกเดือน\tกองคลัง\tใช้งบประมาณ`,
      'ของกองคลัง',
      'ปีละครั้ง',
    ].join('\n');
    const { plan: p, warnings } = read(text);
    expect(p.measures[0]!.notes?.map((n) => n.text)).toEqual(['ใช้งบประมาณ ของกองคลัง ปีละครั้ง']);
    expect(warnings.find((w) => w.code === 'continuation-guessed')?.message_en).toContain('line 3-4');
  });

  it('takes a units line before a row that does not start a measure (a measure without heading)', () => {
    const text = plan(`${I4}\tกองคลัง`, 'กองช่าง', `วางระบบการยืมพัสดุ\t๑. จัดทำทะเบียน\tตลอดปี\t๑. รายงานทุกไตรมาส\tกองช่าง`);
    const { plan: p } = read(text);
    expect(p.measures.map((m) => units(m))).toEqual(['finance,engineering', 'engineering']);
    expect(p.measures[1]!.title).toBe('วางระบบการยืมพัสดุ');
  });

  it('leaves a paragraph under the table, a note and a page number as text', () => {
    const prose = 'แผนนี้ได้รับความเห็นชอบจากที่ประชุมคณะผู้บริหาร และให้ทุกหน่วยงานรายงานผลการดำเนินงานต่อสำนักปลัดตามรอบที่กำหนดไว้ในแผน';
    for (const after of [prose, 'หมายเหตุ: ปรับปรุงตามมติที่ประชุม', 'หน้า ๒ จาก ๒']) {
      const { plan: p, warnings } = read(plan(`${I4}\tกองคลัง`, after));
      expect(p.measures.map((m) => units(m))).toEqual(['finance']);
      expect(warnings.some((w) => w.code === 'continuation-guessed')).toBe(false);
    }
  });
});
