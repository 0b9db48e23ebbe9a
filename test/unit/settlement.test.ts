import { describe, expect, it } from 'vitest';
import { obligationStatus } from '../../shared/domain/obligations.js';
import {
  daysOverdue,
  onTimeUntil,
  overdueAfter,
  reportSettles,
  settledAt,
  timeliness,
} from '../../shared/domain/settlement.js';

const due = '2023-09-30';
const obligation = { opensOn: '2023-09-01', dueDate: due } as const;
const at = (local: string) => new Date(`${local}+07:00`).toISOString();

describe('which report settles an obligation, and on time', () => {
  it('a not_started placeholder does not settle, whatever its text or date', () => {
    for (const reviewState of ['submitted', 'accepted'] as const) {
      const placeholder = { progress: 'not_started' as const, reviewState, submittedAt: at('2023-09-01T09:00:00') };
      expect(reportSettles(placeholder, obligation)).toBe(false);
      expect(timeliness(obligation, placeholder, '2023-10-02')).toBe('missing');
      expect(obligationStatus({ opensOn: '2023-09-01', dueDate: due }, placeholder, '2023-10-02')).toBe('overdue');
    }
  });

  it('a returned report is unsettled: missing after the due date, and shown as returned', () => {
    const returned = {
      progress: 'done' as const,
      reviewState: 'returned' as const,
      firstSubmittedAt: at('2023-09-20T09:00:00'),
      submittedAt: at('2023-09-20T09:00:00'),
    };
    expect(settledAt(returned, obligation)).toBeUndefined();
    expect(timeliness(obligation, returned, '2023-10-02')).toBe('missing');
    expect(obligationStatus({ opensOn: '2023-09-01', dueDate: due }, returned, '2023-10-02')).toBe('returned');
  });

  it('on time is judged by the settling submission, not by an early first one', () => {
    const resubmitted = {
      progress: 'done' as const,
      reviewState: 'submitted' as const,
      firstSubmittedAt: at('2023-09-20T09:00:00'),
      settledAt: at('2023-10-03T09:00:00'),
      submittedAt: at('2023-10-03T09:00:00'),
    };
    expect(timeliness(obligation, resubmitted, '2023-10-05')).toBe('late');
    expect(timeliness(obligation, { ...resubmitted, settledAt: at('2023-09-30T23:59:00') }, '2023-10-05')).toBe(
      'on_time',
    );
    expect(timeliness(obligation, undefined, '2023-09-29')).toBe('not_yet_due');
    // on its due day an unsent report is ครบกำหนด and not sent (break s31 F5)
    expect(timeliness(obligation, undefined, '2023-09-30')).toBe('missing');
  });

  // break 14 s28, F1: "in progress" months before an annual or H2 report opens settled it
  describe('an in_progress report sent before the opening date does not settle; done does', () => {
    const annual = { opensOn: '2023-09-01', dueDate: '2023-09-30' } as const; // FY 2566, opens 1 Sep 2023
    const report = (progress: 'in_progress' | 'done', sentOn: string, reviewState = 'submitted' as const) => ({
      progress,
      reviewState,
      firstSubmittedAt: at(`${sentOn}T10:00:00`),
      submittedAt: at(`${sentOn}T10:00:00`),
    });

    it.each(['2023-04-20', '2023-01-10', '2023-08-31'])(
      'in_progress sent on %s: unsettled, upcoming then overdue',
      (on) => {
        const early = report('in_progress', on);
        expect(reportSettles(early, annual)).toBe(false);
        expect(settledAt(early, annual)).toBeUndefined();
        expect(obligationStatus(annual, early, '2023-04-21')).toBe('upcoming');
        expect(obligationStatus(annual, early, '2023-09-04')).toBe('due');
        expect(obligationStatus(annual, early, '2023-10-02')).toBe('overdue');
        expect(timeliness(annual, early, '2023-10-02')).toBe('missing');
      },
    );

    it('in_progress sent on the opening day or later settles (a revision from that day)', () => {
      for (const on of ['2023-09-01', '2023-09-29']) {
        expect(obligationStatus(annual, report('in_progress', on), '2023-10-02')).toBe('submitted');
        expect(timeliness(annual, report('in_progress', on), '2023-10-02')).toBe('on_time');
      }
      // sent at 00:30 Bangkok time on 1 September (still 31 August in UTC): on the opening day
      const justAfterMidnight = { ...report('in_progress', '2023-09-01'), submittedAt: at('2023-09-01T00:30:00') };
      expect(reportSettles(justAfterMidnight, annual)).toBe(true);
    });

    it('done sent early settles at once (a training held in January), on time', () => {
      const early = report('done', '2023-01-10');
      expect(obligationStatus(annual, early, '2023-01-11')).toBe('submitted');
      expect(timeliness(annual, early, '2023-10-02')).toBe('on_time');
    });

    it('an early in_progress report the coordinator accepted settles (the unit can no longer revise it)', () => {
      expect(reportSettles({ ...report('in_progress', '2023-04-20'), reviewState: 'accepted' }, annual)).toBe(true);
    });

    it('an obligation no longer in the plan: no date rule', () => {
      expect(reportSettles(report('in_progress', '2023-04-20'), undefined)).toBe(true);
    });
  });
});

