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
    ['2443-01-01', 'ใช้ปี ค.ศ. เช่น 1900-01-01 สำหรับ พ.ศ. ๒๔๔๓'],
  ])('refuses the Buddhist-era date %s with the hint', (d, hint) => {
    const result = GregorianDate.safeParse(d);
    expect(result.success).toBe(false);
    expect((result.error?.issues[0] as { params?: unknown } | undefined)?.params).toMatchObject({ th: hint });
  });

  it.each([
    ['2566-02-29', 'BE 2566 is CE 2023, not a leap year'],
    ['2566-13-01', 'there is no month 13'],
    ['2400-01-01', 'CE 1857, before 1900'],
    ['2566-04-31', 'April has 30 days'],
  ])('refuses the Buddhist-era-looking %s with the plain message, suggesting no impossible date (%s)', (d) => {
    const result = GregorianDate.safeParse(d);
    expect(result.success).toBe(false);
    const params = (result.error?.issues[0] as { params?: { th: string; en: string } } | undefined)?.params;
    expect(params?.th).toBe('วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2023-04-30');
    expect(params?.en).not.toContain('e.g. 1857');
  });

  it('refuses a job time in an impossible Buddhist-era date without suggesting it', () => {
    const result = JobInput.safeParse({ kind: 'daily', scheduledTime: '2400-01-01T08:30:00+07:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).not.toContain('1857');
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
