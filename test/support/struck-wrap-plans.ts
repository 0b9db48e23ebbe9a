// The plans with a struck cadence and its wrapped replacement (test/fixtures/pdf-struck-wrap): each
// .pdf beside the .docx it was printed from.
import { readFileSync } from 'node:fs';
import { previewFile, type Preview } from './plan-pdf.js';

/** The preview of fixture `name` (.pdf or .docx) of test/fixtures/pdf-struck-wrap. */
export const previewStruckWrap = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-struck-wrap/${name}`, import.meta.url))));

/** Each measure's indicator, units and follow-ups as [text without spaces, cadence]. */
export const struckWrapFollowUpsOf = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    units: m.responsible.unitIds,
    followUps: m.followUps.map((f) => [f.text.replace(/\s+/g, ''), f.cadence]),
  }));
