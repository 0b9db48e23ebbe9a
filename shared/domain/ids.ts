import * as z from 'zod';
import { GregorianDate, gregorianFiscalYearHint } from './gregorian-date.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from './id-patterns.js';

/**
 * Names every JavaScript object has as members: no id may be one, and no map we keep may have one as
 * a key. Ids key stored maps (a unit's first month, `unitFirstMonths`): the DynamoDB marshaller
 * refuses a map with the key "constructor" (review 17 s19, S19-1), and a JSON key "__proto__" is
 * skipped by zod's record, so a map holding one was answered 200 and saved without it (review 17
 * s21). One rule for ids (SlugId) and map keys (memberSafeRecord).
 */
export const OBJECT_MEMBER_NAMES = ['__proto__', 'constructor', 'prototype'] as const;

const memberNames = OBJECT_MEMBER_NAMES.join('|');
const memberNamesQuoted = OBJECT_MEMBER_NAMES.map((n) => `"${n}"`).join(', ');

/** Slug ids for orgs, units and measures: lowercase letters, digits and hyphens, 1-40 characters; no OBJECT_MEMBER_NAMES. */
export const SlugId = z
  .string()
  .regex(
    new RegExp(`^(?!(?:${memberNames})$)[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$`),
    `lowercase letters, digits and hyphens, 1-40 characters; not ${memberNamesQuoted}`,
  );

/**
 * z.record(key, value) whose keys may not be OBJECT_MEMBER_NAMES: each such key, as JSON sends it,
 * is a 400 on its own path (zod's record would skip "__proto__" and take the rest).
 */
export function memberSafeRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  const record = z.record(key, value);
  return z.preprocess((input: z.input<typeof record>, ctx) => {
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      for (const name of OBJECT_MEMBER_NAMES) {
        if (!Object.prototype.hasOwnProperty.call(input, name)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `"${name}" cannot be a key`,
          params: {
            th: `ใช้ "${name}" เป็นรหัสในช่องนี้ไม่ได้ (รหัสที่ใช้ไม่ได้: ${memberNamesQuoted})`,
            en: `"${name}" cannot be a key here (not allowed: ${memberNamesQuoted})`,
          },
          input,
        });
      }
    }
    return input;
  }, record);
}

export const OrgId = SlugId.describe('organisation id');
export const UnitId = SlugId.describe('unit id');
export const MeasureId = SlugId.describe('measure id');

/** Fiscal year, Buddhist era. */
const FY_MIN = FISCAL_YEAR_MIN;
const FY_MAX = FISCAL_YEAR_MAX;
/**
 * The fiscal year's checks on a number: a whole number from FY_MIN to FY_MAX; a Gregorian year
 * (2023) gets only the hint "ใช้ปี พ.ศ. เช่น 2566 สำหรับ ค.ศ. ๒๐๒๓" (gregorianFiscalYearHint).
 */
const fiscalYearChecks = (number: z.ZodNumber) =>
  number
    .int()
    .superRefine((fy, ctx) => {
      const hint = fy < FY_MIN ? gregorianFiscalYearHint(fy, FY_MIN, FY_MAX) : undefined;
      // continue: false, so the range's own "ต้องไม่น้อยกว่า ๒๕๖๐" is not said as well
      if (hint)
        ctx.addIssue({ code: 'custom', params: hint, message: `${hint.en} (${hint.th})`, input: fy, continue: false });
    })
    .min(FY_MIN)
    .max(FY_MAX);
export const FiscalYear = fiscalYearChecks(z.coerce.number());
/** FiscalYear for a value that is a number already (a path segment checked as digits first). */
export const FiscalYearNumber = fiscalYearChecks(z.number());

/** A calendar date as people send it: see GregorianDate (Buddhist-era years are refused with a hint). */
export const PlainDateSchema = GregorianDate;
