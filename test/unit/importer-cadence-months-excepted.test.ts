// Review 17 s21, low note: a follow-up "รายงานผลทุกเดือน ยกเว้นเดือนธันวาคม" (every month except
// December) was read as monthly with no warning, so the units were asked for December too. A
// cadence cannot leave out months inside the year (a follow-up's months are one run): the cadence is
// kept and said as guessed (cadence-guessed), quoting the text and the exception.
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { importRows } from '../support/import-rows.js';

const row = (followUp: string) => [
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์',
  'ตลอดปีงบประมาณ',
  followUp,
  'กองคลัง',
];

describe('a cadence with months left out is kept and said as guessed', () => {
  it('"รายงานผลทุกเดือน ยกเว้นเดือนธันวาคม" is monthly, with a cadence-guessed warning quoting the text and the exception', () => {
    const result = importRows(row('รายงานผลทุกเดือน ยกเว้นเดือนธันวาคม'));
    expect(result.plan.measures[0]!.followUps[0]!.cadence).toBe('monthly');
    const warned = result.warnings.filter((w) => w.code === 'cadence-guessed');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ measureId: 'i9', followUpNo: 1, source: 'รายงานผลทุกเดือน ยกเว้นเดือนธันวาคม' });
    expect(warned[0]!.message_th).toContain(
      'อ่านได้ว่า "รายงานผลทุกเดือน ยกเว้นเดือนธันวาคม" ระบุช่วงที่ยกเว้นไว้ ("ยกเว้นเดือนธันวาคม")',
    );
    expect(warned[0]!.message_th).toContain('จึงถือเป็น "ทุกเดือน" ทุกรอบ');
    expect(warned[0]!.message_en).toContain('it leaves out "ยกเว้นเดือนธันวาคม"');
  });

  it.each([
    ['รายงานทุกเดือน เว้นเดือนเมษายน (ช่วงสงกรานต์)', 'monthly', 'เว้นเดือนเมษายน'],
    ['รายงานผลทุกเดือน (ไม่รวม ต.ค.)', 'monthly', 'ไม่รวม ต.ค.'],
    ['รายงานผลทุกไตรมาส ยกเว้นไตรมาสที่ ๔', 'quarterly', 'ยกเว้นไตรมาสที่ ๔'],
  ] as const)('"%s" is %s, said as guessed quoting "%s"', (text, cadence, exception) => {
    const read = readFollowUpCadence(text, 2566);
    expect(read.cadence).toBe(cadence);
    expect(read.guessed?.th).toContain(`ระบุช่วงที่ยกเว้นไว้ ("${exception}")`);
  });

  it('an exception that names no month or quarter ("ยกเว้นกรณีเร่งด่วน") says nothing, nor does a plain monthly follow-up', () => {
    expect(readFollowUpCadence('รายงานทุกเดือน ยกเว้นกรณีเร่งด่วนให้รายงานทันที', 2566)).toEqual({
      cadence: 'monthly',
      alsoNamed: [],
    });
    const result = importRows(row('รายงานผลทุกเดือน'));
    expect(result.warnings.map((w) => w.code)).not.toContain('cadence-guessed');
  });
});
