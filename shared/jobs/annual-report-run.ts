// 1 October: the results report of the fiscal year that just ended, for one org; then one email per
// executive and coordinator with the PDF. Delivered twice, it makes one generation and one email each.
import { PAGE, pageLink } from '../domain/page-addresses.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { generateAnnualReport } from '../documents/generate-annual-report.js';
import { annualReportKey, type ReportFileStore } from '../documents/report-files.js';
import type { OutgoingMail } from '../mail/outgoing-mail.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { renderAnnualReportEmail } from '../mail/annual-report-email.js';
import { deliverOnce, type DeliveryOutcome } from '../mail/deliver-once.js';
import { OrgRepository } from '../store/org-repository.js';
import { PlanRepository } from '../store/plan-repository.js';
import type { JobDependencies } from './job-dependencies.js';

export async function runAnnualReport(
  deps: JobDependencies,
  orgId: string,
  scheduledTime: Date,
  today: PlainDate,
  actor: string,
): Promise<DeliveryOutcome[]> {
  const fy = fiscalYearOf(addDays(today, -1));
  if (!deps.files || (await new PlanRepository(deps.store).getPlanVersion(orgId, fy)) === undefined) return [];
  const files = deps.files;
  const result = await generateAnnualReport(
    { store: deps.store, files },
    {
      orgId,
      fy,
      trigger: `schedule:${scheduledTime.toISOString()}`,
      now: scheduledTime,
      scheduledTime: scheduledTime.toISOString(),
    },
  );
  const { model, pdf } = await annualReportFiles(files, orgId, fy, result.generation, result.pdf);
  const people = (await new OrgRepository(deps.store).listPeople(orgId)).filter(
    (p) => p.active && (p.roles.includes('executive') || p.roles.includes('coordinator')),
  );
  const link = pageLink(deps.settings.formUrl, PAGE.annualReport(fy));
  const mail = renderAnnualReportEmail(model, result.generation, link);
  const outcomes: DeliveryOutcome[] = [];
  for (const person of people) {
    outcomes.push(
      ...(await deliverOnce(deps, {
        orgId,
        actor,
        what: `annual-report:${fy}/${result.generation}`,
        items: [person],
        markerOf: () => ({
          fy,
          stage: 'annual-report',
          recipient: `person.${person.personId}`,
          subjectId: `g${result.generation}`,
        }),
        render: () => ({
          to: [person.email],
          ...mail,
          attachments: [{ filename: `annual-report-${orgId}-${fy}.pdf`, contentType: 'application/pdf', content: pdf }],
        }),
        recipe: () => ({ type: 'annual-report', fy, generation: result.generation, personId: person.personId }),
      })),
    );
  }
  return outcomes;
}

async function annualReportFiles(
  files: ReportFileStore,
  orgId: string,
  fy: number,
  generation: number,
  pdf?: Uint8Array,
): Promise<{ model: AnnualReportModel; pdf: Uint8Array }> {
  const [model, bytes] = await Promise.all([
    files
      .get(annualReportKey(orgId, fy, generation, 'report.json'))
      .then((b) => JSON.parse(Buffer.from(b).toString('utf8')) as AnnualReportModel),
    pdf ?? files.get(annualReportKey(orgId, fy, generation, 'report.pdf')),
  ]);
  return { model, pdf: bytes };
}

/** The annual-report email of a stored generation, rendered again for a retry (PDF attached). */
export async function annualReportMail(
  deps: JobDependencies,
  orgId: string,
  fy: number,
  generation: number,
  to: string,
): Promise<OutgoingMail> {
  if (!deps.files) throw new Error('no report file store');
  const { model, pdf } = await annualReportFiles(deps.files, orgId, fy, generation);
  const mail = renderAnnualReportEmail(model, generation, pageLink(deps.settings.formUrl, PAGE.annualReport(fy)));
  return {
    to: [to],
    ...mail,
    attachments: [{ filename: `annual-report-${orgId}-${fy}.pdf`, contentType: 'application/pdf', content: pdf }],
  };
}
