// Review 17 s26, S26-8: a timeframe column headed by a short form ("เวลาดำเนินการ", "เวลา",
// "เดือน", "ช่วงเดือน", "วัน/เดือน/ปี", "Timeline" …) was a note: its months were lost, the
// follow-ups ran all year and nothing was said. Such a column is the timeframe; a follow-up or
// reporting-schedule label with เดือน or เวลา in it stays what it was.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

const planUnder = (timeframeLabel: string) =>
  importText([
    'แผน ประจำปีงบประมาณ พ.ศ. 2567',
    '',
    `มาตรการ/แนวทาง\tวิธีการดำเนินการ\t${timeframeLabel}\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ`,
    'ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tม.ค. - มิ.ย. 67\tรายงานผลทุกเดือน\tกองคลัง',
    'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต\tจัดทำประกาศ\t1 กุมภาพันธ์ 2567\tรายงานผลต่อนายก (ครั้งเดียว)\tสำนักปลัด',
  ]);

describe('a timeframe column under a short name is the timeframe (S26-8)', () => {
  for (const label of [
    'เวลาดำเนินการ',
    'เวลา',
    'เวลาที่ดำเนินการ',
    'วันเวลา',
    'เดือน',
    'ช่วงเดือน',
    'วัน/เดือน/ปี',
    'ปฏิทินการดำเนินงาน',
    'Timeline',
  ]) {
    it(`under "${label}", January-June 2567 is the measure's timeframe and its monthly reports run January-June, said`, () => {
      const result = planUnder(label);
      const [i4, i5] = result.plan.measures;
      expect(i4!.timeframe).toBe('ม.ค. - มิ.ย. 67');
      expect(i4!.followUps.map((f) => [f.cadence, f.firstMonth, f.lastMonth])).toEqual([
        ['monthly', '2024-01', '2024-06'],
      ]);
      expect(i5!.timeframe).toBe('1 กุมภาพันธ์ 2567');
      expect(i4!.notes ?? []).toEqual([]);
      // the same warnings as under the usual name: timeframe-months for i4, i5's one-off as read there
      const codes = result.warnings.map((w) => w.code);
      expect(codes).toEqual(planUnder('ระยะเวลาดำเนินการ').warnings.map((w) => w.code));
      expect(codes.filter((c) => c === 'timeframe-months')).toHaveLength(1);
    });
  }

  it('a follow-up or reporting-schedule label naming months or a time is not the timeframe', () => {
    const labels = ['รายงานทุกเดือน', 'การรายงานผลรายเดือน', 'การติดตามผลรายเดือน', 'เวลารายงานผล', 'เวลาส่งรายงาน'];
    expect(labels.filter((l) => columnOf(l).role === 'timeframe')).toEqual([]);
    expect(['เดือนละครั้ง', 'ผลการดำเนินงานรายเดือน'].filter((l) => columnOf(l).role === 'timeframe')).toEqual([]);
  });
});
