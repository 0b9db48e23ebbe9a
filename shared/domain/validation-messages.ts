// zod issues -> field messages, Thai first, English too.
import type * as z from 'zod';
import { type Bilingual, bilingual } from './bilingual.js';
import { toThaiDigits } from './thai-format.js';
import { type FieldMessage, fieldsInvalid } from './errors.js';
import { FIELD_LABELS, fieldLabel, listLabel, planPlace, valueAt } from './field-labels.js';
import { CHOICE_LABELS, OBLIGATION_STATUS_LABELS } from './status-labels.js';
import { AUDIENCE_LABELS, CADENCE_LABELS } from './plan-labels.js';
import { HALF_YEAR_TH } from './period-labels.js';
import { EVIDENCE_TYPES } from './evidence-rules.js';
import { echoable } from './text.js';
import { sizeText } from './plan-upload-rules.js';

/**
 * Values in messages: a file type by its short name ("PDF"); a value with Thai words by them, then
 * the value to send ("ทั้งปี (year)": tester s50, "ต้องเป็น year, half-year"), a label's own brackets
 * left out ("ทุกไตรมาส (quarterly)").
 */
const VALUE_NAMES: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(EVIDENCE_TYPES).map(([type, ext]): [string, string] => [type, ext.toUpperCase()]),
  ...Object.entries({
    ...OBLIGATION_STATUS_LABELS,
    ...CADENCE_LABELS,
    ...AUDIENCE_LABELS,
    year: 'ทั้งปี',
    'half-year': `${HALF_YEAR_TH}แรก`,
    document: FIELD_LABELS.text!.th,
    json: 'รายการมาตรการ',
  }).map(([value, words]): [string, string] => [value, `${words.split(' (')[0]} (${value})`]),
]);

/** What a value must be, in words a person reads (never zod's type names). */
const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: bilingual('ข้อความ', 'text'),
  number: bilingual('ตัวเลข', 'a number'),
  int: bilingual('จำนวนเต็ม', 'a whole number'),
  bigint: bilingual('จำนวนเต็ม', 'a whole number'),
  boolean: bilingual('ค่าจริงหรือเท็จ', 'true or false'),
  array: bilingual('รายการ', 'a list'),
  object: bilingual('ชุดข้อมูล', 'a set of fields'),
  date: bilingual('วันที่', 'a date'),
  null: bilingual('ค่าว่าง (null)', 'empty (null)'),
};

/** Named string formats; any other (a pattern, "regex") means characters or a form not allowed. */
const FORMAT_NAMES: Readonly<Record<string, Bilingual>> = {
  email: bilingual('อีเมล เช่น somchai@example.go.th', 'email address, e.g. somchai@example.go.th'),
  url: bilingual('ที่อยู่เว็บ เช่น https://www.example.go.th/', 'web address, e.g. https://www.example.go.th/'),
  datetime: bilingual('วันและเวลา เช่น 2023-04-20T10:00:00+07:00', 'date and time, e.g. 2023-04-20T10:00:00+07:00'),
  date: bilingual('วันที่ (ปี ค.ศ.-เดือน-วัน) เช่น 2023-04-20', 'date (YYYY-MM-DD), e.g. 2023-04-20'),
  uuid: bilingual('รหัส UUID', 'UUID'),
};

const digits = (n: unknown) => toThaiDigits(Number(n));

