// Tester s48 (P2): an อบต. adopting the system on 12 May 2027 saved its FY2570 plan that day, so every
// October-April report was "added late", on time until 17 May. The half-year report made that day
// printed "ตุลาคม ๒๕๖๙: ส่งแล้ว ๒/๓ · ยังไม่ถึงกำหนด" for a month seven months past, its statistics
// "ไม่ได้ส่ง ๐ … ยังไม่ถึงกำหนด …" with a rate of 100 %, กองช่าง (sent nothing) "ยังไม่มีรายการที่ครบกำหนด",
// and the public page full bars. Work past its due date still in its grace is its own count,
// รอส่งย้อนหลัง: due, not sent, never part of a full rate.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
  buildAnnualReport,
  completionText,
  lateAdditionsNote,
  periodLines,
  totalsSentence,
  type AnnualReportModel,
} from '../../shared/documents/annual-report-model.js';
import { renderCsv } from '../../shared/documents/render-csv.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { wholeThaiDates } from '../../shared/mail/html.js';
import { itaPageReporting, renderItaPage } from '../../shared/publishing/ita-page.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

const plan = (i4AddedOn?: PlainDate, m9AddedOn?: PlainDate) => lateAdditionPlan(i4AddedOn, m9AddedOn);
const sent = sentReport;
const HALF = ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];

/** The tester's case: the plan saved 12 May 2027; สำนักปลัด and กองคลัง sent i4's half that day. */
function testerCase(): AnnualReportModel {
  const reports = HALF.flatMap((m) =>
    ['clerk', 'finance'].map((u) => sent(`i4.f1.${m}.${u}`, '2027-05-12T04:00:00.000Z')),
  );
  return buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: plan('2027-05-12', '2027-05-12'),
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf: '2027-05-12',
    scope: 'half-year',
  });
}

const docxText = async (m: AnnualReportModel) =>
  strFromU8(unzipSync(await renderDocx(m))['word/document.xml']!)
    .replace(/<w:p[ >].*?<\/w:p>/gs, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '');
const publicPage = (m: AnnualReportModel) =>
  renderItaPage({ orgName: SAMPLE_ORG.name, fy: 2570, items: [], reporting: itaPageReporting(m, 1) });
const indicatorItem = (html: string, no: string) =>
  html.split('<li>').find((li) => li.startsWith(`<p class="indicator">ตัวชี้วัดที่ ${no} `));
const NOTE =
  'หมายเหตุ: "รอส่งย้อนหลัง" คือ ๑๘ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว';

