// s45: the public ITA page showed "ยังไม่ถึงกำหนด ๒๒ รายการ" for an indicator with nothing due
// without saying that some of them were added to the plan after their due date, while the results
// report it links says why under its counts (lateAdditionsNote, tester s44 F6). The page says it in
// the report's words, under the figures whose "ยังไม่ถึงกำหนด" counts hold such work (since s48
// "รอส่งย้อนหลัง": due, not sent).
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, lateAdditionsNote } from '../../shared/documents/annual-report-model.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { itaPageReporting, renderItaPage } from '../../shared/publishing/ita-page.js';
import { wholeThaiDates } from '../../shared/mail/html.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';

/** The sample plan's report on `asOf`, its monthly follow-ups of the measures given added on a day. */
function reportWith(asOf: PlainDate, days: Record<string, PlainDate>) {
  const plan: StoredPlan = samplePlan();
  for (const m of plan.measures) {
    const day = days[m.measureId];
    if (day) for (const f of m.followUps.filter((x) => x.cadence === 'monthly')) f.addedOn = day;
  }
  return buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan, reports: new Map(), asOf });
}
const publicPage = (model: ReturnType<typeof reportWith>) =>
  renderItaPage({ orgName: 'เทศบาลตำบลโคกไม้', fy: 2566, items: [], reporting: itaPageReporting(model, 1) });
const notes = (html: string) => [...html.matchAll(/<p class="note">([^<]*)<\/p>/g)].map((m) => m[1]);
/** The chart's item of indicator `no`. */
const indicatorItem = (html: string, no: string) =>
  html.split('<li>').find((li) => li.startsWith(`<p class="indicator">ตัวชี้วัดที่ ${no} `));

describe("the public page's figures say why work past its due date is not yet due", () => {
  it('one follow-up of indicator 9 added on 6 December: its October and November, on time until 9 December', () => {
    const model = reportWith('2022-12-06', { m99: '2022-12-06' });
    const html = publicPage(model);
    // since s48 its two past months are due, รอส่งย้อนหลัง, not "nothing due yet"
    expect(indicatorItem(html, '๙')).toContain('ครบกำหนด ๒: ตรงเวลา ๐ · ล่าช้า ๐ · ไม่ได้ส่ง ๐ · รอส่งย้อนหลัง ๒');
    const note =
      'หมายเหตุ: "รอส่งย้อนหลัง" คือ ๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๙ ธันวาคม ๒๕๖๕ ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว';
    // the results report's own words, under the chart
    expect(lateAdditionsNote(model)).toBe(note);
    expect(notes(html)).toEqual([wholeThaiDates(note.replaceAll('"', '&quot;'))]);
    expect(html.indexOf('<p class="note">')).toBeGreaterThan(html.indexOf('<ul class="chart">'));
  });

  it('two added on different days (indicators 4 and 9): the grace rule, and its first and last day', () => {
    const html = publicPage(reportWith('2022-12-06', { m99: '2022-12-01', i4: '2022-12-06' }));
    expect(notes(html)).toEqual([
      wholeThaiDates(
        'หมายเหตุ: &quot;รอส่งย้อนหลัง&quot; คือ ๑๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่ม (๗ ธันวาคม ๒๕๖๕ ถึง ๙ ธันวาคม ๒๕๖๕ แล้วแต่รายการ) ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว',
      ),
    ]);
  });

  it('no note once their grace is over (12 December: not sent), nor in a year with none added late', () => {
    expect(notes(publicPage(reportWith('2022-12-12', { m99: '2022-12-06' })))).toEqual([]);
    expect(notes(publicPage(reportWith('2022-12-06', {})))).toEqual([]);
  });

  it('a year whose only due work is in grace: its bars รอส่งย้อนหลัง (not "nothing due"), the note under them', () => {
    // 2 November: October's monthly reports of indicator 9 added on 1 November, on time until 3 November
    const model = reportWith('2022-11-02', {
      m99: '2022-11-01',
      i4: '2022-11-01',
      i5: '2022-11-01',
      i10: '2022-11-01',
    });
    const html = publicPage(model);
    expect(html).not.toContain('ยังไม่มีภาระการรายงานที่ครบกำหนด');
    expect(indicatorItem(html, '๙')).toContain('ครบกำหนด ๑: ตรงเวลา ๐ · ล่าช้า ๐ · ไม่ได้ส่ง ๐ · รอส่งย้อนหลัง ๑');
    expect(notes(html)).toEqual([wholeThaiDates(lateAdditionsNote(model)!.replaceAll('"', '&quot;'))]);
  });
});
