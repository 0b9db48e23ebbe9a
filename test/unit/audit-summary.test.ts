// Every action the code can write to the audit trail reads as a sentence, Thai and English.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../shared/domain/audit-actions.js';
import { auditSummary } from '../../shared/domain/audit-summary.js';

const unitName = (id: string) => (id === 'finance' ? 'กองคลัง' : id);
const details = { fy: 2566, version: 3, name: 'กองคลัง', roles: 'staff', unitId: 'finance', changed: 'name' };

describe('the audit summary', () => {
  it('reads a reopen as the coordinator reopening the accepted version, not as a raw action name', () => {
    expect(auditSummary({ action: 'report.reopen', details: { fy: 2566, version: 1 } }, unitName)).toEqual({
      th: 'เปิดรายงาน ฉบับที่ ๑ ที่ตรวจรับแล้วให้แก้ไขอีกครั้ง',
      en: 'reopened the accepted version 1 for changes',
    });
  });

  it.each(AUDIT_ACTIONS.map((a) => [a]))('has its own Thai and English sentence for %s', (action) => {
    const summary = auditSummary({ action, details }, unitName);
    expect(summary.th).not.toContain(action);
    expect(summary.th).toMatch(/^[\u0E00-\u0E7F]/);
    expect(summary.en).not.toBe(action);
    expect(summary.en).not.toContain('undefined');
  });

  it('names the document in Thai for a publish and a withdrawal of the results report', () => {
    expect(auditSummary({ action: 'annual-report.publish' }, unitName).th).toBe('เผยแพร่รายงานผลการดำเนินการตามมาตรการ');
    expect(auditSummary({ action: 'plan-document.withdraw' }, unitName).th).toBe(
      'ถอนการเผยแพร่เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    );
  });

  // the history uses the words of the documents screen's buttons (จัดทำ…, ถอนการเผยแพร่ฉบับที่ N),
  // not a second word for the same act
  it.each([
    ['annual-report.generate', { generation: 2 }, 'จัดทำรายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๒'],
    ['plan-document.generate', {}, 'จัดทำเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส'],
    ['annual-report.withdraw', { generation: 12 }, 'ถอนการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๑๒'],
  ])('reads %s in the words the documents screen uses', (action, d, th) => {
    expect(auditSummary({ action, details: d }, unitName).th).toBe(th);
  });

  // re-check P3 (s46): the results report's entries say which report, the year's or the half-year's;
  // an entry written before they named it (no `document`) reads as it did
  it.each([
    [
      'annual-report.generate',
      { generation: 5, document: 'half-year-report' },
      'จัดทำรายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน ฉบับที่ ๕',
    ],
    [
      'annual-report.withdraw',
      { generation: 3, document: 'annual-report' },
      'ถอนการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๓',
    ],
    ['annual-report.publish', { generation: 3 }, 'เผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๓'],
    [
      'plan-document.publish',
      { generation: 2, document: 'plan-document' },
      'เผยแพร่เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ๒',
    ],
  ])('reads %s with %o as the report it names', (action, d, th) => {
    expect(auditSummary({ action, details: d }, unitName).th).toBe(th);
  });

  it('says a half-year entry in English as the half-year results report', () => {
    expect(
      auditSummary(
        { action: 'annual-report.publish', details: { generation: 4, document: 'half-year-report' } },
        unitName,
      ).en,
    ).toBe('published the half-year results report, generation 4');
  });

  it.each([
    [
      'a person renamed',
      'person.update',
      { name: 'นางสมศรี ใหม่', changed: 'name' },
      'นางสมศรี ใหม่: เปลี่ยนชื่อเป็น นางสมศรี ใหม่',
    ],
    ['a person moved', 'person.update', { name: 'ก', unitId: 'finance', changed: 'unitId' }, 'ก: ย้ายไป กองคลัง'],
    ['a unit renamed', 'unit.update', { name: 'กองคลัง', changed: 'name' }, 'หน่วยงาน กองคลัง: เปลี่ยนชื่อเป็น กองคลัง'],
  ])('reads %s in an entry written before the old value was kept, as it did then', (_n, action, d, th) => {
    expect(auditSummary({ action, details: d }, unitName).th).toBe(th);
  });

  it('says from which unit to which a person moved, "no unit" for none', () => {
    const moved = (from: string, to: string) =>
      auditSummary(
        { action: 'person.update', details: { name: 'ก', unitId: to, previousUnitId: from, changed: 'unitId' } },
        unitName,
      );
    expect(moved('', 'finance')).toEqual({
      th: 'ก: ย้ายจาก ไม่สังกัดหน่วยงาน ไป กองคลัง',
      en: 'ก: moved from no unit to กองคลัง',
    });
    expect(moved('finance', '')).toEqual({
      th: 'ก: ย้ายจาก กองคลัง ไป ไม่สังกัดหน่วยงาน',
      en: 'ก: moved from กองคลัง to no unit',
    });
  });

  it('still says something for an action it does not know (an older release wrote it)', () => {
    expect(auditSummary({ action: 'report.archive' }, unitName)).toEqual({
      th: 'บันทึก (report.archive)',
      en: 'report.archive',
    });
  });
});
