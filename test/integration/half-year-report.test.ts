// Tester s45 P2: the รอบ ๖ เดือน results report as a document of its own. A coordinator makes it
// (POST …/annual-report?scope=half-year: 202, then ready), publishes it at its own address
// (/ita/{org}/{fy}/results-half-year.pdf, .docx), and it stays published when the year's report is
// published at results.pdf; the public page lists both. On DynamoDB Local and the S3 emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdentityProvider } from '../../shared/identity/identity-provider.js';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { erasedName, erasePerson } from '../../shared/use-cases/erase-person.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationFilePath, generationsPath, publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

const NOW = bangkok('2023-04-26T09:00:00');
const fy = 2566;
let f: ApiFixture;

const generate = (query?: Record<string, string>) =>
  call(f.handler, {
    method: 'POST',
    path: generationsPath('annual-report', fy),
    as: who.coordinator,
    ...(query ? { query } : {}),
  });
const list = (as: string = who.coordinator) =>
  call(f.handler, { method: 'GET', path: generationsPath('annual-report', fy), as });
const publish = (generation: number) =>
  call(f.handler, { method: 'POST', path: publicationPath('annual-report', fy, generation), as: who.coordinator });
const withdraw = (generation: number) =>
  call(f.handler, { method: 'DELETE', path: publicationPath('annual-report', fy, generation), as: who.coordinator });
const privateFile = (generation: number, name: string) => f.files.get(`demo/${fy}/annual-report/${generation}/${name}`);
const publicBytes = async (key: string) => {
  const found = await f.publicFiles.get(key);
  return found ? Buffer.from(found.body) : undefined;
};
const page = async () => (await publicBytes('ita/demo/2566/index.html'))!.toString('utf8');
/** The public page's figures section. */
const figures = (html: string) => /<section class="reporting"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const model = async (generation: number) =>
  JSON.parse(Buffer.from(await privateFile(generation, 'report.json')).toString('utf8')) as {
    title: string;
    yearSoFar?: string;
    scope?: string;
    measures: { followUps: { periods: { periodId: string; dueDate: string }[] }[] }[];
  };

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await seedReport(f.store, 'demo', 'i4.f2.2022-10.finance', bangkok('2022-10-20T09:00:00'), 'กองคลังรายงานผลตุลาคม');
}, 120_000);
afterAll(async () => f?.close());

