// Tester s44 F4: a city municipality of many units read them by their English ids everywhere,
// "audit, clerk, disaster, …" = หน่วยตรวจสอบภายใน, สำนักปลัดเทศบาล, ฝ่ายป้องกัน…: nobody found a unit.
// Units are listed to a reader by one rule (shared/domain/unit-order.ts): the usual units in their
// official order, สำนักปลัด leading, then the others by Thai name. The results report, the digest's
// per-unit lists and the escalations to the coordinators and the executives list them so.
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, periodLines } from '../../shared/documents/annual-report-model.js';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { Unit } from '../../shared/domain/organisation.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { thaiWorkingDays } from '../../shared/domain/thai-working-days.js';
import { nextWorkingDay } from '../../shared/domain/working-days.js';
import { compareUnits, inUnitOrder } from '../../shared/domain/unit-order.js';
import { reminderBatches } from '../../shared/jobs/reminder-batches.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { renderSummary } from '../../shared/mail/summary-email.js';
import { SAMPLE_ORG, samplePlan } from '../support/document-samples.js';
import { acceptedOnDueDate } from '../support/seed-annual-report.js';

/** A city's units as the tester had them: the usual five (create-org --municipal-units) and more, by id. */
const CITY: [string, string][] = [
  ['audit', 'หน่วยตรวจสอบภายใน'],
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['disaster', 'ฝ่ายป้องกันและบรรเทาสาธารณภัย'],
  ['education', 'กองการศึกษา'],
  ['engineering', 'กองช่าง'],
  ['finance', 'กองคลัง'],
  ['health', 'กองสาธารณสุขและสิ่งแวดล้อม'],
  ['personnel', 'กองการเจ้าหน้าที่'],
  ['strategy', 'กองยุทธศาสตร์และงบประมาณ'],
  ['welfare', 'กองสวัสดิการสังคม'],
];
const CITY_IN_ORDER = [
  'สำนักปลัดเทศบาล',
  'กองคลัง',
  'กองช่าง',
  'กองการศึกษา',
  'กองสาธารณสุขและสิ่งแวดล้อม',
  'กองการเจ้าหน้าที่',
  'กองยุทธศาสตร์และงบประมาณ',
  'กองสวัสดิการสังคม',
  'ฝ่ายป้องกันและบรรเทาสาธารณภัย',
  'หน่วยตรวจสอบภายใน',
];
const units = (pairs: [string, string][]) => pairs.map(([unitId, name]) => ({ unitId, name }));
const CITY_UNITS: Unit[] = units(CITY).map((u) => ({ ...u, orgId: 'demo', aliases: [] }));
const NAMES = new Map(CITY);
const namesOf = (ids: readonly string[]) => ids.map((id) => NAMES.get(id) ?? id);

describe('the order units are listed in', () => {
  it("a city's units, the usual five by id: those in their official order, then the rest by Thai name", () => {
    expect(inUnitOrder(units(CITY)).map((u) => u.name)).toEqual(CITY_IN_ORDER);
  });

  it('usual units added by hand under other ids are known by name or alias: "สำนักปลัด" leads (neighbour)', () => {
    const byHand = units([
      ['it', 'ศูนย์ข้อมูลข่าวสาร'],
      ['klang', 'กองคลัง'],
      ['palad', 'สำนักปลัด'],
      ['chang', 'กองช่าง'],
      ['legal', 'งานนิติการ'],
    ]);
    expect(inUnitOrder(byHand).map((u) => u.unitId)).toEqual(['palad', 'klang', 'chang', 'legal', 'it']);
  });

  it('a leading vowel is skipped as a Thai dictionary does; one name twice goes by id (neighbour)', () => {
    const others = units([
      ['z-hospital', 'โรงพยาบาลเทศบาล'],
      ['market-2', 'งานเทศกิจ'],
      ['docs', 'เอกสารกลาง'],
      ['market-1', 'งานเทศกิจ'],
      ['a-park', 'สวนสาธารณะ'],
    ]);
    expect(inUnitOrder(others).map((u) => u.unitId)).toEqual(['market-1', 'market-2', 'z-hospital', 'a-park', 'docs']);
    expect(compareUnits(others[1]!, others[3]!)).toBeGreaterThan(0);
  });
});

/** Accepted reports of สำนักปลัด's, กองสวัสดิการสังคม's and หน่วยตรวจสอบภายใน's for every obligation due by `asOf`. */
function reportsOf(ids: string[], asOf: PlainDate): Map<string, Report> {
  const reporting = new Set(['clerk', 'welfare', 'audit']);
  return new Map(
    expandPlan(samplePlan(), ids, {})
      .filter((o) => o.dueDate <= asOf && reporting.has(o.unitId))
      .map((o) => [
        o.obligationId,
        acceptedOnDueDate(o, { summary: 'ดำเนินการแล้ว', obstacles: 'งบประมาณไม่เพียงพอ', suggestions: '' }),
      ]),
  );
}

