// Session 56: an executive's phone shows about 40 columns of a subject. The year summary's and the
// results report's began "สรุปปีงบประมาณ ๒๕๖๖ ถึง ๑๔ ก.ย.: ยังไม่ส่ง ๑๒…", the count cut; the half
// year's "… ยังไม่ส่ง ๑๒๓ จ" only just held it. "ปีงบฯ" keeps every figure's number in view.
import { describe, expect, it } from 'vitest';
import type { AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { summariesFor, summarySubjectPeriodTh } from '../../shared/jobs/summary-plans.js';
import { annualReportSubjectTh } from '../../shared/mail/annual-report-email.js';
import { subjectOf, unsentFigureTh } from '../../shared/mail/html.js';
import { kindsFiringOn } from '../../shared/schedules/schedule-catalog.js';

/** A subject as a phone lays it out: one column a letter, its vowels and tone marks above or below with it. */
const columns = (text: string) => text.match(/.[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*/gsu) ?? [];
/** What the inbox line shows. */
const inView = (subject: string) => columns(subject).slice(0, 40).join('');
/** The figure's word and its whole number, not cut. */
const FIGURE = /(ยังไม่ส่ง|ส่งแล้ว|ส่งครบ|ค้างส่ง) ([๐-๙]+)(?![๐-๙])/;

/** Figures of a large org's year: 3-digit counts. */
const FIGURES = [
  unsentFigureTh(312, 123),
  unsentFigureTh(312, 0, 'ยังไม่ส่ง', 23),
  unsentFigureTh(312, 0),
  'ค้างส่ง ๑๒๓ รายการ (ปีงบประมาณ ๒๕๖๕)',
];

/** Every summary of fiscal year 2566 the catalog sends, counted to its run day and each of the 29 after (retried). */
function periods(): string[] {
  const out = new Set<string>();
  for (let day: PlainDate = '2022-11-01'; day <= '2023-10-01'; day = addDays(day, 1))
    for (const kind of kindsFiringOn(day))
      for (const plan of summariesFor(kind, day))
        for (let n = 0; n < 30; n++) out.add(summarySubjectPeriodTh(plan, addDays(day, n)));
  return [...out];
}

describe("an executive's phone shows the figure's whole number in a subject's first 40 columns", () => {
  it('every summary of the year (digests, half year, the year to a two-digit day), 3-digit counts', () => {
    const all = periods();
    for (const period of all)
      for (const figure of FIGURES) {
        const subject = subjectOf(`${period}: ${figure}`);
        expect(inView(subject), subject).toMatch(FIGURE);
        expect(FIGURE.exec(inView(subject))![0], subject).toBe(FIGURE.exec(figure)![0]);
      }
    expect(all).toContain('สรุปปีงบฯ ๒๕๖๖ ณ ๒๙ ก.ย.');
    expect(all).toContain('สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖');
    expect(all).toContain('สรุปเดือนพฤศจิกายน ๒๕๖๕');
  });

  it.each([
    ['the year so far, made on 14 September', true, '2023-09-14', 123, ' (ข้อมูล ณ ๑๔ ก.ย., ฉบับที่ ๒)'],
    [
      'the year so far, made on 29 September, all sent but some in grace',
      true,
      '2023-09-29',
      0,
      ' (ข้อมูล ณ ๒๙ ก.ย., ฉบับที่ ๒)',
    ],
    ['the whole year, made on 1 October, a second one mailed', false, '2023-10-01', 123, 'รายการ (ฉบับที่ ๒)'],
  ] as const)('the results report emailed: %s', (_, yearSoFar, asOf, missing, end) => {
    const model = {
      fy: 2566,
      asOf,
      yearSoFar,
      statistics: { total: { due: 312, missing, inGrace: missing === 0 ? 23 : 0 } },
    } as unknown as AnnualReportModel;
    const subject = subjectOf(annualReportSubjectTh(model, 2, true));
    const shown = FIGURE.exec(inView(subject));
    expect(shown?.[0], subject).toBe(missing ? 'ยังไม่ส่ง ๑๒๓' : 'ส่งแล้ว ๒๘๙');
    expect(subject).toMatch(/^\[ITA\] รายงานผลปีงบฯ ๒๕๖๖: /);
    expect(subject.endsWith(end), subject).toBe(true);
  });
});
