import { describe, expect, it } from 'vitest';
import { obligationStatus } from '../../shared/domain/obligations.js';
import { reportSettles, settledAt, timeliness } from '../../shared/domain/settlement.js';

const due = '2023-09-30';
const at = (local: string) => new Date(`${local}+07:00`).toISOString();

describe('which report settles an obligation, and on time', () => {
  it('a not_started placeholder does not settle, whatever its text or date', () => {
    for (const reviewState of ['submitted', 'accepted'] as const) {
      const placeholder = { progress: 'not_started' as const, reviewState, submittedAt: at('2023-09-01T09:00:00') };
      expect(reportSettles(placeholder)).toBe(false);
      expect(timeliness(due, placeholder, '2023-10-02')).toBe('missing');
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
    expect(settledAt(returned)).toBeUndefined();
    expect(timeliness(due, returned, '2023-10-02')).toBe('missing');
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
    expect(timeliness(due, resubmitted, '2023-10-05')).toBe('late');
    expect(timeliness(due, { ...resubmitted, settledAt: at('2023-09-30T23:59:00') }, '2023-10-05')).toBe('on_time');
    expect(timeliness(due, undefined, '2023-09-30')).toBe('not_yet_due');
  });
});
