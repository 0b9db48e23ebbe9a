import { describe, expect, it } from 'vitest';
import { PAGE, pageLink } from '../../shared/domain/page-addresses.js';
import { parseRoute, yearToOpen } from '../../web/src/routes.js';
import { endedYearWithoutThisYear } from '../../web/src/ended-year.js';

const hashOf = (link: string) => new URL(link).hash;

describe("links into the web page (emails) and the page's router", () => {
  it("a reminder's link to an obligation opens that obligation's screen in the reminder's org", () => {
    const link = pageLink('https://d111.cloudfront.net/', 'nongbua', PAGE.obligation(2566, 'i4.f2.2023-04.finance'));
    expect(link).toBe('https://d111.cloudfront.net/#/org/nongbua/fy/2566/o/i4.f2.2023-04.finance');
    expect(parseRoute(hashOf(link))).toEqual({
      screen: 'obligation',
      fy: 2566,
      obligationId: 'i4.f2.2023-04.finance',
      org: 'nongbua',
    });
  });

  it("an acted-for unit's work has its own address; a unit id the API would refuse is not found", () => {
    expect(PAGE.unitObligations(2566, 'engineering')).toBe('#/fy/2566/unit/engineering');
    expect(parseRoute(PAGE.unitObligations(2566, 'engineering'))).toEqual({
      screen: 'unit-obligations',
      fy: 2566,
      unitId: 'engineering',
    });
    expect(parseRoute('#/fy/2566/unit/Engineering')).toEqual({ screen: 'not-found' });
    expect(parseRoute('#/fy/2566/unit/constructor')).toEqual({ screen: 'not-found' });
  });

  it('every link into the page names its org, whatever the screen (calendar, annual report, home)', () => {
    expect(parseRoute(hashOf(pageLink('http://localhost:3000', 'demo', PAGE.overview(2566, '2023-03'))))).toEqual({
      screen: 'overview',
      fy: 2566,
      month: '2023-03',
      org: 'demo',
    });
    expect(parseRoute(hashOf(pageLink('http://localhost:3000/', 'org-2', '#/')))).toEqual({
      screen: 'home',
      org: 'org-2',
    });
    expect(parseRoute(hashOf(pageLink('http://localhost:3000', 'demo', PAGE.person('p.1'))))).toEqual({
      screen: 'person',
      personId: 'p.1',
      org: 'demo',
    });
  });

  it.each([
    ['no org id', '#/org'],
    ['an org id the API would refuse', '#/org/Demo/fy/2566'],
    ['an org and an unknown screen', '#/org/demo/nonsense'],
    ['an org and a malformed escape', '#/org/demo/fy/2566/o/%E0'],
  ])('an org address with %s is "not found"', (_name, hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'not-found' });
  });

  it("the annual report email's link opens the annual report screen of its fiscal year", () => {
    expect(parseRoute(hashOf(pageLink('http://localhost:3000', 'demo', PAGE.annualReport(2566))))).toEqual({
      screen: 'annual-report',
      fy: 2566,
      org: 'demo',
    });
  });

  it('reads every address the page builds back as the same screen', () => {
    expect(parseRoute(PAGE.myObligations(2567))).toEqual({ screen: 'my-obligations', fy: 2567 });
    expect(parseRoute(PAGE.overview(2566, '2023-04'))).toEqual({ screen: 'overview', fy: 2566, month: '2023-04' });
    expect(parseRoute(PAGE.overview(2566))).toEqual({ screen: 'overview', fy: 2566 });
    expect(parseRoute(PAGE.overview(2566, 'all'))).toEqual({ screen: 'overview', fy: 2566, month: 'all' });
    expect(parseRoute(PAGE.overview(2566, '2022-10'))).toEqual({ screen: 'overview', fy: 2566, month: '2022-10' });
    expect(parseRoute(PAGE.overview(2566, '2023-09'))).toEqual({ screen: 'overview', fy: 2566, month: '2023-09' });
    expect(parseRoute(PAGE.signIn())).toEqual({ screen: 'sign-in' });
    expect(parseRoute(PAGE.planHistory(2566))).toEqual({ screen: 'plan-history', fy: 2566 });
    expect(parseRoute(PAGE.documentsHistory(2566, 'annual-report'))).toEqual({
      screen: 'documents-history',
      fy: 2566,
      kind: 'annual-report',
    });
    expect(parseRoute(PAGE.documentsHistory(2567, 'plan-document'))).toEqual({
      screen: 'documents-history',
      fy: 2567,
      kind: 'plan-document',
    });
    expect(parseRoute(PAGE.plan(2567))).toEqual({ screen: 'plan', fy: 2567 });
    expect(parseRoute(PAGE.itaScores(2567))).toEqual({ screen: 'ita-scores', fy: 2567 });
    expect(parseRoute(PAGE.people())).toEqual({ screen: 'people' });
    expect(parseRoute(PAGE.person('a1b2-c3.d4_e5'))).toEqual({ screen: 'person', personId: 'a1b2-c3.d4_e5' });
    expect(parseRoute(PAGE.calendar())).toEqual({ screen: 'calendar' });
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
  });

  it.each([
    ['a malformed %-escape in the obligation', '#/fy/2566/o/%E0'],
    ['a lone surrogate escape', '#/fy/2566/o/%ED%A0%80'],
    ['a truncated escape in a person', '#/people/%'],
    ['a malformed escape in the year', '#/fy/%E0%A4/overview'],
    ['an unknown word', '#/nonsense'],
    ['a year that is not a year', '#/fy/abc'],
    ['an unknown screen in a year', '#/fy/2566/reports'],
    ['an obligation without its id', '#/fy/2566/o'],
    ['an unknown plan screen', '#/fy/2567/plan/edit'],
    ['a history of no document', '#/fy/2566/overview/history'],
    ['a documents history with more after it', '#/fy/2566/plan-document/history/2'],
    ['extra segments', '#/fy/2566/o/i4.f2.2023-04.finance/extra'],
    // break 16 s28, B3: addresses the page read but could not use
    ['a month that is no month', '#/fy/2566/overview/garbage'],
    ['month 13', '#/fy/2566/overview/2023-13'],
    ['month 0 (a truncated link)', '#/fy/2566/overview/2023-0'],
    ['a month outside the fiscal year', '#/fy/2566/overview/2030-01'],
    ['the month before the fiscal year', '#/fy/2566/overview/2022-09'],
    ['an obligation id of one dot', '#/fy/2566/o/.'],
    ['an obligation id of two dots', '#/fy/2566/o/..'],
    ['an obligation id of dots and hyphens', '#/fy/2566/o/.-.'],
    ['a person id of dots', '#/people/..'],
    ['year 0000', '#/fy/0000'],
    ['year 9999', '#/fy/9999'],
    ['year 1000 on the plan screen', '#/fy/1000/plan'],
    ['a Gregorian year on no page', '#/fy/2023/nonsense'],
  ])('an address with %s is "not found", never an exception', (_name, hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'not-found' });
  });

  // break s30-u F12: the API hints "ใช้ปี พ.ศ." for a CE year; the page offered only "not found"
  it.each([
    ['#/fy/2023/overview', 2566, '#/fy/2566/overview'],
    ['#/fy/2023', 2566, '#/fy/2566'],
    ['#/org/demo/fy/2022/plan', 2565, '#/org/demo/fy/2565/plan'],
  ])('%s (a CE year) is "not found" with the same page in BE year %i offered', (hash, fy, beHash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'not-found', beYear: { fy, hash: beHash } });
    expect(parseRoute(beHash).screen).not.toBe('not-found');
  });

  it('opens this fiscal year when it has a plan, else the newest year that has one', () => {
    expect(yearToOpen({ fiscalYear: 2566, planYears: [2567, 2566] })).toBe(2566);
    expect(yearToOpen({ fiscalYear: 2570, planYears: [2566] })).toBe(2566);
    expect(yearToOpen({ fiscalYear: 2570, planYears: [] })).toBe(2570);
  });

  // tester s42 F7: FY2570 without a plan opened on FY2569, ended, with no word of it
  it('says an ended year is shown when this year has no plan, not when this year has one or is the one shown', () => {
    expect(endedYearWithoutThisYear({ fiscalYear: 2570, planYears: [2569] }, 2569)).toBe(true);
    expect(endedYearWithoutThisYear({ fiscalYear: 2570, planYears: [2569, 2568] }, 2568)).toBe(true);
    expect(endedYearWithoutThisYear({ fiscalYear: 2570, planYears: [2570, 2569] }, 2569)).toBe(false);
    expect(endedYearWithoutThisYear({ fiscalYear: 2570, planYears: [2569] }, 2570)).toBe(false);
    expect(endedYearWithoutThisYear({ fiscalYear: 2570, planYears: [2569] }, 2571)).toBe(false);
  });
});