describe('a results report made while units are still back-reporting (tester s48)', () => {
  it('the half-year made the day the plan was saved: past months are รอส่งย้อนหลัง, not ยังไม่ถึงกำหนด, and the rate is not 100 %', () => {
    const m = testerCase();
    const t = m.statistics.total;
    expect(t).toEqual({ due: 30, onTime: 12, late: 0, missing: 0, inGrace: 18, notYetDue: 0 });
    expect(completionText(t)).toBe('๔๐%');
    expect(totalsSentence(t)).toBe(
      'ภาระการรายงานที่ครบกำหนด ๓๐ รายการ ส่งตรงเวลา ๑๒ รายการ ส่งล่าช้า ๐ รายการ ไม่ได้ส่ง ๐ รายการ รอส่งย้อนหลัง ๑๘ รายการ',
    );
    const october = periodLines(m.measures[0]!.followUps[0]!.periods[0]!)[0];
    expect(october).toBe('ตุลาคม ๒๕๖๙: ส่งแล้ว ๒/๓ · รอส่งย้อนหลัง (ส่งได้ถึง ๑๗ พฤษภาคม ๒๕๗๐): กองช่าง');
    expect(periodLines(m.measures[1]!.followUps[0]!.periods[0]!)[0]).toBe(
      'ตุลาคม ๒๕๖๙: ส่งแล้ว ๐/๒ · รอส่งย้อนหลัง (ส่งได้ถึง ๑๗ พฤษภาคม ๒๕๗๐): สำนักปลัดเทศบาล, กองคลัง',
    );
    // กองช่าง sent nothing: six due, in grace, 0 %; not "nothing due yet"
    const works = m.statistics.byUnit.find((u) => u.unitId === 'engineering')!.counts;
    expect(works).toMatchObject({ due: 6, onTime: 0, inGrace: 6, notYetDue: 0 });
    expect(completionText(works)).toBe('๐%');
    expect(lateAdditionsNote(m)).toBe(NOTE);
  });

  it('the PDF, the DOCX and the HTML say รอส่งย้อนหลัง where they said ยังไม่ถึงกำหนด', async () => {
    const m = testerCase();
    const pdf = squeeze(pdfText(await renderPdf(m)));
    const docx = await docxText(m);
    const html = renderHtml(m);
    for (const text of [pdf, squeeze(docx), squeeze(html)]) {
      expect(text).not.toContain(squeeze('ยังไม่ถึงกำหนด'));
      expect(text).not.toContain(squeeze('ยังไม่มีรายการที่ครบกำหนด'));
      expect(text).toContain(squeeze('รอส่งย้อนหลัง ๖ รายการ'));
    }
    expect(pdf).toContain(squeeze('ตุลาคม ๒๕๖๙: ส่งแล้ว ๒/๓ · รอส่งย้อนหลัง (ส่งได้ถึง ๑๗ พฤษภาคม ๒๕๗๐): กองช่าง'));
    expect(pdf).toContain(squeeze(totalsSentence(m.statistics.total)));
    expect(pdf).not.toContain('๑๐๐%');
    expect(docx).toContain(NOTE.replaceAll('"', '&quot;'));
  }, 60_000);

  // re-check 2 s48 (P2): the CSV's counts had no รอส่งย้อนหลัง column, so ครบกำหนด was not their sum
  it("the CSV: a รอส่งย้อนหลัง column, and each row's ครบกำหนด is the sum of the others", () => {
    const model = testerCase();
    const csv = renderCsv(model)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const head = csv.split(/\r?\n/)[0]!;
    expect(head).toMatch(/"ครบกำหนด","ส่งตรงเวลา","ส่งล่าช้า","ไม่ได้ส่ง","รอส่งย้อนหลัง"$/);
    // each measure row ends with its indicator's five counts
    const counts = [...csv.matchAll(/"(\d+)","(\d+)","(\d+)","(\d+)","(\d+)"\r?\n/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const [due, onTime, late, missing, inGrace] of counts) expect(onTime! + late! + missing! + inGrace!).toBe(due);
    expect(counts.some(([, , , , inGrace]) => inGrace! > 0)).toBe(true);
  });

  it("the public page: each bar's รอส่งย้อนหลัง beside what was sent, and the note", () => {
    const html = publicPage(testerCase());
    expect(indicatorItem(html, '๔')).toContain('ครบกำหนด ๑๘: ตรงเวลา ๑๒ · ล่าช้า ๐ · ไม่ได้ส่ง ๐ · รอส่งย้อนหลัง ๖');
    expect(indicatorItem(html, '๔')).toContain('<span class="grace" style="width:33.3%">');
    // m9: nothing sent, not "nothing due"
    expect(indicatorItem(html, '๙')).toContain('ครบกำหนด ๑๒: ตรงเวลา ๐ · ล่าช้า ๐ · ไม่ได้ส่ง ๐ · รอส่งย้อนหลัง ๑๒');
    expect(html).not.toContain('ยังไม่มีรายการที่ครบกำหนด');
    expect(html).toContain('<span class="key grace"></span>รอส่งย้อนหลัง');
    expect(html).toContain(`<p class="note">${wholeThaiDates(NOTE.replaceAll('"', '&quot;'))}</p>`);
  });
});

describe('neighbours: a measure added to a running plan', () => {
  it('added in July, the year-so-far report made within its grace: its past months รอส่งย้อนหลัง, the rest as before', () => {
    // the plan kept from October; m9 added on Tuesday 20 July 2027, on time until Friday 23 July
    const reports = ['2026-10', '2026-11'].map((mo) => sent(`i4.f1.${mo}.clerk`, `${mo}-20T04:00:00.000Z`));
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: plan(undefined, '2027-07-20'),
      reports: new Map(reports.map((r) => [r.obligationId, r])),
      asOf: '2027-07-21',
    });
    const m9 = m.statistics.byIndicator.find((i) => i.indicator === 9)!.counts;
    // October to June due before 20 July: 9 months x 2 units, in grace; July to September not yet due
    expect(m9).toMatchObject({ due: 18, inGrace: 18, missing: 0, notYetDue: 6 });
    // i4 was always in the plan: its unsent past months are missing, as before
    const i4 = m.statistics.byIndicator.find((i) => i.indicator === 4)!.counts;
    expect(i4).toMatchObject({ onTime: 2, inGrace: 0, missing: 25 });
    expect(periodLines(m.measures[1]!.followUps[0]!.periods[8]!)[0]).toBe(
      'มิถุนายน ๒๕๗๐: ส่งแล้ว ๐/๒ · รอส่งย้อนหลัง (ส่งได้ถึง ๒๓ กรกฎาคม ๒๕๗๐): สำนักปลัดเทศบาล, กองคลัง',
    );
  });

  it("added on 29 September, the year's report made 1 October: not 100 % though every other report came on time", () => {
    // every i4 report on time, and m9's September (due 30 September, after it was added)
    const i4 = [
      ...['clerk', 'finance', 'engineering'].flatMap((u) =>
        [...HALF, '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09'].map((mo) =>
          sent(`i4.f1.${mo}.${u}`, `${mo}-20T04:00:00.000Z`),
        ),
      ),
      ...['clerk', 'finance'].map((u) => sent(`m9.f1.2027-09.${u}`, '2027-09-30T04:00:00.000Z')),
    ];
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: plan(undefined, '2027-09-29'),
      reports: new Map(i4.map((r) => [r.obligationId, r])),
      asOf: '2027-10-01',
    });
    const t = m.statistics.total;
    // m9's October to August, due before 29 September, in grace until Monday 4 October
    expect(t).toEqual({ due: 60, onTime: 38, late: 0, missing: 0, inGrace: 22, notYetDue: 0 });
    expect(completionText(t)).not.toBe('๑๐๐%');
    expect(totalsSentence(t)).toContain('รอส่งย้อนหลัง ๒๒ รายการ');
    expect(lateAdditionsNote(m)).toContain('ซึ่งส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๗๐');
  });
});

describe("the public page reads a report.json made before session 48 as today's", () => {
  it('its in-grace work (then not_yet_due with onTimeUntil, no inGrace count) is shown รอส่งย้อนหลัง', () => {
    const now = testerCase();
    // what session 47 wrote: no inGrace, such work counted not yet due, entries not_yet_due
    const old = structuredClone(now);
    const before = (c: AnnualReportModel['statistics']['total']) => {
      const { inGrace = 0, ...rest } = c;
      return { ...rest, due: rest.due - inGrace, notYetDue: rest.notYetDue + inGrace };
    };
    old.statistics.total = before(old.statistics.total);
    for (const i of old.statistics.byIndicator) i.counts = before(i.counts);
    for (const u of old.statistics.byUnit) u.counts = before(u.counts);
    for (const e of old.measures.flatMap((x) => x.followUps.flatMap((f) => f.periods.flatMap((p) => p.entries))))
      if (e.status === 'in_grace') e.status = 'not_yet_due';
    expect(publicPage(old)).toBe(publicPage(now));
    expect(periodLines(old.measures[0]!.followUps[0]!.periods[0]!)).toEqual(
      periodLines(now.measures[0]!.followUps[0]!.periods[0]!),
    );
  });
});
