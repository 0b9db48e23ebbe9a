import * as z from 'zod';
import { GregorianDate } from './gregorian-date.js';

/**
 * Slug ids for orgs, units and measures: lowercase letters, digits and hyphens, 1-40 characters.
 * Not "constructor", the one such name every JavaScript object has: ids key stored maps (a unit's
 * first month, `unitFirstMonths`), and the DynamoDB marshaller refuses a map with that key (review
 * 17 s19, S19-1).
 */
export const SlugId = z
  .string()
  .regex(
    /^(?!constructor$)[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
    'lowercase letters, digits and hyphens, 1-40 characters; not "constructor"',
  );

export const OrgId = SlugId.describe('organisation id');
export const UnitId = SlugId.describe('unit id');
export const MeasureId = SlugId.describe('measure id');

/** Fiscal year, Buddhist era. */
const FY_MIN = 2560;
const FY_MAX = 2700;
export const FiscalYear = z.coerce.number().int().min(FY_MIN).max(FY_MAX);
/** FiscalYear for a value that is a number already (a path segment checked as digits first). */
export const FiscalYearNumber = z.number().int().min(FY_MIN).max(FY_MAX);

/** A calendar date as people send it: see GregorianDate (Buddhist-era years are refused with a hint). */
export const PlainDateSchema = GregorianDate;