function typeMessage(issue: z.core.$ZodIssueInvalidType, label: Bilingual) {
  if (/received undefined/.test(issue.message)) return { th: `กรุณากรอก${label.th}`, en: `${label.en} is required` };
  const type = (issue.expected === 'array' ? listLabel(issue.path) : undefined) ??
    TYPE_NAMES[issue.expected] ?? { th: 'ค่าชนิดอื่น', en: 'a value of another kind' };
  return { th: `${label.th}ต้องเป็น${type.th}`, en: `${label.en} must be ${type.en}` };
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, label: Bilingual) {
  const format = FORMAT_NAMES[issue.format];
  if (format) return { th: `${label.th}ไม่ถูกต้อง ต้องเป็น${format.th}`, en: `${label.en} is not a valid ${format.en}` };
  if (issue.format === 'starts_with' || issue.format === 'ends_with' || issue.format === 'includes')
    return { th: `${label.th}มีรูปแบบไม่ถูกต้อง`, en: `${label.en} is not in the expected form` };
  return {
    th: `${label.th}มีอักขระหรือรูปแบบที่ไม่อนุญาต`,
    en: `${label.en} has characters that are not allowed (or is not in the expected form)`,
  };
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, label: Bilingual): Bilingual {
  const big = issue.code === 'too_big';
  const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
  if (issue.origin === 'string') {
    if (!big && Number(limit) <= 1) return { th: `กรุณากรอก${label.th}`, en: `${label.en} is required` };
    return big
      ? { th: `${label.th}ยาวได้ไม่เกิน ${digits(limit)} ตัวอักษร`, en: `${label.en} must be at most ${limit} characters` }
      : {
          th: `${label.th}ต้องยาวอย่างน้อย ${digits(limit)} ตัวอักษร`,
          en: `${label.en} must be at least ${limit} characters`,
        };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const items = Number(limit) === 1 ? 'item' : 'items';
    return big
      ? { th: `${label.th}มีได้ไม่เกิน ${digits(limit)} รายการ`, en: `${label.en} can have at most ${limit} ${items}` }
      : {
          th: `${label.th}ต้องมีอย่างน้อย ${digits(limit)} รายการ`,
          en: `${label.en} must have at least ${limit} ${items}`,
        };
  }
  // a file's size (the only number field named "size") is in bytes: "ต้องไม่เกิน ๑๐ เมกะไบต์"
  if (big && issue.path.at(-1) === 'size') {
    const size = sizeText(Number(limit));
    return { th: `${label.th}ต้องไม่เกิน ${size.th}`, en: `${label.en} must be at most ${size.en}` };
  }
  return big
    ? { th: `${label.th}ต้องไม่เกิน ${digits(limit)}`, en: `${label.en} must be at most ${limit}` }
    : { th: `${label.th}ต้องไม่น้อยกว่า ${digits(limit)}`, en: `${label.en} must be at least ${limit}` };
}

/** A unit's name as the org calls it ("กองช่าง" for "engineering"), the id itself when the org has none. */
export type UnitName = (unitId: string) => string;

/** A custom issue's messages, and the units they name by id (params.unitIds, joined by ", "). */
type UnitsParams = { th?: string; en?: string; unitIds?: readonly string[] };
/**
 * The messages with the units they name by id named as the org calls them (`unitName`), so a Thai
 * reader sees "กองช่าง", not "engineering" (review 17 s26); unchanged without `unitName`.
 */
function withUnitNames(params: UnitsParams, unitName: UnitName | undefined): UnitsParams {
  if (!unitName || !params.unitIds || params.unitIds.length === 0) return params;
  const [ids, names] = [params.unitIds.join(', '), params.unitIds.map(unitName).join(', ')];
  return { ...params, th: params.th?.replace(ids, names), en: params.en?.replace(ids, names) };
}

/** A value that must be one of `values`: the choices as a person reads them. */
function choiceMessage(values: readonly unknown[], label: Bilingual): Bilingual {
  return {
    th: values.every((v) => CHOICE_LABELS[String(v)])
      ? `กรุณาเลือก${label.th} (${values.map((v) => CHOICE_LABELS[String(v)]).join(' / ')})`
      : `${label.th}ต้องเป็น ${values.map((v) => VALUE_NAMES[String(v)] ?? String(v)).join(', ')}`,
    en: `${label.en} must be one of: ${values.map(String).join(', ')}`,
  };
}

/**
 * One issue in Thai and English, both in plain words: custom checks give their own (`params.th`,
 * `params.en`); zod's own codes, types and formats are never shown raw.
 */
