// The reviewer's three-measure plan of FY2569 (review 17 s21, gen_ri.py) as a tab-separated document,
// and a unit's report on one of its obligations: the guard-on-reports files build on it.
import { expect } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { call } from './api-events.js';
import type { ApiFixture } from './api-fixture.js';

export const REVIEWER_FY = 2569;
const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const ROWS = {
  i1: ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
  i2: ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', '1. รายงานผลทุกไตรมาส 2. สรุปผลปีละครั้ง', 'กองคลัง'],
  i9: ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', 'รายงานผลรอบ 6 เดือน', 'กองช่าง กองคลัง'],
};
export type ReviewerRows = typeof ROWS;

/** The plan as tab-separated text, with `change` made to a copy of its rows. */
export function reviewerPlanText(change: (rows: ReviewerRows) => void = () => undefined): string {
  const rows = structuredClone(ROWS);
  change(rows);
  return [
    'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569',
    HEADER.join('\t'),
    ...Object.values(rows).map((r) => r.join('\t')),
  ].join('\n');
}

/** `as` reports obligation `obligationId` of FY2569 done; expects 200. */
export async function reportDone(f: ApiFixture, as: string, obligationId: string): Promise<void> {
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy: REVIEWER_FY, obligationId }),
    as,
    body: { progress: 'done', summary: 'ดำเนินการแล้ว' },
  });
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
}
