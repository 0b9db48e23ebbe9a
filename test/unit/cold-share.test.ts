// Issue 15: the cost model's share of cold API requests, derived from the modelled year's request
// timeline (test/bench/cold-share.ts) instead of the assumed 0.8. One municipality alone: a visit
// meets a cold instance when no visit came in the idle time before it (Poisson arrivals:
// exp(-rate x idle)), and its later requests find the instance warm; many municipalities on one
// deployment keep a few instances warm all day.
import { describe, expect, it } from 'vitest';
import { coldShare, TIMELINE, type Timeline } from '../bench/cold-share.js';

const year = (over: Partial<Timeline>): Timeline => ({
  ...TIMELINE,
  orgs: 1,
  requestsPerOrgYear: 3475,
  warmMs: 50,
  coldMs: 600,
  ...over,
});

/** The Poisson figure for one municipality: the share of visits with no visit in the idle time before. */
function analytic(t: Timeline): number {
  const minutes = t.workingDays * (t.workingHours[1] - t.workingHours[0]) * 60;
  const visitsPerMinute = (t.orgs * t.requestsPerOrgYear) / t.requestsPerVisit / minutes;
  return Math.exp(-visitsPerMinute * t.idleMinutes) / t.requestsPerVisit;
}

describe('cold share from the year of requests', () => {
  it('one municipality alone: the first request of a visit after an idle spell is cold, the rest warm', () => {
    for (const requestsPerVisit of [1, 4, 8]) {
      const t = year({ requestsPerVisit });
      const got = coldShare(t);
      expect(got.requests).toBeGreaterThan(3475 * 0.9);
      expect(got.requests).toBeLessThan(3475 * 1.1);
      expect(Math.abs(got.share - analytic(t))).toBeLessThan(0.03);
    }
  });

  it('a longer idle time or busier visits give fewer cold starts', () => {
    const base = coldShare(year({})).share;
    expect(coldShare(year({ idleMinutes: 45 })).share).toBeLessThan(base);
    expect(coldShare(year({ requestsPerOrgYear: 20_000 })).share).toBeLessThan(base);
  });

  it('many municipalities on one deployment keep instances warm: under 1% cold', () => {
    const got = coldShare(year({ orgs: 100 }));
    expect(got.share).toBeLessThan(0.01);
    // still at least one cold start each working day (nights empty the pool)
    expect(got.cold).toBeGreaterThanOrEqual(TIMELINE.workingDays);
  });

  it('gives the same figure for the same seed', () => {
    expect(coldShare(year({ seed: 7 }))).toEqual(coldShare(year({ seed: 7 })));
  });
});