describe('the รอบ ๖ เดือน results report', () => {
  let half: number;
  let year: number;

  it('POST …/annual-report?scope=half-year answers 202 pending with its scope, then it is ready', async () => {
    const res = await generate({ scope: 'half-year' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', scope: 'half-year' });
    half = res.body.generation;
    await f.documentsSettled();
    const listed = await list();
    expect(listed.body.items.find((g: { generation: number }) => g.generation === half)).toMatchObject({
      status: 'ready',
      scope: 'half-year',
    });
    const m = await model(half);
    expect(m.title).toContain('รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(m.yearSoFar).toBe('ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ (ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖)');
    // the work of October - March, also what is reported on it in April (tester s47: the first half
    // of a measure reported "in April and September" was left out)
    const periods = m.measures.flatMap((x) => x.followUps.flatMap((fu) => fu.periods));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((p) => p.dueDate <= '2023-04-30')).toBe(true);
    expect(periods.some((p) => p.periodId === 'H1' && p.dueDate === '2023-04-30')).toBe(true);
    expect(periods.map((p) => p.periodId)).not.toContain('2023-04');
    const manifest = JSON.parse(Buffer.from(await privateFile(half, 'manifest.json')).toString('utf8'));
    expect(manifest.scope).toBe('half-year');
  });

  it.each([[undefined], [{ scope: 'year' }]])(
    'without scope, or scope=year (%o), it is the year report as before',
    async (query) => {
      const res = await generate(query);
      expect(res.status).toBe(202);
      expect(res.body.scope).toBeUndefined();
      year = res.body.generation;
      await f.documentsSettled();
      const m = await model(year);
      expect(m.scope).toBeUndefined();
      expect(m.title).not.toContain('รอบ ๖ เดือน');
      expect(m.yearSoFar).toBe('ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)');
    },
  );

  it.each(['quarter', 'HALF-YEAR', ''])('scope=%s is refused (400), nothing claimed', async (scope) => {
    const before = (await list()).body.items.length;
    const res = await generate({ scope });
    expect(res.status).toBe(400);
    expect((await list()).body.items.length).toBe(before);
  });

  it('publishing it puts it at its own address, and the page lists it', async () => {
    const res = await publish(half);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'half-year-report',
      generation: half,
      published: true,
      publicUrl: 'https://ita.example.org/ita/demo/2566/results-half-year.pdf',
    });
    expect(
      (await publicBytes('ita/demo/2566/results-half-year.pdf'))!.equals(
        Buffer.from(await privateFile(half, 'report.pdf')),
      ),
    ).toBe(true);
    expect(
      (await publicBytes('ita/demo/2566/results-half-year.docx'))!.equals(
        Buffer.from(await privateFile(half, 'report.docx')),
      ),
    ).toBe(true);
    // opened by its address, saved under its own name, not the year's (Content-Disposition)
    expect((await f.publicFiles.get('ita/demo/2566/results-half-year.pdf'))?.contentDisposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน เทศบาลตำบลดอนอะระง 2566.pdf')}`,
    );
    expect(await publicBytes('ita/demo/2566/results.pdf')).toBeUndefined();
    const html = await page();
    expect(html).toMatch(/data-kind="half-year-report" data-generation="\d+"><h3>.*รอบ ๖ เดือน<\/h3>/);
    expect(html).toContain('href="results-half-year.pdf"');
    // its figures, labelled as the half-year's with its period, while the year's is not published (re-check P3)
    expect(figures(html)).toContain(`data-generation="${half}"><h2>ผลการรายงานตามมาตรการ รอบ ๖ เดือน</h2>`);
    expect(figures(html)).toContain('ภาระการรายงานของการดำเนินการระหว่าง');
    expect(figures(html)).toContain('ตามรายงานผลการดำเนินการรอบ ๖ เดือนที่เผยแพร่');
    expect(figures(html)).not.toContain('ตัวเลขผลการรายงานจะแสดงพร้อมรายงานผลการดำเนินการที่เผยแพร่');
  });

  it("publishing the year's report leaves the half-year one published; the page lists both", async () => {
    expect((await publish(year)).status).toBe(200);
    expect(
      (await publicBytes('ita/demo/2566/results.pdf'))!.equals(Buffer.from(await privateFile(year, 'report.pdf'))),
    ).toBe(true);
    expect(
      (await publicBytes('ita/demo/2566/results-half-year.pdf'))!.equals(
        Buffer.from(await privateFile(half, 'report.pdf')),
      ),
    ).toBe(true);
    const html = await page();
    expect(html).toContain(`data-kind="half-year-report" data-generation="${half}"`);
    expect(html).toContain(`data-kind="annual-report" data-generation="${year}"`);
    expect(html).toContain('href="results-half-year.pdf"');
    expect(html).toContain('href="results.pdf"');
    // the half-year item first, then the year's
    expect(html.indexOf('data-kind="half-year-report"')).toBeLessThan(html.indexOf('data-kind="annual-report"'));
    // the figures are the year's now; the half-year report's link stays
    expect(figures(html)).toContain(`data-generation="${year}"><h2>ผลการรายงานตามมาตรการ</h2>`);
    expect(figures(html)).not.toContain('รอบ ๖ เดือน');
  });

  it('the list marks both published generations; staff see and download both', async () => {
    const listed = (await list()).body;
    expect(listed.published).toMatchObject({
      generation: year,
      publicUrl: 'https://ita.example.org/ita/demo/2566/results.pdf',
    });
    expect(listed.publishedHalfYear).toMatchObject({
      generation: half,
      publicUrl: 'https://ita.example.org/ita/demo/2566/results-half-year.pdf',
    });
    const byNo = (n: number) => listed.items.find((g: { generation: number }) => g.generation === n);
    expect(byNo(half).published.generation).toBe(half);
    expect(byNo(year).published.generation).toBe(year);
    const staff = (await list(who.financeStaff)).body;
    expect(staff.items.map((g: { generation: number }) => g.generation)).toEqual([year, half]);
    for (const g of [half, year]) {
      const link = await call(f.handler, {
        method: 'GET',
        path: generationFilePath('annual-report', fy, g, 'report.pdf'),
        as: who.financeStaff,
      });
      expect(link.status).toBe(200);
    }
  });

  it('publishing a newer half-year generation replaces the half-year one only', async () => {
    const res = await generate({ scope: 'half-year' });
    const newer = res.body.generation;
    await f.documentsSettled();
    expect((await publish(newer)).status).toBe(200);
    expect(
      (await publicBytes('ita/demo/2566/results-half-year.pdf'))!.equals(
        Buffer.from(await privateFile(newer, 'report.pdf')),
      ),
    ).toBe(true);
    expect(
      (await publicBytes('ita/demo/2566/results.pdf'))!.equals(Buffer.from(await privateFile(year, 'report.pdf'))),
    ).toBe(true);
    // the older half-year one is not the published one now
    const refused = await withdraw(half);
    expect(refused.status).toBe(409);
    expect(refused.body.error.publishedGeneration).toBe(newer);
    half = newer;
  });

  it("withdrawing the half-year report leaves the year's published", async () => {
    const res = await withdraw(half);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'half-year-report', published: false });
    expect(await publicBytes('ita/demo/2566/results-half-year.pdf')).toBeUndefined();
    expect(await publicBytes('ita/demo/2566/results.pdf')).toBeDefined();
    const html = await page();
    expect(html).not.toContain('href="results-half-year.pdf"');
    expect(html).toContain('href="results.pdf"');
  });

  it('the documents history says which report each generation and publication is: รอบ ๖ เดือน or ประจำปี (re-check P3)', async () => {
    const res = await call(f.handler, {
      method: 'GET',
      path: `/v1/fiscal-years/${fy}/documents/audit`,
      as: who.coordinator,
      query: { limit: '50' },
    });
    expect(res.status).toBe(200);
    const said = (res.body.items as { summary_th: string; summary_en: string }[]).map((i) => i.summary_th);
    const name = 'รายงานผลการดำเนินการตามมาตรการ';
    expect(said).toContain(`จัดทำ${name} รอบ ๖ เดือน ฉบับที่ ๑`);
    expect(said).toContain(`จัดทำ${name} ประจำปี ฉบับที่ ๒`);
    expect(said).toContain(`เผยแพร่${name} รอบ ๖ เดือน ฉบับที่ ๑`);
    expect(said).toContain(`เผยแพร่${name} ประจำปี ฉบับที่ ๓`);
    expect(said).toContain(`เผยแพร่${name} รอบ ๖ เดือน ฉบับที่ ๔`);
    expect(said).toContain(`ถอนการเผยแพร่${name} รอบ ๖ เดือน ฉบับที่ ๔`);
    const english = (res.body.items as { summary_en: string }[]).map((i) => i.summary_en);
    expect(english).toContain('published the half-year results report, generation 1');
    expect(english).toContain('published the annual results report, generation 3');
  });

  it("the year's report withdrawn, the page's figures are the published half-year report's again", async () => {
    expect((await publish(half)).status).toBe(200);
    expect(figures(await page())).toContain(`data-generation="${year}"><h2>ผลการรายงานตามมาตรการ</h2>`);
    expect((await withdraw(year)).status).toBe(200);
    const html = await page();
    expect(figures(html)).toContain(`data-generation="${half}"><h2>ผลการรายงานตามมาตรการ รอบ ๖ เดือน</h2>`);
    expect(html).toContain('href="results-half-year.pdf"');
    expect(html).not.toContain('href="results.pdf"');
  });
});

