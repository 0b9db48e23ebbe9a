// The reviewer's plans with indicator headings numbered in the ที่ column (test/fixtures/numbered-headings).
import { readFileSync } from 'node:fs';

/** The bytes of fixture `name` (.docx, .xlsx or .pdf) of test/fixtures/numbered-headings. */
export const numberedHeadingsFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/numbered-headings/${name}`, import.meta.url)));

/** The five measures of those plans, as plan-pdf.ts measuresOf(…, ['indicator', 'units', 'cadences']) gives them. */
export const FIVE_UNDER_HEADINGS = [
  { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
  { indicator: 1, units: ['education'], cadences: ['annual'] },
  { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
  { indicator: 9, units: ['engineering'], cadences: ['semiannual'] },
  { indicator: 9, units: ['finance'], cadences: ['annual'] },
];
