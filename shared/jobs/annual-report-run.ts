// 1 October: the results report of the fiscal year that just ended, for one org; then one email per
// executive and coordinator with the PDF (on a non-working day, by the next working day's daily pass:
// mailScheduledAnnualReport). Delivered twice, it makes one generation and one email each.
// Runs where the renderer is loaded: the document function, the local system and the CLI.
import { ANNUAL_REPORT_FAILED } from './alarmed-log-lines.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import type { AnnualReportOutput } from '../documents/annual-report-renderer.js';
import { type DocumentRenderer, produceGeneration } from '../documents/document-generation.js';
import { annualReportKey, type ReportFileStore } from '../documents/report-files.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { PAGE, pageLink } from '../domain/page-addresses.js';
import type { Person } from '../domain/organisation.js';
import { addDays, bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { renderAnnualReportEmail } from '../mail/annual-report-email.js';
import { deliverOnce, type DeliveryOutcome } from '../mail/deliver-once.js';
import { type OutgoingMail, senderNameOf } from '../mail/outgoing-mail.js';
import type { DocumentGenerationRepository, Generation } from '../store/document-generation-repository.js';
import type { OrgRepository } from '../store/org-repository.js';
import type { PlanRepository } from '../store/plan-repository.js';
import type { AnnualReportRun, JobDependencies } from './job-dependencies.js';
import { summaryReaders } from './recipients.js';

export type { AnnualReportRun };

/** A scheduled generation's trigger: `schedule:{ISO time}`. */
const SCHEDULE_TRIGGER = 'schedule:';

export interface AnnualReportRunPorts {
  generations: DocumentGenerationRepository;
  plans: PlanRepository;
  orgs: OrgRepository;
  files: ReportFileStore;
  render: DocumentRenderer<AnnualReportOutput>;
}

/**
 * The run: claim the generation with the scheduled time (a redelivery gets the same one), produce
 * it, and mail it. The model and the PDF come from the generation just produced; only a redelivery
 * that finds its generation already ready reads them back from S3, to mail the very same files.
 * A failed generation throws, so the work item is delivered again, until its last attempt
 * (MAX_GENERATION_ATTEMPTS): then the run returns, the generation failed with its reason.
 */
export function annualReportRun(ports: AnnualReportRunPorts): AnnualReportRun {
  return async (deps, orgId, scheduledTime, today, actor, options = {}) => {
    const fy = fiscalYearOf(addDays(today, -1));
    if ((await ports.plans.getPlanVersion(orgId, fy)) === undefined) return [];
    const trigger = `${SCHEDULE_TRIGGER}${scheduledTime.toISOString()}`;
    const { generation } = await ports.generations.claim({
      kind: 'annual-report',
      orgId,
      fy,
      trigger,
      now: scheduledTime,
      scheduledTime: scheduledTime.toISOString(),
    });
    const outcome = await produceGeneration(ports, ports.render, {
      kind: 'annual-report',
      orgId,
      fy,
      generation,
      trigger,
      asOf: scheduledTime,
    });
    if (outcome.status === 'failed') {
      // its last attempt: failed for good, with its reason on the generation; nothing to mail, and
      // nothing to deliver again (a replay renders nothing either)
      if (outcome.final) {
        deps.log?.(`${ANNUAL_REPORT_FAILED}: its attempts are used up; the generation is failed with its reason`, {
          orgId,
          fy,
          generation,
          errorName: outcome.error instanceof Error ? outcome.error.name : 'error',
        });
        return [];
      }
      throw outcome.error;
    }
    // not a working day: generated now, mailed by the next working day's daily pass (mailScheduledAnnualReports)
    if (options.mail === false) return [];
    const output = outcome.output ?? (await readBack(ports.files, orgId, fy, generation));
    return mailAnnualReport(deps, await ports.orgs.listPeople(orgId), { orgId, fy, generation, actor }, output);
  };
}

/**
 * One email per summary reader (summaryReaders: the active executives and coordinators, else the
 * admins) with the generation's PDF, each sent once (the marker is per fiscal year, person and
 * generation, whichever run sends it).
 */
async function mailAnnualReport(
  deps: JobDependencies,
  everyone: readonly Person[],
  run: { orgId: string; fy: number; generation: number; actor: string },
  output: AnnualReportOutput,
): Promise<DeliveryOutcome[]> {
  const { orgId, fy, generation, actor } = run;
  const people = annualReportReaders(everyone);
  const outcomes: DeliveryOutcome[] = [];
  for (const person of people) {
    const before = await mailedBefore(deps, { orgId, fy, generation }, person.personId);
    outcomes.push(
      ...(await deliverOnce(deps, {
        orgId,
        actor,
        what: `annual-report:${fy}/${generation}`,
        items: [person],
        markerOf: () => ({
          fy,
          stage: 'annual-report',
          recipient: `person.${person.personId}`,
          subjectId: `g${generation}`,
        }),
        render: () => annualReportEmail(deps, { orgId, fy, generation, mailedBefore: before }, output, person.email),
        recipe: () => ({ type: 'annual-report', fy, generation, personId: person.personId }),
      })),
    );
  }
  return outcomes;
}

/** Who gets the annual report: the summaries' readers (summaryReaders). */
export const annualReportReaders = summaryReaders;

/**
 * The fiscal year the annual-report run of `runDay` reports on, and the generations that run
 * claimed (its trigger's time falls on `runDay`, Bangkok), oldest first.
 */
export async function generationsOfRun(
  generations: DocumentGenerationRepository,
  orgId: string,
  runDay: PlainDate,
): Promise<{ fy: number; scheduled: Generation[] }> {
  const fy = fiscalYearOf(addDays(runDay, -1));
  const scheduled = (await generations.list('annual-report', orgId, fy)).filter((g) => {
    const at = g.trigger.startsWith(SCHEDULE_TRIGGER) ? new Date(g.trigger.slice(SCHEDULE_TRIGGER.length)) : undefined;
    return at !== undefined && !Number.isNaN(at.getTime()) && bangkokDate(at) === runDay;
  });
  return { fy, scheduled };
}

/**
 * The job has no report file store (BUCKET_NAME unset): the annual report can be neither made nor
 * mailed. The org's run fails (retried in AWS, where the document function always has one); the job
 * CLI prints these words (docs/operations.md).
 */
export class ReportFileStoreMissing extends Error {
  override name = 'ReportFileStoreMissing';
  readonly th =
    'ไม่ได้ตั้งค่าที่เก็บไฟล์รายงาน จึงจัดทำหรือส่งอีเมลรายงานผลประจำปีไม่ได้ ตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) แล้วสั่งคำสั่งเดิมอีกครั้ง';
  readonly en =
    'no report file store: set BUCKET_NAME (and S3_ENDPOINT for the local system), then run the same command again';
  constructor() {
    super('no report file store (BUCKET_NAME)');
  }
}

/** The file store refused a read or write (a wrong bucket or endpoint): the words name the settings. */
export class ReportFileStoreUnusable extends Error {
  override name = 'ReportFileStoreUnusable';
  readonly th: string;
  readonly en: string;
  constructor(cause: unknown) {
    const name = cause instanceof Error ? cause.name : 'error';
    super(`the report file store refused (${name})`, { cause });
    this.th = `ที่เก็บไฟล์รายงานใช้งานไม่ได้ (${name}) ตรวจค่า BUCKET_NAME และ S3_ENDPOINT (ระบบในเครื่อง) แล้วสั่งคำสั่งเดิมอีกครั้ง`;
    this.en = `the report file store refused (${name}): check BUCKET_NAME and S3_ENDPOINT (the local system), then run the same command again`;
  }
}

/**
 * The store with its refusals as ReportFileStoreUnusable, for the job CLI (the operator's settings);
 * the functions keep S3's own errors (NoSuchKey is read as "absent" elsewhere).
 */
export function explainedFileStore(files: ReportFileStore): ReportFileStore {
  const explained = <R>(p: Promise<R>) =>
    p.catch((error: unknown) => {
      throw new ReportFileStoreUnusable(error);
    });
  return {
    put: (key, body, contentType) => explained(files.put(key, body, contentType)),
    get: (key) => explained(files.get(key)),
    listed: (key) => explained(files.listed(key)),
    downloadUrl: (key, expires) => explained(files.downloadUrl(key, expires)),
  };
}

/** Thrown when the report a daily pass is to mail is still being generated: the org's run is retried. */
export class AnnualReportNotReady extends Error {
  override name = 'AnnualReportNotReady';
}

/**
 * The daily pass of the first working day after an annual-report run that fell on a non-working day
 * (`runDay`): mails the report that run generated (the generation its schedule claimed, read back
 * from the file store; no PDF code), once per person as the run itself would have. Nothing when the
 * org had no plan that year (the run made none) or the run made none (its failure is alarmed on the
 * document queue: replay it, then run this day's daily pass again, docs/reminders.md). Throws
 * AnnualReportNotReady while that generation is still pending.
 */
export async function mailScheduledAnnualReport(
  deps: JobDependencies,
  everyone: readonly Person[],
  orgId: string,
  runDay: PlainDate,
  actor: string,
): Promise<DeliveryOutcome[]> {
  const { fy, scheduled } = await generationsOfRun(deps.repos.generations, orgId, runDay);
  const ready = scheduled.filter((g) => g.status === 'ready').at(-1);
  if (!ready) {
    if (scheduled.some((g) => g.status === 'pending'))
      throw new AnnualReportNotReady(`the FY${fy} annual report of ${runDay} is still being generated`);
    if (scheduled.length > 0) deps.log?.('annual report not mailed: its generation failed', { orgId, fy, runDay });
    return [];
  }
  if (!deps.files) throw new ReportFileStoreMissing();
  const output = await readBack(deps.files, orgId, fy, ready.generation);
  return mailAnnualReport(deps, everyone, { orgId, fy, generation: ready.generation, actor }, output);
}

async function readBack(
  files: ReportFileStore,
  orgId: string,
  fy: number,
  generation: number,
): Promise<AnnualReportOutput> {
  const [json, pdf] = await Promise.all([
    files.get(annualReportKey(orgId, fy, generation, 'report.json')),
    files.get(annualReportKey(orgId, fy, generation, 'report.pdf')),
  ]);
  return { model: JSON.parse(Buffer.from(json).toString('utf8')) as AnnualReportModel, pdf };
}

/**
 * Whether an earlier generation of the year's report was emailed to the person (its send marker,
 * `g{generation}`: one Query of their markers of the stage): its email then names its generation
 * to tell the two apart. A coordinator's draft is never emailed (tester s45 #4).
 */
async function mailedBefore(
  deps: JobDependencies,
  run: { orgId: string; fy: number; generation: number },
  personId: string,
): Promise<boolean> {
  const marked = await deps.repos.outbox.markedSubjects(run.orgId, run.fy, 'annual-report', `person.${personId}`);
  return [...marked].some((id) => /^g\d+$/.test(id) && Number(id.slice(1)) < run.generation);
}

function annualReportEmail(
  deps: JobDependencies,
  run: { orgId: string; fy: number; generation: number; mailedBefore: boolean },
  { model, pdf }: AnnualReportOutput,
  to: string,
): OutgoingMail {
  const { orgId, fy, generation } = run;
  const mail = renderAnnualReportEmail(
    model,
    generation,
    pageLink(deps.settings.formUrl, orgId, PAGE.annualReport(fy)),
    run.mailedBefore,
  );
  return {
    to: [to],
    tags: { orgId, kind: 'annual-report' },
    ...senderNameOf(model.orgName),
    ...mail,
    attachments: [{ filename: `annual-report-${orgId}-${fy}.pdf`, contentType: 'application/pdf', content: pdf }],
  };
}

/**
 * The annual-report email of a stored generation, rendered again for a retry (the very same PDF,
 * read back from the file store). Throws if the job has no file store.
 */
export async function annualReportMail(
  deps: JobDependencies,
  orgId: string,
  fy: number,
  generation: number,
  to: { personId: string; email: string },
): Promise<OutgoingMail> {
  if (!deps.files) throw new ReportFileStoreMissing();
  const before = await mailedBefore(deps, { orgId, fy, generation }, to.personId);
  const run = { orgId, fy, generation, mailedBefore: before };
  return annualReportEmail(deps, run, await readBack(deps.files, orgId, fy, generation), to.email);
}
