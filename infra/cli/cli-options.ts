// Option values of the CLIs, checked by the same schemas as the API: a date option takes a
// Gregorian date (a Buddhist-era year gets the Thai hint), a time option an ISO time with offset.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import * as z from 'zod';
import { GregorianDateTime } from '../../shared/domain/gregorian-date.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';
import { thaiList, toThaiDigits } from '../../shared/domain/thai-format.js';

/**
 * The exit code of a usage error, in every CLI and npm start: a command line that is missing or
 * wrong (a command, an option or its value, a kind), as against 1 for work that failed or was
 * refused (README, Quick start).
 */
export const USAGE_ERROR_EXIT = 2;

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
 * A bad option value: a usage error, so runCli exits 2 (as for a missing option), where a
 * ValidationError of the work itself (a file's content, a use case's rule) exits 1.
 */
export class OptionValueRefusal extends ValidationError {}

/**
 * Parses option values with `schema`; throws OptionValueRefusal with one field per bad option
 * (`--from: <Thai> / <English>`, printed by runCli). `optionOf`: see optionPath.
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  optionOf?: Readonly<Record<string, string>>,
): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new OptionValueRefusal(
    'ค่าตัวเลือกไม่ถูกต้อง',
    'an option value is not valid',
    fieldMessages(result.error, '').map((f) => ({ ...f, path: optionPath(f.path, optionOf) })),
  );
}

/**
 * Runs a use case's own rule on option values that needs no data (e.g. an alias repeating another),
 * before anything is read: its ValidationError is thrown as an OptionValueRefusal (exit 2).
 */
export function checkOptions(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError && !(error instanceof OptionValueRefusal))
      throw new OptionValueRefusal(error.message_th, error.message_en, error.fields, error.details);
    throw error;
  }
}

/** A command line the CLI cannot read, or lacking what it needs, said Thai first, naming the option (runCli: with the usage, exit 2). */
export class ArgumentRefusal extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ArgumentRefusal';
  }
}

export { thaiList };

/** "a, b and c". */
const englishAnd = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A required option (`--org`) or argument (its words, Thai and English), and the value given for it. */
export type Required = readonly [name: string | { th: string; en: string }, value: unknown];

/**
 * Refuses `command` run without some of its `required` options or arguments (value undefined), an
 * ArgumentRefusal (exit 2, with the usage) naming every one it needs and, when some were given,
 * those missing: "คำสั่ง preview ต้องระบุ --org, --from และ --to (ยังไม่ได้ระบุ --from, --to)".
 * Returns the values, in order.
 */
export function requireGiven<const T extends readonly Required[]>(
  command: string,
  required: T,
): { -readonly [I in keyof T]: T[I] extends readonly [unknown, infer V] ? Exclude<V, undefined> : never } {
  const words = (name: Required[0]) => (typeof name === 'string' ? { th: name, en: name } : name);
  const all = required.map(([name]) => words(name));
  const missing = required.filter(([, value]) => value === undefined).map(([name]) => words(name));
  if (missing.length > 0) {
    const some = missing.length < all.length;
    const th = thaiList(
      all.map((w) => w.th),
      'และ',
    );
    const en = englishAnd(all.map((w) => w.en));
    throw new ArgumentRefusal(
      `คำสั่ง ${command} ต้องระบุ ${th}${some ? ` (ยังไม่ได้ระบุ ${missing.map((w) => w.th).join(', ')})` : ''}`,
      `${command} needs ${en}${some ? ` (missing: ${missing.map((w) => w.en).join(', ')})` : ''}`,
    );
  }
  return required.map(([, value]) => value) as never;
}

/** node:util parseArgs refusing a command line (codes ERR_PARSE_ARGS_*). */
const isParseArgsError = (error: unknown): error is Error =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/**
 * node:util parseArgs, whose refusals (English only, "Option '--org <value>' argument missing") are
 * thrown as an ArgumentRefusal naming the option: a value missing (`--org` last, or followed by
 * another option), an unknown option, a value given to a switch, an argument not expected; and an
 * option with a value given twice, which parseArgs takes last-wins (`--org demo --org other` wrote
 * to `other`, `day --at A --at B` ran B alone: tester s40).
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw argumentRefusal(config);
  }
  const repeated = repeatedOption(config);
  if (repeated) throw repeated;
  return parsed;
}

/** An option taking a value given more than once (not one declared `multiple`), as a refusal. */
function repeatedOption(config: ParseArgsConfig): ArgumentRefusal | undefined {
  const { tokens } = parseArgs({ ...config, tokens: true });
  const given = new Map<string, { rawName: string; values: string[] }>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined || config.options?.[token.name]?.multiple) continue;
    const seen = given.get(token.name) ?? { rawName: token.rawName, values: [] };
    seen.values.push(token.value);
    given.set(token.name, seen);
  }
  for (const { rawName: option, values } of given.values()) {
    if (values.length < 2) continue;
    const listed = values.map((v) => `"${v}"`).join(', ');
    return new ArgumentRefusal(
      `ตัวเลือก ${option} ระบุได้ครั้งเดียว แต่ระบุมา ${toThaiDigits(values.length)} ครั้ง (${listed}) จึงไม่ได้ทำอะไร ${SEE_USAGE.th}`,
      `${option} may be given once, and was given ${values.length} times (${listed}): nothing was done; ${SEE_USAGE.en}`,
    );
  }
  return undefined;
}

const SEE_USAGE = { th: 'กรุณาดูวิธีใช้ด้านล่าง', en: 'see the usage below' };

/** What parseArgs refused in `config`'s command line: its tokens read again without the checks. */
function argumentRefusal(config: ParseArgsConfig): ArgumentRefusal {
  const { tokens } = parseArgs({ ...config, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals)
      return new ArgumentRefusal(
        `ไม่รู้จัก "${token.value}" คำสั่งนี้รับเฉพาะตัวเลือก ${SEE_USAGE.th}`,
        `unexpected argument "${token.value}": this command takes options only; ${SEE_USAGE.en}`,
      );
    if (token.kind !== 'option') continue;
    const { rawName: option, value, inlineValue } = token;
    const type = config.options?.[token.name]?.type;
    if (!type)
      return new ArgumentRefusal(`ไม่รู้จักตัวเลือก ${option} ${SEE_USAGE.th}`, `unknown option ${option}: ${SEE_USAGE.en}`);
    // `--org --from ...`: the next option is not taken as --org's value (a value starting with "-" is given as --org=-x)
    if (type === 'string' && (value === undefined || (!inlineValue && value.startsWith('-'))))
      return new ArgumentRefusal(
        `ตัวเลือก ${option} ต้องตามด้วยค่า เช่น ${option} <ค่า> ${SEE_USAGE.th}`,
        `${option} needs a value after it (${option} <value>): ${SEE_USAGE.en}`,
      );
    if (type === 'boolean' && value !== undefined)
      return new ArgumentRefusal(
        `ตัวเลือก ${option} ไม่รับค่า ใช้ ${option} เพียงอย่างเดียว ${SEE_USAGE.th}`,
        `${option} takes no value (${option}, not ${option}=${value}): ${SEE_USAGE.en}`,
      );
  }
  return new ArgumentRefusal(`ตัวเลือกไม่ถูกต้อง ${SEE_USAGE.th}`, `an option is not valid: ${SEE_USAGE.en}`);
}
