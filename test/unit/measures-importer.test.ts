import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { detectCadence } from '../../shared/import/cadence-detection.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { splitItems } from '../../shared/import/thai-text.js';
import { importSeedPlan } from '../support/seed-plan.js';

const { plan, warnings, orgNameInDocument, fyInDocument } = importSeedPlan();
const byIndicator = (n: number) => plan.measures.find((m) => m.indicator === n)!;
const cadences = (n: number) => byIndicator(n).followUps.map((f) => f.cadence);

describe('importing the FY2566 measures document', () => {
  it('finds exactly seven measures, for indicators 4 to 10 in order', () => {
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10']);
  });

  it('reads the document title, organisation and fiscal year', () => {
    expect(orgNameInDocument).toContain('เทศบาลตำบล');
    expect(fyInDocument).toBe(2566);
    expect(plan.title).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
  });

  it('splits the indicator-5 measure into 6 sub-measures and 7 methods', () => {
    const m = byIndicator(5);
    expect(m.title).toBe('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต');
    expect(m.subMeasures).toHaveLength(6);
    expect(m.subMeasures[0]).toBe('มาตรการเผยแพร่ข้อมูลต่อที่สาธารณะ');
    expect(m.methods).toHaveLength(7);
    expect(m.methods[6]).toMatch(/^ให้ทุกสำนัก กอง/);
  });

  it('takes the title from the indicator name even without bold markup or a space after ที่', () => {
    expect(byIndicator(4).title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ');
    expect(byIndicator(8).title).toBe('ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน');
    expect(byIndicator(7).subMeasures).toEqual(['การปรับปรุงการสื่อสารและ การรับฟังความคิดเห็นของ ประชาชน']);
  });

  it('detects monthly follow-ups for indicators 4 (2nd), 5 (1st) and 10 (1st and 4th)', () => {
    expect(cadences(4)[1]).toBe('monthly');
    expect(cadences(5)[0]).toBe('monthly');
    expect(cadences(10)[0]).toBe('monthly');
    expect(cadences(10)[3]).toBe('monthly');
  });

  it('detects the semiannual procurement follow-up of indicator 5 (4th)', () => {
    expect(cadences(5)[3]).toBe('semiannual');
    expect(byIndicator(5).followUps[3]!.audience).toContain('mayor');
  });

  it('detects april-september follow-ups for indicators 6, 7 and 9', () => {
    expect(cadences(6)).toEqual(['april-september']);
    expect(cadences(7)).toEqual(['april-september']);
    expect(cadences(9)).toEqual(['april-september']);
    expect(byIndicator(6).followUps[0]!.audience).toEqual(['executives']);
  });

  it('keeps follow-ups with no cadence as "unspecified" and warns with the line number', () => {
    expect(cadences(4)[0]).toBe('unspecified');
    const w = warnings.filter((x) => x.code === 'unspecified-cadence');
    expect(w.map((x) => x.where.line)).toEqual([10, 13, 13, 22, 22, 22, 28, 28]);
    expect(w[0]!.message_th).toContain('ตัวชี้วัดที่ ๔');
  });

  it('assigns indicator 6 to สำนักปลัด only and the others to every unit, สำนักปลัด leading', () => {
    expect(byIndicator(6).responsible).toMatchObject({ allUnits: false, unitIds: ['clerk'] });
    expect(byIndicator(4).responsible).toMatchObject({ allUnits: true, unitIds: [] });
    for (const n of [5, 7, 8, 9, 10]) {
      expect(byIndicator(n).responsible).toMatchObject({ allUnits: true, leadUnitId: 'clerk' });
    }
  });

  it("attaches the results report's recommendations to indicators 4-10, matched by indicator", () => {
    for (const m of plan.measures) expect(m.recommendations.length).toBeGreaterThan(0);
    expect(byIndicator(4).recommendations[0]).toMatch(/^หน่วยงานต้องจัดให้มีการจัดทำคู่มือ/);
    expect(byIndicator(5).recommendations).toHaveLength(2);
    expect(byIndicator(9).recommendations).toHaveLength(4);
  });

  it('warns where the results report names other responsible units than the plan', () => {
    const w = warnings.filter((x) => x.code === 'responsibility-differs').map((x) => x.where.line);
    expect(w).toEqual([36, 45]);
  });

  it('raises no warning for the continuation row or the separator row', () => {
    expect(warnings.filter((w) => w.where.line === 41 || w.where.line === 42)).toEqual([]);
  });
});

describe('importer building blocks', () => {
  it('reads OCR variants of ตัวชี้วัดที่', () => {
    for (const cell of [
      'ตัวชี้ัดที่๔ การใช้ ทรัพย์สินของทางราชการ',
      '<b>๒. ด้วยวัดที่ ๕ การแก้ไขปัญหาการทุจริต</b>',
      'ตัวชี้วัดที่ ๑๐ การป้องกัน การทุจริต',
    ]) {
      expect(parseIndicatorHeading(cell)?.indicator).toBeGreaterThan(3);
    }
    expect(parseIndicatorHeading('ตัวชี้ัดที่๔ การใช้ ทรัพย์สินของทางราชการ')?.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ');
  });

  it('recognises the cadence phrases', () => {
    expect(detectCadence('รายงานให้ที่ประชุมทราบเป็นประจำทุกเดือน')).toBe('monthly');
    expect(detectCadence('ให้ดำเนินการรายงานข้อมูลในทุกๆเดือน')).toBe('monthly');
    expect(detectCadence('รายงานให้นายกเทศมนตรีทราบ เป็นประจำทุก ๖ เดือน')).toBe('semiannual');
    expect(detectCadence('เสนอผู้บริหารในเดือนเมษายน และ กันยายนของทุกปี')).toBe('april-september');
    expect(detectCadence('รายงานทุกไตรมาส')).toBe('quarterly');
    expect(detectCadence('รายงานผู้บริหารทุกสิ้นปีงบประมาณ')).toBe('annual');
    expect(detectCadence('สรุปผลประจำปี')).toBe('annual');
    expect(detectCadence('ตลอดปีงบประมาณ')).toBe('unspecified');
  });

  it('reads "ทุก กองงาน" with a space as every unit', () => {
    const { responsibility, unknown } = parseResponsibility('สำนักปลัด ทุก กองงาน', MUNICIPAL_UNITS);
    expect(responsibility).toMatchObject({ allUnits: true, unitIds: ['clerk'], leadUnitId: 'clerk' });
    expect(unknown).toBe('');
  });

  it('names a unit it does not know', () => {
    expect(parseResponsibility('กองสวัสดิการสังคม', MUNICIPAL_UNITS).unknown).toBe('กองสวัสดิการสังคม');
  });

  it('splits list markup, Thai numbering and dashes into items, ignoring พ.ศ. and มาตรา numbers', () => {
    expect(splitItems('<ul><li>- ก</li> <li>- ข</li></ul>')).toEqual(['ก', 'ข']);
    expect(splitItems('๑. ตามมาตรา๗ พ.ร.บ. พ.ศ.๒๕๔๐ ๒. สอง ๓. สาม')).toEqual([
      'ตามมาตรา๗ พ.ร.บ. พ.ศ.๒๕๔๐',
      'สอง',
      'สาม',
    ]);
    expect(splitItems('๑) หนึ่ง ๒) สอง')).toEqual(['หนึ่ง', 'สอง']);
    expect(splitItems('- ก - ข')).toEqual(['ก', 'ข']);
    expect(splitItems('ยึด-คืน ไม่ใช่รายการ')).toEqual(['ยึด-คืน ไม่ใช่รายการ']);
  });

  it('reports a document with no measures table instead of guessing', () => {
    const result = importMeasuresDocument('ข้อความธรรมดา\nไม่มีตาราง', {
      orgId: 'demo',
      fy: 2566,
      units: MUNICIPAL_UNITS,
    });
    expect(result.plan.measures).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-measures']);
  });

  it('warns when the document is for another fiscal year than the one imported', () => {
    const { warnings } = importSeedPlan();
    expect(warnings.some((w) => w.code === 'fiscal-year-differs')).toBe(false);
    const text = '**มาตรการ ของเทศบาลตำบลทดสอบ**\n\n**ประจำปีงบประมาณ พ.ศ. ๒๕๖๗**\n';
    const other = importMeasuresDocument(text, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
    expect(other.warnings.map((w) => w.code)).toContain('fiscal-year-differs');
  });
});
