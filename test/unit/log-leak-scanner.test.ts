import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLogs, SECRET_REPORT_TEXT } from '../support/log-leaks.js';

describe('the log leak scanner', () => {
  it('finds an email address, a JWT and report text, and passes clean lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    writeFileSync(
      join(dir, '1.log'),
      [
        '{"level":"INFO","message":"org job done","orgId":"demo","sent":3}',
        '{"message":"sending","to":"staff.finance@demo.example.org"}',
        'Authorization: Bearer eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
        `summary=${SECRET_REPORT_TEXT}`,
      ].join('\n'),
    );
    const { lines, leaks } = scanLogs(dir);
    expect(lines).toBe(4);
    expect(leaks.map((l) => l.split(':')[0])).toEqual(['email address', 'JWT', 'report text']);
    expect(leaks.join()).not.toContain('staff.finance@');
  });
});