// tester s37 u2: FY2570's plan saved on 5 December 2569: October's reports, sent that very day (the
// first day they could be), were "late" in the published results
describe('an obligation added to the plan after its due date is on time when reported soon after', () => {
  const october = { opensOn: '2026-10-01', dueDate: '2026-10-31', addedOn: '2026-12-05' } as const;
  const sent = (local: string) => ({
    reviewState: 'submitted' as const,
    progress: 'done' as const,
    submittedAt: at(local),
    settledAt: at(local),
  });
  // tester s42 F1: three calendar days from Saturday 5 December left Tuesday 8 alone (7 December a
  // substitution holiday); the grace is three working days: 8, 9 and 11 (10 December a holiday)
  it.each([
    ['the day it was added', '2026-12-05T15:00:00', 'on_time'],
    ['on its third working day (Friday 11 Dec: 6-7 and 10 Dec days off)', '2026-12-11T23:59:00', 'on_time'],
    ['the day after its third working day', '2026-12-12T00:01:00', 'late'],
  ] as const)('reported %s: %s', (_name, local, expected) => {
    expect(timeliness(october, sent(local), '2026-12-31')).toBe(expected);
  });

  it.each([
    ["a Sunday in a holiday week (the tester's)", '2026-12-06', '2026-12-11'],
    ['a Friday before Songkran (13-15 April 2569)', '2026-04-10', '2026-04-20'],
    ['a Tuesday before the new year (31 Dec, 1 Jan 2570 computed)', '2026-12-29', '2027-01-05'],
    ['a Friday (a weekend, no holiday)', '2026-11-20', '2026-11-25'],
    ['an ordinary Wednesday', '2026-11-18', '2026-11-23'],
  ] as const)('added on %s (%s), on time until %s', (_name, addedOn, until) => {
    expect(onTimeUntil({ dueDate: '2026-03-31', addedOn })).toBe(until);
  });

  it('an obligation added before its due date keeps its due date', () => {
    const november = { opensOn: '2026-11-01', dueDate: '2026-11-30', addedOn: '2026-11-10' } as const;
    expect(timeliness(november, sent('2026-12-01T09:00:00'), '2026-12-31')).toBe('late');
    expect(timeliness(november, sent('2026-11-30T09:00:00'), '2026-12-31')).toBe('on_time');
  });

  // tester s37 v: a past year's plan entered after the year ended, its reports sent then, was
  // published all on time
  it.each([
    ['March of FY2569, plan saved in December 2569', '2026-03-01', '2026-03-31', '2026-12-05'],
    ['October of FY2569, plan saved the day after the year ended', '2025-10-01', '2025-10-31', '2026-10-01'],
    ['the yearly report of FY2568, saved a year on', '2024-10-01', '2025-09-30', '2026-10-15'],
  ] as const)('added after its year ended (%s): reported that day, it is late', (_n, periodStart, dueDate, addedOn) => {
    const o = { opensOn: periodStart, periodStart, dueDate, addedOn };
    expect(timeliness(o, sent(`${addedOn}T10:00:00`), '2026-12-31')).toBe('late');
  });

  // tester s38 n1: within its grace an unreported late addition was "ไม่ได้ส่ง" in the results report
  it.each([
    ['the day it was added (5 Dec)', '2026-12-05', 'not_yet_due'],
    ['the day after (6 Dec)', '2026-12-06', 'not_yet_due'],
    ['a holiday within its grace (10 Dec)', '2026-12-10', 'not_yet_due'],
    ['its last on-time day (11 Dec), as an obligation on its due day', '2026-12-11', 'missing'],
    ['the day after its grace (12 Dec)', '2026-12-12', 'missing'],
  ] as const)('not reported, read on %s: %s', (_name, asOf, expected) => {
    expect(timeliness(october, undefined, asOf)).toBe(expected);
  });

  it('not reported, one in the plan from the start or added after its year ended is missing from its due date', () => {
    expect(timeliness({ opensOn: '2026-10-01', dueDate: '2026-10-31' }, undefined, '2026-10-31')).toBe('missing');
    expect(timeliness({ opensOn: '2026-10-01', dueDate: '2026-10-31' }, undefined, '2026-10-30')).toBe('not_yet_due');
    const ended = {
      opensOn: '2026-03-01',
      periodStart: '2026-03-01',
      dueDate: '2026-03-31',
      addedOn: '2026-12-05',
    } as const;
    expect(timeliness(ended, undefined, '2026-12-05')).toBe('missing');
  });
});

