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
