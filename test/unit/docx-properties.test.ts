// Tester s47 (the ITA assessor): the published DOCX files' properties said lastModifiedBy "Un-named",
// an English placeholder beside the org's name as creator. Every document's properties name the org.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPlanDocx } from '../../shared/documents/render-plan-document.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan, samplePlanDocument } from '../support/document-samples.js';

const coreXml = (docx: Buffer) => strFromU8(unzipSync(new Uint8Array(docx))['docProps/core.xml']!);
const results = (scope?: 'half-year') =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: new Map(),
    asOf: '2023-10-01',
    ...(scope ? { scope } : {}),
  });

describe("a published DOCX file's properties", () => {
  it.each([
    ['the year’s results report', () => renderDocx(results())],
    ['the half-year results report', () => renderDocx(results('half-year'))],
    ['the measures document', () => renderPlanDocx(samplePlanDocument())],
  ])('%s names the org as creator and last editor, no placeholder', async (_name, render) => {
    const xml = coreXml(await render());
    expect(xml).toContain(`<dc:creator>${SAMPLE_ORG.name}</dc:creator>`);
    expect(xml).toContain(`<cp:lastModifiedBy>${SAMPLE_ORG.name}</cp:lastModifiedBy>`);
    expect(xml).not.toContain('Un-named');
  });
});