// tester s38: an obligation added late was "overdue" (status, "เลยกำหนด N วัน") while its report
// still counted as on time; one rule (overdueAfter) now decides both
describe('an obligation added late is not overdue while its report is still on time', () => {
  const december = { opensOn: '2022-12-01', periodStart: '2022-12-01', dueDate: '2022-12-30' } as const;
  const added = { ...december, addedOn: '2023-01-31' } as const;

  it.each([
    ['the day it was added', '2023-01-31', 'due', 0],
    ['the last day of the grace', '2023-02-03', 'due', 0],
    ['the day after the grace', '2023-02-04', 'overdue', 1],
    ['a week after the grace', '2023-02-10', 'overdue', 7],
  ] as const)('on %s (%s): %s, %i days overdue', (_name, today, status, days) => {
    expect(overdueAfter(added, today)).toBe('2023-02-03');
    expect(obligationStatus(added, undefined, today)).toBe(status);
    expect(daysOverdue(added, today)).toBe(days);
  });

  it('one in the plan from the start is overdue from the day after its due date, as before', () => {
    expect(obligationStatus(december, undefined, '2022-12-30')).toBe('due');
    expect(obligationStatus(december, undefined, '2022-12-31')).toBe('overdue');
    expect(daysOverdue(december, '2023-01-31')).toBe(32);
  });

  it('one added after its fiscal year ended is overdue from its due date (never on time by the grace)', () => {
    const ended = { ...december, addedOn: '2023-12-05' } as const;
    expect(overdueAfter(ended, '2023-12-06')).toBe('2022-12-30');
    expect(obligationStatus(ended, undefined, '2023-12-06')).toBe('overdue');
  });

  it('read on a day before its addition (a time-travel run), it is overdue from its due date', () => {
    expect(overdueAfter(added, '2023-01-15')).toBe('2022-12-30');
    expect(obligationStatus(added, undefined, '2023-01-15')).toBe('overdue');
    expect(daysOverdue(added, '2023-01-15')).toBe(16);
  });
});
