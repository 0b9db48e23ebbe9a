import { describe, expect, it } from 'vitest';
import { GregorianDate } from '../../shared/domain/gregorian-date.js';
import { JobInput } from '../../shared/jobs/job-input.js';

describe('Gregorian dates', () => {
  it.each(['2023-04-01', '2024-02-29', '2399-12-31'])('accepts %s', (d) => {
    expect(GregorianDate.safeParse(d).success).toBe(true);
  });

  it.each([
    ['2566-04-01', 'ใช้ปี ค.ศ. เช่น 2023-04-01 สำหรับ พ.ศ. ๒๕๖๖'],
    ['2567-02-29', 'ใช้ปี ค.ศ. เช่น 2024-02-29 สำหรับ พ.ศ. ๒๕๖๗'],
    ['2400-01-01', 'ใช้ปี ค.ศ. เช่น 1857-01-01 สำหรับ พ.ศ. ๒๔๐๐'],
  ])('refuses the Buddhist-era date %s with the hint', (d, hint) => {
    const result = GregorianDate.safeParse(d);
    expect(result.success).toBe(false);
    expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({ th: hint });
  });

  it.each(['2023-13-01', '1899-12-31', '23-04-01', '2023-04-01T00:00:00Z', ''])('refuses %j', (d) => {
    expect(GregorianDate.safeParse(d).success).toBe(false);
  });

  it('refuses a job run scheduled in a Buddhist-era year (npm run job -- --at, the scheduler)', () => {
    const result = JobInput.safeParse({ kind: 'daily', scheduledTime: '2566-04-01T08:30:00+07:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('2023-04-01');
    expect(JobInput.safeParse({ kind: 'daily', scheduledTime: '2023-04-01T08:30:00+07:00' }).success).toBe(true);
  });
});
