// A new user (s58): on 8 May (`--today 2023-05-08`) `npm run job -- preview --from 2023-09-25` listed on
// 25 September every opening email the runs from 8 May on will have sent already: it planned from
// --from, and the send markers of those runs do not exist yet. A span starting after today now shows
// what each of its days will send once the runs from today up to it have run (and sent theirs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'prevfuture';
let f: JobsFixture;
beforeAll(async () => {
  f = await createJobsFixture(ORG);
}, 120_000);
afterAll(async () => f?.close());

/** The preview on `today` (09:00 Bangkok, as --today) with the Thai official calendar, as the CLI's. */
const preview = (today: PlainDate, from: PlainDate, to: PlainDate) =>
  previewMail(f.deps({ wallClock: () => bangkok(`${today}T09:00:00`), calendar: undefined }), ORG, from, to);

/**
 * What the span's days send after the runs from today: the preview from today to `to`, its lines
 * from `from` on, and its emails less those of the days before `from`.
 */
async function fromToday(today: PlainDate, from: PlainDate, to: PlainDate) {
  const all = await preview(today, today, to);
  const before = await preview(today, today, addDays(from, -1));
  return { lines: all.lines.filter((l) => l.day >= from), emails: all.emails - before.emails };
}

describe('npm run job -- preview of a span starting after today', { timeout: 120_000 }, () => {
  it('on 8 May, 25-29 September: no opening email on the 25th (sent from 1 September), the due-soon and due ones of September', async () => {
    const { lines, emails } = await preview('2023-05-08', '2023-09-25', '2023-09-29');
    expect(lines.filter((l) => l.day === '2023-09-25').map((l) => `${l.stage} ${l.subject}`)).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        day: '2023-09-27',
        stage: 'due-soon',
        subject: 'i4.f2.2023-09.engineering',
        person: 'เจ้าหน้าที่ กองช่าง (กองช่าง)',
      }),
    );
    expect({ lines, emails }).toEqual(await fromToday('2023-05-08', '2023-09-25', '2023-09-29'));
    // a span starting today still lists what today's pass sends: the 25th's openings and escalations
    const today = await preview('2023-09-25', '2023-09-25', '2023-09-25');
    expect(today.lines.some((l) => l.stage === 'opening' && l.subject === 'i4.f2.2023-09.engineering')).toBe(true);
    expect(today.lines.some((l) => l.stage === 'escalation-executive')).toBe(true);
  });

  it('on Monday 25 September, from the next day: nothing the 25th sends is listed on the 26th', async () => {
    const { lines, emails } = await preview('2023-09-25', '2023-09-26', '2023-09-29');
    expect(lines.filter((l) => l.stage === 'opening' || l.stage.startsWith('escalation'))).toEqual([]);
    expect(lines.some((l) => l.day === '2023-09-27' && l.stage === 'due-soon')).toBe(true);
    expect({ lines, emails }).toEqual(await fromToday('2023-09-25', '2023-09-26', '2023-09-29'));
  });

  it('on 25 September, from 3 October (past the year’s end): the overdue notices, digest and annual report of 2 October are not listed', async () => {
    const { lines, emails } = await preview('2023-09-25', '2023-10-03', '2023-10-13');
    expect(lines.filter((l) => l.day === '2023-10-03')).toEqual([]);
    expect(lines.filter((l) => l.stage === 'overdue' || l.stage === 'summary' || l.stage === 'annual-report')).toEqual(
      [],
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ day: '2023-10-09', stage: 'escalation-head', subject: 'i4.f2.2023-09.engineering' }),
    );
    expect({ lines, emails }).toEqual(await fromToday('2023-09-25', '2023-10-03', '2023-10-13'));
  });

  it('on 8 May 2023, a week of January 2030: the holiday notes of a preview made then, not of every year between', async () => {
    const { lines, fallbackHolidayYears } = await preview('2023-05-08', '2030-01-07', '2030-01-11');
    expect(lines).toEqual([]);
    expect(fallbackHolidayYears).toEqual(
      (await preview('2030-01-07', '2030-01-07', '2030-01-11')).fallbackHolidayYears,
    );
    expect(fallbackHolidayYears).not.toContain(2027);
  });
});