describe('a publisher of the half-year report who is erased', () => {
  it('the list names the pseudonym, and the table holds the name nowhere (as for the year report)', async () => {
    const added = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: `deputy@${f.mailDomain}`, name: 'นายรองปลัด ลาออก', roles: ['coordinator'] },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const deputy = String(added.body.personId);
    const made = await call(f.handler, {
      method: 'POST',
      path: generationsPath('annual-report', fy),
      as: deputy,
      query: { scope: 'half-year' },
    });
    await f.documentsSettled();
    const g = Number(made.body.generation);
    const published = await call(f.handler, {
      method: 'POST',
      path: publicationPath('annual-report', fy, g),
      as: deputy,
    });
    expect(published.status).toBe(200);
    expect((await list()).body.publishedHalfYear.publishedBy).toEqual({ personId: deputy, name: 'นายรองปลัด ลาออก' });
    const off = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${deputy}`,
      as: who.coordinator,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    await erasePerson(
      {
        orgs: new OrgRepository(f.store),
        feeds: new CalendarFeedRepository(f.store),
        identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
        actor: 'cli:admin',
        now: NOW,
      },
      { orgId: 'demo', personId: deputy },
    );
    expect((await list()).body.publishedHalfYear.publishedBy).toEqual({ personId: deputy, name: erasedName(deputy) });
    expect(await f.dump()).not.toContain('รองปลัด');
  });
});
