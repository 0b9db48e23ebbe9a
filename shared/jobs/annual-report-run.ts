// 1 October: the results report of the fiscal year that just ended, for one org; then one email per
// executive and coordinator with the PDF. Delivered twice, it makes one generation and one email each.
import { PAGE, pageLink } from '../domain/page-addresses.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { generateAnnualReport } from '../documents/generate-annual-report.js';
import { annualReportKey } from '../documents/report-files.js';
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
  const [model, pdf] = await Promise.all([
    files
      .get(annualReportKey(orgId, fy, result.generation, 'report.json'))
      .then((b) => JSON.parse(Buffer.from(b).toString('utf8')) as AnnualReportModel),
    result.pdf ?? files.get(annualReportKey(orgId, fy, result.generation, 'report.pdf')),
  ]);
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
      })),
    );
  }
  return outcomes;
}
