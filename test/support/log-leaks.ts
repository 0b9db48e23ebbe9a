// What must never appear in a log line: email addresses, tokens, and the text of reports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A report summary the adversarial suite submits; it must never be logged. */
export const SECRET_REPORT_TEXT = 'ข้อความลับในรายงาน-7F3A9';

const LEAKS: [string, RegExp][] = [
  ['email address', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/],
  ['JWT', /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['report text', new RegExp(SECRET_REPORT_TEXT)],
];

export function scanLogs(dir: string): { lines: number; leaks: string[] } {
  const leaks: string[] = [];
  let lines = 0;
  for (const name of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      lines++;
      for (const [what, re] of LEAKS)
        if (re.test(line)) leaks.push(`${what}: ${line.slice(0, 160).replace(re, '[…]')}`);
    }
  }
  return { lines, leaks };
}
