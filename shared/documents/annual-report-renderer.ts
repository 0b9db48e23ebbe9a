// The annual results report of one org's fiscal year as files: PDF, DOCX, CSV and the model as JSON.
// Heavy to load (pdfkit, fontkit, docx): only the document function and the local system import it.
import { createHash } from 'node:crypto';
import { ConflictError, planNotFound } from '../domain/errors.js';
import type { Org, Unit } from '../domain/organisation.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { yearNotBegun } from '../domain/year-not-begun.js';
import type { FiscalYearData } from '../store/fiscal-year-repository.js';
import { type AnnualReportModel, buildAnnualReport } from './annual-report-model.js';
import type { DocumentRenderer } from './document-generation.js';
import { renderCsv } from './render-csv.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';
import type { ThaiFonts } from './thai-fonts.js';

/** What the annual report reads: the org, its units, and the fiscal year (plan and latest reports). */
export interface AnnualReportSources {
  getOrg(orgId: string): Promise<Org | undefined>;
  listUnits(orgId: string): Promise<Unit[]>;
  loadYear(orgId: string, fy: number): Promise<FiscalYearData>;
  /** the fonts of the PDF (default: the npm package's; the documents function passes FONT_DIR's) */
  fonts?: ThaiFonts;
}

/** Besides the files, a generation of the annual report hands its model and PDF to the caller (the email). */
export interface AnnualReportOutput {
  model: AnnualReportModel;
  pdf: Uint8Array;
}

/**
 * A results report (the year's or the half-year's) of a fiscal year that has not begun on `asOf`
 * reports nothing done (session 56: FY2567's made on 29 September 2566 read "ปีงบประมาณยังไม่สิ้นสุด",
 * "ได้ขับเคลื่อนมาตรการดังกล่าว", ครบกำหนด ๐): refused with the day it may be made from. The API
 * claims before it renders (no room in its bundle), so the generation fails with this reason.
 */
export function assertYearBegun(fy: number, asOf: PlainDate): void {
  const refused = yearNotBegun(fy, asOf);
  if (refused) throw new ConflictError(refused.th, refused.en);
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/**
 * Renders report.pdf, report.docx, report.csv and report.json (the model), in that order; the
 * manifest's facts are the plan version, the report count and a hash of the reports' versions.
 * Throws NotFoundError (Thai first) when the org has no plan for the year.
 */
export function annualReportRenderer(sources: AnnualReportSources): DocumentRenderer<AnnualReportOutput> {
  return async ({ orgId, fy, now, scope }) => {
    const [org, units, year] = await Promise.all([
      sources.getOrg(orgId),
      sources.listUnits(orgId),
      sources.loadYear(orgId, fy),
    ]);
    if (!org || !year.plan) {
      throw planNotFound(fy);
    }
    // a year with no plan says that first, whether or not it has begun
    assertYearBegun(fy, bangkokDate(now));
    const model = buildAnnualReport({
      org,
      units,
      plan: year.plan,
      reports: year.reports,
      asOf: bangkokDate(now),
      scope,
    });
    // one after the other: rendering both at once doubles the peak memory of a large year
    const pdf = await renderPdf(model, sources.fonts);
    const docx = await renderDocx(model);
    const reportsHash = sha256(
      [...year.reports.values()]
        .map((r) => `${r.obligationId}:${r.version}`)
        .sort()
        .join('\n'),
    );
    return {
      files: [
        ['report.pdf', pdf],
        ['report.docx', docx],
        ['report.csv', renderCsv(model)],
        ['report.json', Buffer.from(JSON.stringify(model, null, 2), 'utf8')],
      ],
      facts: { planVersion: year.plan.version, reportCount: year.reports.size, reportsHash },
      output: { model, pdf },
    };
  };
}
