// The public ITA page's reporting figures are the published results report's own (break 19 s28,
// F11): never live counts beside a document that says other numbers under the same date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { formatThaiDate, toThaiDigits } from '../../shared/domain/thai-format.js';
import { wholeThaiDates } from '../../shared/mail/html.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

let f: ApiFixture;
let clock = bangkok('2023-07-03T09:00:00');

// Claimed and made directly (as publishing.test.ts does), as of `clock`.
async function generate(kind: DocumentKind): Promise<number> {
  const request = { kind, orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: clock });
  await f.documents.produce({ ...request, generation, asOf: clock });
  return generation;
}
const publish = (kind: DocumentKind, generation: number) =>
  call(f.handler, { method: 'POST', path: publicationPath(kind, 2566, generation), as: who.coordinator });
const withdraw = (kind: DocumentKind, generation: number) =>
  call(f.handler, { method: 'DELETE', path: publicationPath(kind, 2566, generation), as: who.coordinator });
const page = async () => Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
const model = async (generation: number) =>
  JSON.parse(
    Buffer.from(await f.files.get(`demo/2566/annual-report/${generation}/report.json`)).toString('utf8'),
  ) as AnnualReportModel;

/** What the page says of indicator `no` in `m`: the bar's label, as an assessor's screen reader reads it. */
function indicatorLabel(m: AnnualReportModel, no: number): string {
  const c = m.statistics.byIndicator.find((i) => i.indicator === no)!.counts;
  const t = toThaiDigits;
  return `ตรงเวลา ${t(c.onTime)} · ล่าช้า ${t(c.late)} · ไม่ได้ส่ง ${t(c.missing)} จากที่ครบกำหนด ${t(c.due)}`;
}
const labelsOnPage = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);

let first: number;
let second: number;

beforeAll(async () => {
  f = await createApiFixture({ now: clock });
  await seedReport(f.store, 'demo', 'i4.f2.2022-10.finance', bangkok('2022-10-20T09:00:00'), 'กองคลังรายงานผล');
  first = await generate('annual-report');
  // finance sends April and May late, after generation 1 was made (the break's input)
  await seedReport(f.store, 'demo', 'i4.f2.2023-04.finance', bangkok('2023-07-03T10:00:00'), 'ส่งช้า เมษายน');
  await seedReport(f.store, 'demo', 'i4.f2.2023-05.finance', bangkok('2023-07-03T10:05:00'), 'ส่งช้า พฤษภาคม');
  clock = bangkok('2023-07-04T09:00:00');
  second = await generate('annual-report');
}, 180_000);
afterAll(async () => f?.close());

describe("the ITA page's figures are the published results report's", () => {
  it("publishing generation 1 after late reports shows generation 1's counts and date, not the late reports", async () => {
    const m1 = await model(first);
    const m2 = await model(second);
    // the two generations disagree on indicator 4 (the late reports), so the page can only match one
    expect(indicatorLabel(m1, 4)).not.toBe(indicatorLabel(m2, 4));
    expect((await publish('annual-report', first)).status).toBe(200);
    const html = await page();
    expect(labelsOnPage(html)).toContain(indicatorLabel(m1, 4));
    expect(labelsOnPage(html)).not.toContain(indicatorLabel(m2, 4));
    expect(html).toContain(
      // made mid-year, it says the fiscal year had not ended (tester s38 #4)
      `ข้อมูล ณ วันที่ ${wholeThaiDates(formatThaiDate(m1.asOf as PlainDate))} (ปีงบประมาณยังไม่สิ้นสุด) ตามรายงานผลการดำเนินการที่เผยแพร่`,
    );
    // every indicator's bar is the document's (one with nothing due yet has no bar: tester s43b F10)
    expect(labelsOnPage(html)).toEqual(
      m1.statistics.byIndicator.filter((i) => i.counts.due > 0).map((i) => indicatorLabel(m1, i.indicator)),
    );
  });

  it('a results report made mid-year counts as ครบกำหนด only what was due by its date (break s31 F5)', async () => {
    // made 3 July 2023: indicator 4's monthly follow-up x 5 units, October to June, is due (45); July to
    // September and the year's own follow-up (due 30 September) are not yet
    const m1 = await model(first);
    const c = m1.statistics.byIndicator.find((i) => i.indicator === 4)!.counts;
    expect(c).toMatchObject({ due: 45, onTime: 1, late: 0, missing: 44, notYetDue: 20 });
    expect(m1.statistics.total).toMatchObject({ due: 196, notYetDue: 116 });
    expect(labelsOnPage(await page())).toContain('ตรงเวลา ๑ · ล่าช้า ๐ · ไม่ได้ส่ง ๔๔ จากที่ครบกำหนด ๔๕');
    expect(await page()).toContain('ครบกำหนด ๔๕: ตรงเวลา ๑ · ล่าช้า ๐ · ไม่ได้ส่ง ๔๔');
  });

  it("publishing the plan document (the page written again) keeps the results report's figures", async () => {
    const plan = await generate('plan-document');
    expect((await publish('plan-document', plan)).status).toBe(200);
    expect(labelsOnPage(await page())).toContain(indicatorLabel(await model(first), 4));
  });

  it('publishing the newer generation shows its counts and its date', async () => {
    expect((await publish('annual-report', second)).status).toBe(200);
    const m2 = await model(second);
    const html = await page();
    expect(labelsOnPage(html)).toContain(indicatorLabel(m2, 4));
    // the date's day, month and year kept on one line (tester s43 F11)
    expect(html).toContain(`ข้อมูล ณ วันที่ ${wholeThaiDates(formatThaiDate(m2.asOf as PlainDate))}`);
  });

  it('withdrawing the results report leaves no figures (only the plan document published): no live counts', async () => {
    expect((await withdraw('annual-report', second)).status).toBe(200);
    const html = await page();
    expect(labelsOnPage(html)).toEqual([]);
    expect(html).not.toContain('ข้อมูล ณ วันที่');
    expect(html).toContain('ตัวเลขผลการรายงานจะแสดงพร้อมรายงานผลการดำเนินการที่เผยแพร่');
    expect(html).toContain('data-kind="plan-document" data-generation=');
  });
});
