// Option values of the CLIs, checked by the same schemas as the API: a date option takes a
// Gregorian date (a Buddhist-era year gets the Thai hint), a time option an ISO time with offset.
import * as z from 'zod';
import { GregorianDate, GregorianDateTime, RANGE_ENDS_BEFORE_START } from '../../shared/domain/gregorian-date.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { JOB_KINDS } from '../../shared/domain/job-kinds.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';

/** --from and --to: Gregorian dates, "to" not before "from". */
export const DateRangeOptions = z
  .object({ from: GregorianDate, to: GregorianDate })
  .refine((o) => o.from <= o.to, { path: ['to'], params: RANGE_ENDS_BEFORE_START });

/** --kind: the job kind (shared/domain/job-kinds.ts). */
export const KindOption = z.object({ kind: z.enum(JOB_KINDS) });

/** --at: the run's scheduled time, an ISO time with its offset, Gregorian year. */
export const AtOption = z.object({ at: GregorianDateTime });

/**
 * The option a field path is given with: `optionOf` maps a field to its option name (`unitId` ->
 * `unit`); a leading `body.` (a use case's field, as the API names it) is dropped and a list item
 * is counted from 1 (`aliases.1` -> `--alias (2)`). Fields not in `optionOf` keep their name.
 */
export function optionPath(path: string, optionOf: Readonly<Record<string, string>> = {}): string {
  const [root = '', ...rest] = path.replace(/^body\./, '').split('.');
  const index = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? ` (${Number(rest[0]) + 1})` : '';
  return `--${optionOf[root] ?? root}${index}`;
}

/**
 * Parses option values with `schema`; throws ValidationError with one field per bad option
 * (`--from: <Thai> / <English>`, printed by runCli). `optionOf`: see optionPath.
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  optionOf?: Readonly<Record<string, string>>,
): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new ValidationError(
    'ค่าตัวเลือกไม่ถูกต้อง',
    'an option value is not valid',
    fieldMessages(result.error, '').map((f) => ({ ...f, path: optionPath(f.path, optionOf) })),
  );
}
