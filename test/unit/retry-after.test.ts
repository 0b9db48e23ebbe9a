// Break 19 F4: every 429 and 503 of the API says when to come back (Retry-After, RFC 9110 §10.2.3).
import { describe, expect, it } from 'vitest';
import { errorResponse, RETRY_AFTER_SECONDS } from '../../functions/api/http-error-response.js';
import {
  OrgChangedError,
  SignInNotSyncedError,
  TooManyRequestsError,
  UnavailableError,
  ValidationError,
} from '../../shared/domain/errors.js';
import { secondsToNextBangkokDay } from '../../shared/domain/plain-date.js';

describe('seconds to the next Bangkok midnight (when a per-day count starts again)', () => {
  it.each([
    ['10:00 in Bangkok', '2023-10-02T10:00:00+07:00', 14 * 3600],
    ['30 seconds before midnight in Bangkok', '2023-10-02T23:59:30+07:00', 30],
    ['a quarter of a second before midnight (rounded up)', '2023-10-02T23:59:59.750+07:00', 1],
    ['midnight itself (a new day has begun)', '2023-10-03T00:00:00+07:00', 86_400],
    ['18:00 UTC, which is already 01:00 of the next Bangkok day', '2023-10-02T18:00:00Z', 23 * 3600],
  ])('%s', (_, at, seconds) => {
    expect(secondsToNextBangkokDay(new Date(at))).toBe(seconds);
  });
});

describe('Retry-After on the answers that ask the client to come back', () => {
  const limit = (seconds: number) => new TooManyRequestsError('ครบแล้ว', 'used up', seconds);

  it('a used-up daily limit (429) says how many seconds until it resets', () => {
    const res = errorResponse(limit(50_400));
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('50400');
  });

  it.each([
    [0.25, '1'],
    [29.5, '30'],
    [0, '1'],
  ])('a 429 whose reset is %s s away says %s (whole seconds, at least 1)', (seconds, header) => {
    expect(errorResponse(limit(seconds)).headers['retry-after']).toBe(header);
  });

  it.each([
    ['a use case that cannot go on now', new UnavailableError('ไม่ว่าง', 'busy')],
    ['an org record changed by others', new OrgChangedError('demo')],
    ['a sign-in not yet synced', new SignInNotSyncedError('demo-staff-finance')],
    ['DynamoDB throttling', Object.assign(new Error('slow down'), { name: 'ThrottlingException' })],
    ["middy's out-of-time abort", Object.assign(new Error('aborted'), { name: 'TimeoutError' })],
  ])('every 503 (%s) says when to retry', (_, error) => {
    const res = errorResponse(error);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS));
  });

  it('other answers carry no Retry-After', () => {
    expect(errorResponse(new ValidationError('ผิด', 'wrong')).headers['retry-after']).toBeUndefined();
    expect(errorResponse(new Error('boom')).headers['retry-after']).toBeUndefined();
  });
});
