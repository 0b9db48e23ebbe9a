// The published DOCX files set TH SarabunPSK 14 pt once, as the document's default run: a run
// states only what differs from it (a bold title, a larger size). Every run used to repeat font,
// size and "not bold", most of a large year's table XML and of the time to build and pack it
// (docs/performance.md, session 20). Every run still shows in the same font, size and weight.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPlanDocx } from '../../shared/documents/render-plan-document.js';
import { sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';

const FONT = 'TH SarabunPSK';

interface RunLook {
  font: string | undefined;
  size: number | undefined;
  bold: boolean;
  text: string;
  /** elements inside the run's w:rPr */
  stated: number;
}

/** Each run of document.xml as it shows: the document's default run, then what the run states. */
function runs(docx: Uint8Array): RunLook[] {
  const files = unzipSync(docx);
  const styles = strFromU8(files['word/styles.xml']!);
  const defaults = /<w:rPrDefault><w:rPr>(.*?)<\/w:rPr><\/w:rPrDefault>/s.exec(styles)?.[1] ?? '';
  const font = (rPr: string) => /<w:rFonts [^>]*w:cs="([^"]+)"/.exec(rPr)?.[1];
  const size = (rPr: string) => Number(/<w:szCs w:val="(\d+)"/.exec(rPr)?.[1] ?? Number.NaN) / 2 || undefined;
  const document = strFromU8(files['word/document.xml']!);
  return [...document.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs)].map(
    ([, rPr = '', text = '']) => ({
      font: font(rPr) ?? font(defaults),
      size: size(rPr) ?? size(defaults),
      bold: /<w:bCs\/>/.test(rPr),
      text,
      stated: rPr.match(/<w:[A-Za-z]+/g)?.length ?? 0,
    }),
  );
}

/** A results report of many measures: the sample's, twenty times over. */
function manyMeasures(): AnnualReportModel {
  const model = sampleAnnualReport();
  return { ...model, measures: Array.from({ length: 20 }, () => model.measures).flat() };
}

describe('a run of a published DOCX', () => {
  it.each([
    ['results report', () => renderDocx(sampleAnnualReport()), sampleAnnualReport().measures.length],
    ['plan document', () => renderPlanDocx(samplePlanDocument()), samplePlanDocument().measures.length],
    ['results report of many measures', () => renderDocx(manyMeasures()), manyMeasures().measures.length],
  ])('of the %s states only what differs from the default, and shows as before', async (_, render, measures) => {
    const all = runs(await render());
    expect(all.length).toBeGreaterThan(measures * 3);
    // every run in TH SarabunPSK, at 14 pt unless a title or heading, bold where it was
    expect(all.filter((r) => r.font !== FONT)).toEqual([]);
    expect(all.filter((r) => r.size === undefined)).toEqual([]);
    const plain = all.filter((r) => r.size === 14 && !r.bold);
    expect(plain.length).toBeGreaterThan(all.length / 2);
    // the work: a plain run states nothing; a bold one of the default size states bold alone
    expect(plain.filter((r) => r.stated > 0)).toEqual([]);
    expect(all.filter((r) => r.size === 14 && r.bold && r.stated !== 2)).toEqual([]);
  });
});
