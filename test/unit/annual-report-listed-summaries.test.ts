// Review 17 s11, S11-15: a unit's report summary written as a numbered list ("๑. … ๒. … ๓. …") is
// printed by the annual report under the follow-up it reports on; read back, its items became new
// follow-ups of the measure (a semiannual and an annual obligation nobody planned). The report's
// own lines under a follow-up are never plan items, in the DOCX (one numbered paragraph with the
// period lines under it) and in the PDF (the cell read as one text).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { reportedFollowUpItems } from '../../shared/import/report-follow-up-items.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { renderSeedAnnualReport } from '../support/seed-annual-report.js';
import { importSeedPlan } from '../support/seed-plan.js';

const seed = importSeedPlan();
const followUps = (measures: readonly { followUps: readonly { cadence: string; text: string }[] }[]) =>
  measures.map((m) => m.followUps.map((f) => ({ cadence: f.cadence, text: matchKey(f.text) })));

describe('an annual report whose units wrote their summaries as numbered lists imports back to the plan', () => {
  for (const summary of [
    '๑. ประชุมชี้แจงบุคลากรแล้ว ๒. ส่งสรุปผลให้นายกเทศมนตรีทุก ๖ เดือน ๓. ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ดำเนินการแล้ว',
    '1) จัดทำคู่มือแล้ว 2) รายงานผลต่อที่ประชุมทุกเดือน',
    '๑. ดำเนินการแล้ว ๒. สรุปผลเสนอนายกเทศมนตรีทุกไตรมาส',
    // printed in part, the note under the table (tester s43 F2) read as no plan item
    `๑. ${'ประชุมชี้แจงบุคลากรทุกเดือน '.repeat(15)}๒. ส่งสรุปผลทุกไตรมาส`,
  ]) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`"${summary.slice(0, 30)}…" (${format.toUpperCase()}): the seed's follow-ups and cadences, nothing more`, async () => {
        const files = await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), undefined, summary);
        const { document } = await readPlanFile(files[format]);
        const result = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
        expect(followUps(result.plan.measures)).toEqual(followUps(seed.plan.measures));
      }, 90_000);
    }
  }
});

describe('the follow-ups of a report cell read as one text', () => {
  const head = (label: string) => `${label}: ส่งแล้ว ๑/๕ · ไม่ได้ส่ง: กองช่าง`;
  it('a new follow-up starts where the periods start again, from its number', () => {
    const text = [
      '๑. รายงานผู้บริหารทุกไตรมาส',
      head('ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙'),
      '- กองคลัง: ๑. ประชุมแล้ว ๒. ส่งสรุปทุก ๖ เดือน',
      head('ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๙'),
      '- กองคลัง: ๑. ประชุมแล้ว ๒. ส่งสรุป',
      '๒. สรุปผลเสนอนายกทุก ๖ เดือน',
      head('ครึ่งปีแรก ปีงบประมาณ ๒๕๖๙ (ต.ค.-มี.ค.)'),
      '๓. รายงานผลประจำเดือน',
      head('ตุลาคม ๒๕๖๘'),
      head('มกราคม ๒๕๖๙'),
      '- กองคลัง: ๓. ข้อสาม',
      '๔. ส่งรายงานครั้งเดียว',
      head('ครั้งเดียว ปีงบประมาณ ๒๕๖๙'),
    ].join(' ');
    expect(reportedFollowUpItems(text)).toEqual([
      'รายงานผู้บริหารทุกไตรมาส',
      'สรุปผลเสนอนายกทุก ๖ เดือน',
      'รายงานผลประจำเดือน',
      'ส่งรายงานครั้งเดียว',
    ]);
  });

  it('two follow-ups of one cadence: the second starts at its first period again', () => {
    const text = `๑. รายงานครั้งที่ 1 ${head('เมษายน ๒๕๖๙')} ${head('กันยายน ๒๕๖๙')} ๒. รายงานครั้งที่ 2 ${head('เมษายน ๒๕๖๙')}`;
    expect(reportedFollowUpItems(text)).toEqual(['รายงานครั้งที่ 1', 'รายงานครั้งที่ 2']);
  });

  it('a text without a period line is no report cell', () => {
    expect(reportedFollowUpItems('๑. รายงานผลทุกเดือน ๒. สรุปผลทุก ๖ เดือน')).toBeUndefined();
  });
});
