// Tester s43 F2 with F6: a yearly follow-up stopped after February owes no period, so the results
// report printed nothing under it, and two such follow-ups in a row were read back from the PDF as
// one (its reader starts a follow-up where period lines start again). The report says "ไม่มีรอบที่ต้อง
// รายงานในปีนี้" under each, which a reader understands and the importer reads as a period line.
import { describe, expect, it } from 'vitest';
import { reportedFollowUpItems } from '../../shared/import/report-follow-up-items.js';
import { NO_PERIODS_LINE } from '../../shared/documents/annual-report-model.js';
import { measureCells } from '../../shared/documents/report-cells.js';

const MONTH = 'ตุลาคม ๒๕๖๕: ส่งแล้ว ๒/๕ · ไม่ได้ส่ง: กองช่าง - กองคลัง: ๑. ประชุมแล้ว ๒. รายงานแล้ว';

describe('follow-ups that owe no period, read back from a results report', () => {
  it.each([
    [
      'two in a row between two with periods',
      `๑. รายงานทุกเดือน (ทุกเดือน) ${MONTH} ๒. ตั้งคณะกรรมการ (ถึงเดือนกุมภาพันธ์ ๒๕๖๖) ${NO_PERIODS_LINE} ๓. ติดตามการปฏิบัติงาน (ถึงเดือนกุมภาพันธ์ ๒๕๖๖) ${NO_PERIODS_LINE} ๔. รายงานการจัดซื้อ (ทุกเดือน) ${MONTH}`,
      [
        'รายงานทุกเดือน (ทุกเดือน)',
        'ตั้งคณะกรรมการ (ถึงเดือนกุมภาพันธ์ ๒๕๖๖)',
        'ติดตามการปฏิบัติงาน (ถึงเดือนกุมภาพันธ์ ๒๕๖๖)',
        'รายงานการจัดซื้อ (ทุกเดือน)',
      ],
    ],
    [
      'the first one, its line broken by the PDF',
      `๑. ตั้งคณะกรรมการ (ถึงเดือนธันวาคม ๒๕๖๕) ไม่มีรอบที่ต้อง รายงานในปีนี้ ๒. รายงานทุกเดือน (ทุกเดือน) ${MONTH}`,
      ['ตั้งคณะกรรมการ (ถึงเดือนธันวาคม ๒๕๖๕)', 'รายงานทุกเดือน (ทุกเดือน)'],
    ],
    [
      'every follow-up of the measure',
      `๑. ประชุม (ถึงเดือนมกราคม ๒๕๖๖) ${NO_PERIODS_LINE} ๒. รายงาน (ถึงเดือนมกราคม ๒๕๖๖) ${NO_PERIODS_LINE}`,
      ['ประชุม (ถึงเดือนมกราคม ๒๕๖๖)', 'รายงาน (ถึงเดือนมกราคม ๒๕๖๖)'],
    ],
  ])('%s: each is a follow-up of its own', (_name, text, items) => {
    expect(reportedFollowUpItems(text)).toEqual(items);
  });

  it('the results table says so under a follow-up without periods, and nothing under one with', () => {
    const [, , , followUps] = measureCells({
      measureId: 'i10',
      indicator: 10,
      title: 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต',
      subMeasures: [],
      methods: [],
      timeframe: '',
      recommendations: [],
      responsible: ['ทุกหน่วยงาน'],
      followUps: [{ followUpNo: 1, text: 'ตั้งคณะกรรมการ', cadence: 'annual', lastMonth: '2023-02', periods: [] }],
    } as never);
    expect(followUps).toContain(NO_PERIODS_LINE);
  });
});
