import * as z from 'zod';
import { GregorianDate } from './gregorian-date.js';

/** Slug ids for orgs, units and measures: lowercase letters, digits and hyphens. */
export const SlugId = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'lowercase letters, digits and hyphens, 1-40 characters');

export const OrgId = SlugId.describe('organisation id');
export const UnitId = SlugId.describe('unit id');
export const MeasureId = SlugId.describe('measure id');

/** Fiscal year, Buddhist era. */
export const FiscalYear = z.coerce.number().int().min(2560).max(2700);

/** A calendar date as people send it: see GregorianDate (Buddhist-era years are refused with a hint). */
export const PlainDateSchema = GregorianDate;
