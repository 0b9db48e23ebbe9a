// s45: the results report's PDF could end its obstacles on a page holding only the last of a
// measure's obstacles ("๖. สำนักปลัด: …"), its heading and the rest on the page before, and the
// statistics on the page after. A measure's obstacles that fit on a page are kept on one page with
// their heading; a measure's longer than a page leaves at least two of its lines on its last page.
import { describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  OBSTACLES_HEADING,
  obstaclesSection,
  type AnnualReportModel,
} from '../../shared/documents/annual-report-model.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const year = buildAnnualReport({
  org: SAMPLE_ORG,
  units: SAMPLE_UNITS,
  plan: samplePlan(),
  reports: new Map(),
  asOf: '2023-10-02',
});

/** The year's report with `first` obstacles under its first measure and `third` under its third. */
function withObstacles(first: number, third: number): AnnualReportModel {
  const m = structuredClone(year);
  m.measures[0]!.obstacles = Array.from({ length: first }, (_, i) => ({
    text: `งบประมาณไม่เพียงพอ กรณีที่ ${i + 1}`,
    units: ['กองคลัง'],
  }));
  m.measures[2]!.obstacles = Array.from({ length: third }, (_, i) => ({
    text: `เอกสารประกอบไม่ครบ กรณีที่ ${i + 1}`,
    units: ['สำนักปลัดเทศบาล'],
  }));
  return m;
}

/** Per measure with obstacles: the pages (1-based) its heading and each of its obstacles are printed on. */
async function obstaclePages(model: AnnualReportModel) {
  const pages = pdfText(await renderPdf(model))
    .split('\f')
    .map(squeeze);
  // from the section's heading on (a measure's heading is also its title in the results table)
  const from = pages.findIndex((p) => p.includes(squeeze(OBSTACLES_HEADING)));
  const pageOf = (text: string) => pages.findIndex((p, i) => i >= from && p.includes(squeeze(text))) + 1;
  return obstaclesSection(model).map(({ measure, items }) => ({
    heading: pageOf(measure),
    items: items.map(pageOf),
  }));
}

describe("the results report's PDF keeps a measure's obstacles with their heading", () => {
  it.each([
    ['six under the third measure: the last one ran onto a page of its own', 6],
    ['seven: the last two ran onto the next page without their heading', 7],
    ['one: on the page of the results table', 1],
  ])('%s', async (_, third) => {
    const measures = await obstaclePages(withObstacles(3, third));
    expect(measures).toHaveLength(2);
    for (const m of measures) {
      expect(m.heading).toBeGreaterThan(0);
      // every obstacle on its heading's page
      expect(m.items).toEqual(m.items.map(() => m.heading));
    }
  });

  it.each([33, 34])(
    '%i under the third measure (longer than a page): its heading with its first, at least two on its last page',
    async (third) => {
      const [, long] = await obstaclePages(withObstacles(3, third));
      expect(long!.items[0]).toBe(long!.heading);
      const last = long!.items.at(-1)!;
      expect(last).toBeGreaterThan(long!.heading);
      expect(long!.items.filter((p) => p === last).length).toBeGreaterThanOrEqual(2);
    },
  );
});