function messageFor(issue: z.core.$ZodIssue, unitName?: UnitName): Bilingual {
  const label = fieldLabel(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, label);
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue, label);
    case 'unrecognized_keys':
      return { th: `ไม่รู้จักช่อง ${shownKeys(issue.keys)}`, en: `unknown field(s): ${shownKeys(issue.keys)}` };
    case 'invalid_value':
      return choiceMessage(issue.values, label);
    case 'invalid_format':
      return formatMessage(issue, label);
    case 'not_multiple_of':
      return {
        th: `${label.th}ต้องเป็นผลคูณของ ${digits(issue.divisor)}`,
        en: `${label.en} must be a multiple of ${issue.divisor}`,
      };
    case 'invalid_union':
      // a discriminated union's key with no matching value: its values are the choices (zod puts them in `options`)
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0)
        return choiceMessage(issue.options, label);
      return { th: `${label.th}ไม่ถูกต้อง`, en: `${label.en} does not match any allowed shape` };
    case 'custom': {
      const params = withUnitNames((issue.params ?? {}) as UnitsParams, unitName);
      return { th: params.th ?? `${label.th}ไม่ถูกต้อง`, en: params.en ?? `${label.en} is not valid` };
    }
    default:
      return { th: `${label.th}ไม่ถูกต้อง`, en: `${label.en} is not valid` };
  }
}

/**
 * What was sent, for a message: a string quoted, at most 40 characters, made `echoable`; a number
 * or a literal as written; a list or a set of fields only named ("[…]", "{…}"), never walked (it
 * may nest thousands deep).
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${echoable(value, 38)}"`;
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  return echoable(String(value), 40);
}

/** Unknown field names as sent, each `echoable` (at most 5 named). */
function shownKeys(keys: readonly string[]): string {
  const named = keys.slice(0, 5).map((k) => `"${echoable(k, 40)}"`);
  return keys.length > 5 ? `${named.join(', ')} …` : named.join(', ');
}

/** Issues about a value's kind or range quote the value; length and custom issues do not. */
function quotesValue(issue: z.core.$ZodIssue, value: unknown): boolean {
  if (value === undefined || isOverflow(value)) return false;
  if (issue.code === 'too_big' || issue.code === 'too_small') return issue.origin === 'number';
  return ['invalid_type', 'invalid_value', 'invalid_format', 'not_multiple_of'].includes(issue.code);
}

/**
 * A union no shape of which matched: when one shape takes every field sent (an evidence link, by its
 * `url`), that shape's issues (its missing `title`: tester s50), else the one "matches no shape".
 */
function fitting(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  const fit = (issue.code === 'invalid_union' ? issue.errors : []).filter(
    (e) => !e.some((i) => i.code === 'unrecognized_keys' && !i.path.length),
  );
  return fit.length === 1 ? fit[0]!.flatMap((i) => fitting({ ...i, path: [...issue.path, ...i.path] })) : [issue];
}

/**
 * The issues worth telling: a value of the wrong type is one issue, and the checks zod still ran on
 * it (a list's length measured on text: "at most 4 characters") are dropped for that field.
 */
function telling(all: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const issues = all.flatMap(fitting);
  const at = (issue: z.core.$ZodIssue) => JSON.stringify(issue.path);
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map(at));
  // an integer's safe range ("at most 9007199254740991") says nothing when the field's own bound speaks
  const bounded = new Set(
    issues
      .filter((i) => (i.code === 'too_big' || i.code === 'too_small') && i.origin === 'number')
      .map((i) => at(i) + i.code),
  );
  return issues.filter(
    (i) =>
      i.code === 'invalid_type' ||
      (!wrongType.has(at(i)) &&
        !((i.code === 'too_big' || i.code === 'too_small') && i.origin === 'int' && bounded.has(at(i) + i.code))),
  );
}

/**
 * Field messages of a zod error, paths prefixed with `prefix`. With `input` (what was sent), a
 * message about a plan's measure says where it is ("มาตรการลำดับที่ ๓ (i5) การติดตามผลรายการที่ ๒: ")
 * and what was sent for kinds and ranges (` (ค่าที่ส่งมา: "abc")`). With `unitName`, units a
 * message names by id are named as the org calls them.
 */
export function fieldMessages(error: z.ZodError, prefix: string, input?: unknown, unitName?: UnitName): FieldMessage[] {
  return telling(error.issues).map((issue) => {
    const { th, en } = messageFor(issue, unitName);
    const place = planPlace(issue.path, input);
    const value = place ? valueAt(input, issue.path) : undefined;
    const got = quotesValue(issue, value)
      ? { th: ` (ค่าที่ส่งมา: ${shown(value)})`, en: ` (sent: ${shown(value)})` }
      : undefined;
    return {
      path: [prefix, ...issue.path.map((k) => echoable(String(k), 60))].filter(Boolean).join('.'),
      message_th: place ? `${place.th}: ${th}${got?.th ?? ''}` : th,
      message_en: place ? `${place.en}: ${en}${got?.en ?? ''}` : en,
    };
  });
}

