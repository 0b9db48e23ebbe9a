// The share of API requests that meet a cold Lambda instance, derived from the modelled year's
// request timeline instead of assumed: visits spread over the working hours of the year, each a few
// requests one after another, served by a simulated pool of instances that Lambda keeps warm for a
// while after their last request and replaces every few hours.
//
// Lambda's figures: AWS documents that it "maintains the execution environment for some time in
// anticipation of another function invocation" and "terminates execution environments every few
// hours ... even for functions that are invoked continuously" (Lambda developer guide, execution
// environment lifecycle), and publishes no idle time. Measured from outside: every idle instance
// recycled exactly 10 minutes after its last request (M. Shilkov, "AWS Lambda Cold Starts After
// 10 Minutes", 2019; 25-60 minutes before July 2019, 45-60 in Y. Cui's 2017 experiment). The
// model takes the shortest of these and 2 hours for "a few hours": both favour cold starts.

import { seededRandom } from '../support/seeded-random.js';

export interface Timeline {
  /** organisations on one deployment (one API function) */
  orgs: number;
  /** API requests per organisation and year (the cost model's USAGE) */
  requestsPerOrgYear: number;
  /** a visit: a person opens the page and works through it; its requests come one after another */
  requestsPerVisit: number;
  /** between the end of one request of a visit and the next (reading, typing) */
  secondsBetweenRequests: number;
  /** government working days a year (5-day week less public holidays) */
  workingDays: number;
  /** office hours, local time, as hours from midnight: visits fall evenly between them */
  workingHours: readonly [number, number];
  /** an instance unused this long is gone */
  idleMinutes: number;
  /** an instance is replaced at this age even when busy */
  lifetimeHours: number;
  /** a warm request's duration, and a cold one's (init + first request) */
  warmMs: number;
  coldMs: number;
  /** seed of the timeline's random numbers: the same seed gives the same figure */
  seed?: number;
}

/** The modelled year's assumptions besides the measured durations and the deployment's size. */
export const TIMELINE = {
  requestsPerVisit: 4,
  secondsBetweenRequests: 20,
  workingDays: 245,
  workingHours: [8.5, 16.5] as const,
  idleMinutes: 10,
  lifetimeHours: 2,
};

export interface ColdShare {
  requests: number;
  cold: number;
  share: number;
  /** the most instances alive at once */
  peakInstances: number;
}

interface Instance {
  born: number;
  busyUntil: number;
  lastEnd: number;
}

/**
 * Simulates the year day by day: visits arrive as a Poisson process over the working hours (at the
 * rate that gives `requestsPerOrgYear` per organisation), each request goes to a free warm
 * instance (the one used last) or starts a new one; nights and weekends leave no instance warm.
 * Linear in the requests (the pool stays small).
 */
export function coldShare(t: Timeline): ColdShare {
  const next = seededRandom(t.seed ?? 1);
  const dayMs = (t.workingHours[1] - t.workingHours[0]) * 3_600_000;
  const visitsPerDay = (t.orgs * t.requestsPerOrgYear) / t.requestsPerVisit / t.workingDays;
  const meanGapMs = dayMs / visitsPerDay;
  const idleMs = t.idleMinutes * 60_000;
  const lifetimeMs = t.lifetimeHours * 3_600_000;
  const gapMs = t.secondsBetweenRequests * 1000;
  let requests = 0;
  let cold = 0;
  let peakInstances = 0;
  for (let day = 0; day < t.workingDays; day++) {
    // request start times of the day's visits, in order (a visit's later requests start after the
    // earlier ones end; a cold start is assumed for spacing, at most a second off)
    const starts: number[] = [];
    for (let at = -Math.log(1 - next()) * meanGapMs; at < dayMs; at += -Math.log(1 - next()) * meanGapMs)
      for (let i = 0; i < t.requestsPerVisit; i++) starts.push(at + i * (gapMs + t.warmMs));
    starts.sort((a, b) => a - b);
    let pool: Instance[] = [];
    for (const at of starts) {
      pool = pool.filter((x) => x.busyUntil > at || (at - x.lastEnd <= idleMs && at - x.born <= lifetimeMs));
      let chosen: Instance | undefined;
      for (const x of pool) if (x.busyUntil <= at && (!chosen || x.lastEnd > chosen.lastEnd)) chosen = x;
      requests++;
      if (chosen) {
        chosen.busyUntil = chosen.lastEnd = at + t.warmMs;
      } else {
        cold++;
        pool.push({ born: at, busyUntil: at + t.coldMs, lastEnd: at + t.coldMs });
        peakInstances = Math.max(peakInstances, pool.length);
      }
    }
  }
  return { requests, cold, share: requests ? cold / requests : 0, peakInstances };
}
