// Follow-ups separated by semicolons in one cell ("รายงานผลต่อที่ประชุมทุกเดือน; สรุปผลรายงาน
// นายกเทศมนตรีทุก ๖ เดือน"; review 17 s11, S11-4's last shape): one follow-up with two cadences,
// the semiannual report lost. Split only where each part names its own cadence, so a semicolon
// inside one follow-up's text keeps it whole.
import { detectCadence } from './cadence-detection.js';

/** At most this many parts are looked at (a follow-up cell has a few). */
const MAX_PARTS = 20;

/** The follow-ups of `item` split at ";" when every part names a cadence; else [item]. */
export function semicolonItems(item: string): string[] {
  if (!item.includes(';')) return [item];
  const parts = item
    .split(/[;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_PARTS) return [item];
  return parts.every((p) => detectCadence(p) !== 'unspecified') ? parts : [item];
}