/**
 * Parse or throw a ValidationError whose fields say what is wrong, in Thai and English (units
 * named by `unitName` when given: fieldMessages).
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: string,
  unitName?: UnitName,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw fieldsInvalid(
    fieldMessages(
      withStrayKeysTold(schema, value, withOverflowsRead(schema, value, result.error)),
      prefix,
      value,
      unitName,
    ),
  );
}

/**
 * A discriminated union's key missing or not one of its values stops zod there: it tells only that
 * key (`body.format`), not the fields no shape of the union has (PUT /plan with `{"plan": {}}`: tester
 * s38). Each allowed value is tried in its place; a field every shape refuses is told as unknown too.
 */
function withStrayKeysTold(schema: z.ZodType, value: unknown, error: z.ZodError): z.ZodError {
  const added: z.core.$ZodIssue[] = [];
  for (const issue of error.issues) {
    // zod puts a discriminated union's values in `options` (see messageFor)
    const options = 'options' in issue && 'discriminator' in issue ? issue.options : undefined;
    if (issue.code !== 'invalid_union' || !Array.isArray(options)) continue;
    const parent = issue.path.slice(0, -1);
    const at = JSON.stringify(parent);
    const strayIn = (options as unknown[]).map((option): string[] => {
      const again = schema.safeParse(withValueAt(value, issue.path, option));
      return again.success
        ? []
        : again.error.issues.flatMap((i) =>
            i.code === 'unrecognized_keys' && JSON.stringify(i.path) === at ? i.keys : [],
          );
    });
    const stray = (strayIn[0] ?? []).filter((key) => strayIn.every((keys) => keys.includes(key)));
    if (stray.length > 0)
      added.push({ code: 'unrecognized_keys', keys: stray, path: parent, message: 'unknown keys', input: undefined });
  }
  return added.length === 0 ? error : ({ issues: [...error.issues, ...added] } as unknown as z.ZodError);
}

/** A JSON number too large for a double (1e309) is valid JSON; JSON.parse reads it as ±Infinity. */
const isOverflow = (value: unknown): value is number =>
  typeof value === 'number' && (value === Infinity || value === -Infinity);

/** `root` with `value` at `path`, copying only the lists and objects on the way. */
function withValueAt(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0 || root === null || typeof root !== 'object') return value;
  const [key, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...root }) as Record<PropertyKey, unknown>;
  copy[key] = withValueAt((root as Record<PropertyKey, unknown>)[key], rest, value);
  return copy;
}

/**
 * zod calls ±Infinity "not a number"; the sender wrote a number, too large. Each such value is read
 * again as the largest finite number of its sign, so that its field's own range speaks ("ต้องไม่เกิน
 * ๑๐๐"); a field with no range gets "a number too large". Other issues stay as they were.
 */
function withOverflowsRead(schema: z.ZodType, value: unknown, error: z.ZodError): z.ZodError {
  const overflowed = error.issues.filter((i) => i.code === 'invalid_type' && isOverflow(valueAt(value, i.path)));
  if (overflowed.length === 0) return error;
  const finite = overflowed.reduce(
    (v, i) => withValueAt(v, i.path, Math.sign(valueAt(value, i.path) as number) * Number.MAX_VALUE),
    value,
  );
  const again = schema.safeParse(finite);
  const issues: z.core.$ZodIssue[] = again.success ? [] : [...again.error.issues];
  const at = (path: readonly PropertyKey[]) => JSON.stringify(path);
  const told = new Set(issues.map((i) => at(i.path)));
  for (const i of overflowed.filter((o) => !told.has(at(o.path)))) {
    const label = fieldLabel(i.path);
    issues.push({
      code: 'custom',
      path: i.path,
      message: 'number too large',
      input: undefined,
      params: { th: `${label.th}เป็นตัวเลขที่ใหญ่เกินไป`, en: `${label.en} is a number too large` },
    });
  }
  return { issues } as unknown as z.ZodError;
}
