// AWS cron -> croner's 7-part pattern: "cron(30 8 1 * ? *)" -> "0 30 8 1 * ? *".
// AWS day-of-week is 1 = Sunday (croner's alternativeWeekdays); a step "0/20" becomes "0-59/20".

const FIELD_MAX = [59, 23, 31, 12, 7, 2199];

export function awsCronToCroner(expression: string): string {
  const body = /^cron\((.+)\)$/.exec(expression.trim())?.[1];
  const fields = body?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) throw new Error(`not an AWS cron expression: ${expression}`);
  const converted = fields.map((field, i) => field.replace(/^(\d+)\/(\d+)$/, `$1-${FIELD_MAX[i]}/$2`));
  return `0 ${converted.join(' ')}`;
}

export const CRONER_OPTIONS = { mode: '7-part', alternativeWeekdays: true } as const;

function fieldMatches(field: string, value: number): boolean {
  if (field === '*' || field === '?') return true;
  return field.split(',').some((part) => {
    const [range, step] = part.split('/');
    const [lo, hi] = range === '*' ? [0, 9999] : range!.split('-').map(Number);
    const top = hi ?? (step ? 9999 : lo!);
    return value >= lo! && value <= top && (value - lo!) % Number(step ?? 1) === 0;
  });
}

/**
 * Does an AWS cron expression fire on this calendar date (in its own time zone)? Day of month,
 * month, day of week (1 = Sunday) and year are checked; hours and minutes are not.
 */
export function cronFiresOn(expression: string, date: `${number}-${string}-${string}`): boolean {
  const fields = /^cron\((.+)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) throw new Error(`not an AWS cron expression: ${expression}`);
  const [, , dom, month, dow, year] = fields as [string, string, string, string, string, string];
  const d = new Date(`${date}T00:00:00Z`);
  return (
    fieldMatches(dom, d.getUTCDate()) &&
    fieldMatches(month, d.getUTCMonth() + 1) &&
    fieldMatches(dow, d.getUTCDay() + 1) &&
    fieldMatches(year, d.getUTCFullYear())
  );
}