describe("the results report lists a city's units in that order", () => {
  const asOf = '2023-10-02';
  const model = buildAnnualReport({
    org: SAMPLE_ORG,
    units: CITY_UNITS,
    plan: samplePlan(),
    reports: reportsOf(
      CITY_UNITS.map((u) => u.unitId),
      asOf,
    ),
    asOf,
  });
  const measure = model.measures.find((m) => m.measureId === 'i4')!;
  const period = measure.followUps[1]!.periods[0]!;

  it('its statistics per unit ("รายส่วนราชการ")', () => {
    expect(model.statistics.byUnit.map((u) => u.unitName)).toEqual(CITY_IN_ORDER);
  });

  it("a period's units, so its line names who did not send in that order, and what each reported", () => {
    expect(period.entries.map((e) => e.unitName)).toEqual(CITY_IN_ORDER);
    const [head, ...said] = periodLines(period);
    const missing = CITY_IN_ORDER.filter((n) => !['สำนักปลัดเทศบาล', 'กองสวัสดิการสังคม', 'หน่วยตรวจสอบภายใน'].includes(n));
    expect(head).toContain(`ไม่ได้ส่ง: ${missing.join(', ')}`);
    expect(said.map((s) => s.trim().split(':')[0])).toEqual([
      '- สำนักปลัดเทศบาล',
      '- กองสวัสดิการสังคม',
      '- หน่วยตรวจสอบภายใน',
    ]);
  });

  it('the units that wrote one obstacle', () => {
    expect(measure.obstacles).toEqual([
      { text: 'งบประมาณไม่เพียงพอ', units: ['สำนักปลัดเทศบาล', 'กองสวัสดิการสังคม', 'หน่วยตรวจสอบภายใน'] },
    ]);
  });
});

describe("the digest's per-unit lists and the escalations list a city's units in that order", () => {
  const plan = samplePlan();
  const ids = CITY.map(([id]) => id);
  const tracked: TrackedObligation[] = expandPlan(plan, ids, {}).map((obligation) => ({
    obligation,
    status: obligation.dueDate < '2023-05-01' ? 'overdue' : 'upcoming',
  }));
  const measures = new Map(plan.measures.map((m) => [m.measureId, m]));

  it('the digest: "รายหน่วยงาน", the overdue list of one report, and where the rest of a long list is', () => {
    const summary = summarizeCompliance(tracked, { from: '2023-04-01', to: '2023-04-30' }, '2023-05-01', NAMES);
    expect(namesOf(summary.byUnit.map((u) => u.unitId))).toEqual(CITY_IN_ORDER);
    const mail = renderSummary(summary, {
      title: 'สรุปผลประจำเดือนเมษายน ๒๕๖๖',
      subjectPeriod: 'สรุปเดือนเมษายน ๒๕๖๖',
      orgName: SAMPLE_ORG.name,
      unitNames: NAMES,
      measures,
      formUrl: 'https://ita.example.org',
    });
    const lines = mail.text.split('\n');
    const perUnit = lines.slice(lines.indexOf('รายหน่วยงาน') + 1, lines.indexOf('รายหน่วยงาน') + 1 + CITY.length);
    expect(perUnit.map((l) => l.slice(2, l.indexOf(':')))).toEqual(CITY_IN_ORDER);
    // the overdue list's first report (the oldest): its units in that order
    const overdue = lines.filter((l) => l.startsWith('- ') && l.includes(': ตัวชี้วัดที่')).slice(0, CITY.length);
    expect(overdue.map((l) => l.slice(2, l.indexOf(':')))).toEqual(CITY_IN_ORDER);
    const rest = lines.slice(lines.findIndex((l) => l.includes('ดูได้ที่หน้างานของแต่ละหน่วยงาน')) + 1);
    expect(rest.slice(0, CITY.length).map((l) => l.trim().split(' ')[0])).toEqual(CITY_IN_ORDER);
  });

  it("the escalations to the coordinators and the executives: each report's units", async () => {
    const calendar = await thaiWorkingDays([2023]);
    const options = { calendar };
    let day = '2023-05-01' as PlainDate;
    const escalated = (stage: string) =>
      reminderBatches('daily', day, tracked, options, new Set(), NAMES).find(
        (b) => b.stage === stage && b.audience.kind !== 'unit-head',
      );
    for (const stage of ['escalation-head', 'escalation-executive']) {
      while (!escalated(stage)) day = nextWorkingDay(calendar, addDays(day, 1));
      const batch = escalated(stage)!;
      const mail = renderReminder(batch, {
        orgName: SAMPLE_ORG.name,
        unitNames: NAMES,
        measures,
        today: day,
        formUrl: 'https://ita.example.org',
      });
      // each entry's line names its unit first: "๑. กองคลัง: ตัวชี้วัดที่ …" (tester s50)
      const listed = mail.text.split('\n').flatMap((l) => /^[๐-๙]+\. (.+?): ตัวชี้วัดที่ /.exec(l)?.[1] ?? []);
      expect(listed.slice(0, CITY.length)).toEqual(CITY_IN_ORDER);
    }
  });
});
