// How fast emails may go out. The mailer takes one slot before each SES call (retries included).
//   localSendRate   one process keeps its own pace (tests, a single worker)
//   sharedSendRate  every worker of the account shares one pace through DynamoDB
//                   (shared/store/send-rate-bucket.ts; docs/reminders.md, "Send rate")

/** Grants send slots; `take` resolves at the granted time (ms since the epoch) and returns it. */
export interface SendRateLimiter {
  take(): Promise<number>;
}

/** Time as the limiter sees it: injectable so tests can use a fake clock. */
export interface RateClock {
  /** ms since the epoch */
  now(): number;
  /** resolves once `now()` has reached `ms` */
  sleepUntil(ms: number): Promise<void>;
}

export const realClock: RateClock = {
  now: () => Date.now(),
  sleepUntil: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms - Date.now()))),
};

/**
 * The spacing between two sends at `maxPerSecond`, in whole microseconds, rounded up: slots this far
 * apart never put more than `maxPerSecond` sends in any one-second window.
 */
export function slotMicros(maxPerSecond: number): number {
  if (!(maxPerSecond > 0) || !Number.isFinite(maxPerSecond))
    throw new RangeError(`the send rate must be a positive number, got ${maxPerSecond}`);
  return Math.ceil(1_000_000 / maxPerSecond);
}

/** One process's own pace: slots `1/maxPerSecond` apart, in memory. */
export function localSendRate(
  maxPerSecond: number,
  clock: RateClock = realClock,
  onGrant?: (slotMs: number) => void,
): SendRateLimiter {
  const interval = slotMicros(maxPerSecond);
  let next = 0;
  return {
    async take() {
      const now = clock.now() * 1000;
      const slot = Math.max(now, next);
      next = slot + interval;
      onGrant?.(slot / 1000);
      if (slot > now) await clock.sleepUntil(slot / 1000);
      return slot / 1000;
    },
  };
}
