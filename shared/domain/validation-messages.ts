// zod issues -> field messages, Thai first, English too.
import type * as z from 'zod';
import { toThaiDigits } from './thai-format.js';
import { type FieldMessage, ValidationError } from './errors.js';
import { fieldLabel } from './field-labels.js';
import { CHOICE_LABELS } from './status-labels.js';
import { EVIDENCE_TYPES } from './evidence-rules.js';

/** Short names of technical values (file types) in messages. */
const VALUE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EVIDENCE_TYPES).map(([type, ext]) => [type, ext.toUpperCase()]),
);

const TYPE_TH: Record<string, string> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  int: 'จำนวนเต็ม',
  boolean: 'ค่าจริงหรือเท็จ',
  array: 'รายการ',
  object: 'ชุดข้อมูล',
};

function messageFor(issue: z.core.$ZodIssue): { th: string; en: string } {
  const label = fieldLabel(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return { th: `กรุณากรอก${label.th}`, en: `${label.en} is required` };
      return {
        th: `${label.th}ต้องเป็น${TYPE_TH[issue.expected] ?? issue.expected}`,
        en: `${label.en} must be a ${issue.expected}`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          th: `${label.th}ยาวได้ไม่เกิน ${toThaiDigits(Number(issue.maximum))} ตัวอักษร`,
          en: `${label.en} must be at most ${issue.maximum} characters`,
        };
      if (issue.origin === 'array')
        return {
          th: `${label.th}มีได้ไม่เกิน ${toThaiDigits(Number(issue.maximum))} รายการ`,
          en: `${label.en} can have at most ${issue.maximum} items`,
        };
      return {
        th: `${label.th}ต้องไม่เกิน ${toThaiDigits(Number(issue.maximum))}`,
        en: `${label.en} must be at most ${issue.maximum}`,
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1)
        return { th: `กรุณากรอก${label.th}`, en: `${label.en} is required` };
      if (issue.origin === 'string')
        return {
          th: `${label.th}ต้องยาวอย่างน้อย ${toThaiDigits(Number(issue.minimum))} ตัวอักษร`,
          en: `${label.en} must be at least ${issue.minimum} characters`,
        };
      return {
        th: `${label.th}ต้องไม่น้อยกว่า ${toThaiDigits(Number(issue.minimum))}`,
        en: `${label.en} must be at least ${issue.minimum}`,
      };
    case 'unrecognized_keys':
      return { th: `ไม่รู้จักช่อง ${issue.keys.join(', ')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_value':
      return {
        th: issue.values.every((v) => CHOICE_LABELS[String(v)])
          ? `กรุณาเลือก${label.th} (${issue.values.map((v) => CHOICE_LABELS[String(v)]).join(' / ')})`
          : `${label.th}ต้องเป็น ${issue.values.map((v) => VALUE_NAMES[String(v)] ?? String(v)).join(', ')}`,
        en: `${label.en} must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { th: `${label.th}มีรูปแบบไม่ถูกต้อง (${issue.format})`, en: `${label.en} is not a valid ${issue.format}` };
    case 'invalid_union':
      return { th: `${label.th}ไม่ถูกต้อง`, en: `${label.en} does not match any allowed shape` };
    case 'custom': {
      const params = (issue.params ?? {}) as { th?: string; en?: string };
      return { th: params.th ?? `${label.th}ไม่ถูกต้อง`, en: params.en ?? `${label.en}: ${issue.message}` };
    }
    default:
      return { th: `${label.th}ไม่ถูกต้อง`, en: `${label.en}: ${issue.message}` };
  }
}

export function fieldMessages(error: z.ZodError, prefix: string): FieldMessage[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? issue.path : issue.path;
    const { th, en } = messageFor(issue);
    return { path: [prefix, ...path.map(String)].filter(Boolean).join('.'), message_th: th, message_en: en };
  });
}

/** Parse or throw a ValidationError whose fields say what is wrong, in Thai and English. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ',
    'the request is invalid; see the fields',
    fieldMessages(result.error, prefix),
  );
}
