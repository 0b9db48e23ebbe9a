// A unit that answers ข้อเสนอแนะ with "-", "ไม่มี" or "N/A" has no suggestion: the published
// ข้อเสนอแนะ column lists the plan's recommendations and real suggestions only, as the obstacles
// section leaves out "ไม่มีปัญหาอุปสรรค" (tester s60 H).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import type { Report } from '../../shared/domain/report.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const REAL = 'ควรจัดอบรมการใช้ทรัพย์สินของราชการปีละสองครั้ง';

/** Settled on-time reports of measure i4 by กองคลัง, one a month from January, with these suggestions. */
function reportsSuggesting(suggestions: string[]): Map<string, Report> {
  return new Map(
    suggestions.map((text, i): [string, Report] => {
      const obligationId = `i4.f2.2023-0${i + 1}.finance`;
      const at = `2023-0${i + 1}-20T02:00:00.000Z`;
      return [
        obligationId,
        {
          orgId: 'demo',
          fy: 2566,
          obligationId,
          unitId: 'finance',
          version: 1,
          reviewState: 'submitted',
          submittedBy: 'demo-staff-finance',
          submittedAt: at,
          firstSubmittedAt: at,
          settledAt: at,
          progress: 'done',
          summary: 'ดำเนินการแล้ว',
          obstacles: '',
          suggestions: text,
          evidence: [],
        },
      ];
    }),
  );
}

const yearWith = (suggestions: string[]) =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: reportsSuggesting(suggestions),
    asOf: '2023-10-02',
  });

const planRecommendations = samplePlan().measures.find((m) => m.measureId === 'i4')!.recommendations;

describe('suggestions that say there are none stay out of the ข้อเสนอแนะ column', () => {
  it.each([
    ['dashes and dots', ['-', '—', '...', '- -']],
    ['Thai "none" answers', ['ไม่มี', 'ไม่มีข้อเสนอแนะ', 'ไม่มี ข้อเสนอแนะ.', 'ไม่มีข้อเสนอ']],
    ['Latin "none" answers', ['N/A', 'n/a', 'None', 'NA']],
  ])('%s', async (_, answers) => {
    const model = yearWith([...answers, REAL]);
    const i4 = model.measures.find((m) => m.measureId === 'i4')!;
    expect(i4.recommendations).toEqual([...planRecommendations, REAL]);

    const pdf = squeeze(pdfText(await renderPdf(model)));
    const xml = strFromU8(unzipSync(await renderDocx(model))['word/document.xml']!);
    const docx = squeeze(xml.replace(/<[^>]+>/g, ''));
    // the real suggestion is numbered right after the plan's: no item stands for a "none"
    const realItem = squeeze(`${toThaiDigits(planRecommendations.length + 1)}. ${REAL}`);
    expect(pdf).toContain(realItem);
    expect(docx).toContain(realItem);
  });
});

/** Settled reports of measure i4 by กองคลัง, one a month from January, with these obstacles. */
function reportsWithObstacles(obstacles: string[]): Map<string, Report> {
  const reports = reportsSuggesting(obstacles.map(() => ''));
  return new Map([...reports].map(([id, r], i) => [id, { ...r, obstacles: obstacles[i]! }]));
}

// Thai staff end a "none" with a polite particle or "ใดๆ": still none (tester s60 H)
describe('a "none" answered politely is still none', () => {
  const polite = ['ไม่มีครับ', 'ไม่มีค่ะ', 'ไม่มี ครับ', 'ไม่มีคะ', 'ไม่มีนะคะ'];
  it.each([
    ['suggestions with a polite particle', polite, []],
    ['suggestions "ไม่มีข้อเสนอแนะใดๆ"', ['ไม่มีข้อเสนอแนะใดๆ', 'ไม่มีข้อเสนอแนะใด ๆ ครับ', 'ไม่มีความเห็นค่ะ'], []],
  ])('%s', (_, answers) => {
    const i4 = yearWith([...answers, REAL]).measures.find((m) => m.measureId === 'i4')!;
    expect(i4.recommendations).toEqual([...planRecommendations, REAL]);
  });

  it.each([
    ['obstacles with a polite particle', polite],
    ['obstacles "ไม่มีปัญหาอุปสรรคใดๆ"', ['ไม่มีปัญหาอุปสรรคใดๆ', 'ไม่พบปัญหาใด ๆ ค่ะ', 'ไม่มีปัญหาครับ']],
  ])('%s', async (_, answers) => {
    const model = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: samplePlan(),
      reports: reportsWithObstacles([...answers, 'งบประมาณไม่เพียงพอ']),
      asOf: '2023-10-02',
    });
    const pdf = squeeze(pdfText(await renderPdf(model)));
    expect(pdf).toContain(squeeze('๑. กองคลัง: งบประมาณไม่เพียงพอ'));
    expect(pdf).not.toContain(squeeze('๒. กองคลัง:'));
  });
});

// The same words sent again with a full stop, spaces or a number of their own are one suggestion
// and one obstacle: the column printed "๒. ควรจัดอบรมเพิ่ม ๓. ควรจัดอบรมเพิ่ม. ๔. 1. ควรจัดอบรมเพิ่ม" (tester s60 H)
describe('a suggestion or obstacle sent again in a slightly different form is printed once', () => {
  it.each([
    ['with a full stop', ['ควรจัดอบรมเพิ่ม', 'ควรจัดอบรมเพิ่ม.']],
    ['with spaces around or inside', ['ควรจัดอบรมเพิ่ม', ' ควรจัดอบรม  เพิ่ม ', 'ควรจัดอบรม เพิ่ม']],
    ['with a number of its own', ['ควรจัดอบรมเพิ่ม', '1. ควรจัดอบรมเพิ่ม', '๑) ควรจัดอบรมเพิ่ม']],
  ])('%s', (_, forms) => {
    const i4 = yearWith(forms).measures.find((m) => m.measureId === 'i4')!;
    expect(i4.recommendations).toEqual([...planRecommendations, forms[0]]);
    const model = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: samplePlan(),
      reports: reportsWithObstacles(forms),
      asOf: '2023-10-02',
    });
    const obstacles = model.measures.find((m) => m.measureId === 'i4')!.obstacles;
    expect(obstacles).toEqual([{ text: forms[0], units: ['กองคลัง'] }]);
  });
});
