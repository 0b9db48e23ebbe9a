// npm run job -- <reminders|summaries|escalation|scheduled> --kind <kind> --at <ISO time with +07:00> [--org <id>]
// (scheduled --kind annual-report: the 1 October job; escalation: the daily pass, scheduled --kind daily)
// npm run job -- day --at <date> [--org <id>]: every run the schedule fires that Bangkok date
// npm run job -- preview --org <id> --from <date> --to <date> [--today <date>]
import * as z from 'zod';
import { OrgId } from '../../shared/domain/ids.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import type { JobPart } from '../../shared/jobs/run-org-job.js';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';
import { holidayFallbackLine, runSummaryLines } from '../../shared/jobs/run-summary.js';
import { noSuchOrg, previewMail } from '../../shared/jobs/preview-reminders.js';
import { previewSpanRefusals } from '../../shared/jobs/preview-span.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { AtOption, optionPath, parseCliArgs, parseOptions, requireGiven, thaiList } from './cli-options.js';
import {
  type CliIo,
  type CliOutcome,
  type CliRefusal,
  isCliEntry,
  LOCAL_SYSTEM_HELP,
  runAsScript,
  runCli,
} from './run-cli.js';
import { cliClock } from './cli-clock.js';
import { CliDate, systemDay, SystemDate } from './system-days.js';
import { OUTSIDE_SYSTEM_YEARS } from '../../shared/domain/system-days.js';
import { counted } from '../../shared/domain/english-count.js';
import { JOB_KINDS, type JobKind } from '../../shared/domain/job-kinds.js';
import { explainedFileStore, ReportFileStoreMissing } from '../../shared/jobs/annual-report-run.js';
import type { AnnualReportRun } from '../../shared/jobs/job-dependencies.js';
import {
  cliTime,
  firingDays,
  kindsFiringOn,
  lastRunDay,
  runDayOf,
  SCHEDULES,
  scheduledTimeOn,
} from '../../shared/schedules/schedule-catalog.js';
import { addDays, bangkokDate } from '../../shared/domain/plain-date.js';
import { formatThaiDate, formatThaiDateTime, toThaiDigits } from '../../shared/domain/thai-format.js';
import { GregorianDate, GregorianDateTime } from '../../shared/domain/gregorian-date.js';
import { dayOffSaid } from '../../shared/domain/day-off.js';
import { thaiWorkingDaysBetween } from '../../shared/domain/thai-working-days.js';

/** "a, b หรือ c" */
const thaiOr = (items: readonly string[]) => thaiList(items, 'หรือ');

const RUN_COMMANDS = ['reminders', 'summaries', 'escalation', 'scheduled'] as const;
type RunCommand = (typeof RUN_COMMANDS)[number];

/**
 * The kinds each run command takes, the one list its usage and its refusals say: reminders and
 * summaries their part's kinds, escalation the daily pass, scheduled every kind the schedule
 * catalog runs.
 */
const KINDS_OF: Record<RunCommand, readonly JobKind[]> = {
  reminders: ['monthly', 'semiannual', 'april-september'],
  summaries: ['monthly', 'april-september'],
  escalation: ['daily'],
  scheduled: [...new Set(SCHEDULES.map((s) => s.input.kind))],
};

/** Each command's usage line (after `npm run job -- `). */
const LINE_OF = {
  run: `<${RUN_COMMANDS.join('|')}> --kind <kind> --at <time> [--org <orgId>]`,
  day: 'day --at <YYYY-MM-DD> [--org <orgId>]',
  preview: 'preview --org <orgId> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--today <YYYY-MM-DD>]',
};
const ORG_HELP = '  --org       one org only';
/** What each command's usage says under its line. */
const HELP_OF = {
  run: `  reminders   the kind's reminders to units (kinds: ${KINDS_OF.reminders.join(', ')})
  summaries   the executives' summaries (kinds: ${KINDS_OF.summaries.join(', ')}; monthly = last month's digest)
  escalation  the daily pass, exactly what the daily schedule runs (--kind ${KINDS_OF.escalation.join(', ')}, the default):
              due soon, overdue, escalations, returned reports, and what a day off held back
              (a weekend 1st's reminders and summaries go out on the next working day's pass)
  scheduled   exactly what the schedule runs for the kind
              (kinds: ${KINDS_OF.scheduled.join(', ')});
              annual-report is 1 October 06:00: the results report of the year that ended, for
              every org, e.g. scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00
  --at        the run's scheduled time, e.g. 2023-04-01T08:30:00+07:00 ("time travel"); a kind's
              run on a later day of its month stands for the 1st's (annual-report: 1 October only);
              on a day it stands for no run it is refused, with the command for the last one`,
  day: `  day         every run the schedule fires on that Bangkok date, each at its own time, as scheduled
              --kind <kind> --at <time> would run it, e.g. day --at 2023-02-01: monthly (the units'
              reminders and last month's digest) then daily; --at takes a date or a time on it (no
              --kind); exits with the worst of its runs`,
  preview: `  preview     prints, without sending, what would go out on each working day from..to (day, stage,
              obligation, summary or annual report, recipient by name), from today's data (no report
              assumed), and an annual report that will not go out (failed, not made) with what to do
  --today     the preview's today (09:00 Bangkok), as npm start -- --today: e.g. --today 2026-09-25
              --from 2026-10-01 --to 2026-10-01 shows what 1 October will send; without it, the
              running local system's clock (npm start -- --today …), else the real one`,
};

const USAGE = `usage: npm run job -- ${LINE_OF.run}
       npm run job -- ${LINE_OF.day}
       npm run job -- ${LINE_OF.preview}

${HELP_OF.run}
${ORG_HELP}
${HELP_OF.day}
${HELP_OF.preview}
  --help      this text
Uses TABLE_NAME, DYNAMODB_ENDPOINT, SES_ENDPOINT, MAIL_FROM, FORM_URL, and BUCKET_NAME with S3_ENDPOINT
(the report files: the annual report's run, and the pass that mails it) from the environment.
${LOCAL_SYSTEM_HELP}
Each email goes out once: running it again sends nothing new.
Exits 1 if an org's run stopped (หยุดกลางคัน): fix what it says, then run the same command again;
2 for a command line that is missing or wrong (the usage is printed), an option the command does
not take too (day --from, preview --at): nothing is run.`;

/**
 * The usage printed after a usage error of `command` (tester s50: `day --at 2023-02-30` was
 * followed by the run commands' line first): its own line and help, then where every command is.
 */
function usageFor(command: Command): string {
  const part = command === 'day' || command === 'preview' ? command : 'run';
  const org = part === 'preview' ? '' : `\n${ORG_HELP}`;
  return `usage: npm run job -- ${LINE_OF[part]}\n\n${HELP_OF[part]}${org}\nevery command: npm run job -- --help`;
}

/**
 * A --kind `command` does not take (or none where it needs one), naming the kinds it takes; a kind of
 * another command says which command runs it.
 */
function kindRefusal(command: RunCommand, kind: string | undefined): CliRefusal {
  const allowed = KINDS_OF[command];
  if (kind === undefined)
    return {
      th: `คำสั่ง ${command} ต้องระบุ --kind ${thaiOr(allowed)}`,
      en: `${command} needs --kind (${allowed.join(', ')})`,
    };
  const other = (JOB_KINDS as readonly string[]).includes(kind)
    ? kind === 'daily'
      ? { th: ' รอบประจำวันใช้คำสั่ง escalation', en: '; the daily pass is escalation' }
      : {
          th: ` งาน ${kind} ตามตารางใช้คำสั่ง scheduled --kind ${kind}`,
          en: `; the schedule's ${kind} run is scheduled --kind ${kind}`,
        }
    : { th: '', en: '' };
  return {
    th: `คำสั่ง ${command} ใช้ --kind ${thaiOr(allowed)} เท่านั้น (ไม่ใช่ ${kind})${other.th}`,
    en: `${command} takes --kind ${allowed.join(', ')} (not ${kind})${other.en}`,
  };
}

/** The job CLI's options, each a string (parseCliArgs reads these). */
const OPTIONS = {
  kind: { type: 'string' },
  at: { type: 'string' },
  org: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  today: { type: 'string' },
} as const;
type JobOption = keyof typeof OPTIONS;

const COMMANDS = [...RUN_COMMANDS, 'day', 'preview'] as const;
type Command = (typeof COMMANDS)[number];

/**
 * The options each command takes, the one table its refusals read: an option given to a command
 * not listing it is refused, naming the commands that take it, before anything is read or sent
 * (the usage says the same). Which of them a command needs, it says itself.
 */
const OPTIONS_OF: Record<Command, readonly JobOption[]> = {
  reminders: ['kind', 'at', 'org'],
  summaries: ['kind', 'at', 'org'],
  escalation: ['kind', 'at', 'org'],
  scheduled: ['kind', 'at', 'org'],
  day: ['at', 'org'],
  preview: ['org', 'from', 'to', 'today'],
};

const flag = (o: JobOption) => `--${o}`;

/**
 * Options given to `command` that it does not take (an empty `--kind=` is given too), said Thai
 * first: each with the commands that take it, and what `command` takes; undefined when none.
 */
function unusedOptionsRefusal(command: Command, values: Partial<Record<JobOption, string>>): CliRefusal | undefined {
  const own = OPTIONS_OF[command];
  const unused = (Object.keys(OPTIONS) as JobOption[]).filter((o) => values[o] !== undefined && !own.includes(o));
  if (unused.length === 0) return undefined;
  // options taken by the same commands are said together: "--from และ --to (ใช้กับคำสั่ง preview)"
  const groups = new Map<string, { options: JobOption[]; commands: Command[] }>();
  for (const o of unused) {
    const commands = COMMANDS.filter((c) => OPTIONS_OF[c].includes(o));
    const key = commands.join(' ');
    const group = groups.get(key) ?? { options: [], commands };
    group.options.push(o);
    groups.set(key, group);
  }
  const said = [...groups.values()].map((g) => ({
    th: `${thaiList(g.options.map(flag), 'และ')} (ใช้กับคำสั่ง ${thaiOr(g.commands)})`,
    en: `${g.options.map(flag).join(', ')} (taken by ${g.commands.join(', ')})`,
  }));
  const hint =
    command === 'day' && values.kind !== undefined
      ? {
          th: ` คำสั่ง day ทำทุกงานที่ตารางเวลาทำในวันนั้น งานเดียวใช้คำสั่ง scheduled --kind ${values.kind || '<kind>'} --at <เวลา>`,
          en: `; day runs every kind the schedule fires that day, one kind is scheduled --kind ${values.kind || '<kind>'} --at <time>`,
        }
      : command !== 'preview' && (values.from !== undefined || values.to !== undefined)
        ? {
            th: ' ช่วงวันที่ใช้กับ preview ซึ่งแสดงโดยไม่ส่ง การทำย้อนหลังหลายวันให้สั่ง day --at <วันที่> ทีละวัน',
            en: '; a range of days is only previewed (preview sends nothing): to replay several days, run day --at <date> for each',
          }
        : { th: '', en: '' };
  return {
    th:
      `คำสั่ง ${command} ไม่ใช้ ${said.map((s) => s.th).join(' และ ')} จึงไม่ได้ทำอะไร ` +
      `คำสั่ง ${command} ใช้ ${thaiList(own.map(flag), 'และ')}${hint.th}`,
    en:
      `${command} does not take ${said.map((s) => s.en).join(', ')}: nothing was done; ` +
      `${command} takes ${own.map(flag).join(', ')}${hint.en}`,
  };
}

/**
 * --at of a run: its Bangkok date in the system's fiscal years (s59-D: 1950 and 2300 ended in
 * "หยุดกลางคัน (ABORTED: RangeError)", exit 1; 2200 ran, reading years no plan can have).
 */
const RunAt = AtOption.refine(
  (o) => !GregorianDateTime.safeParse(o.at).success || systemDay(bangkokDate(new Date(o.at))),
  { path: ['at'], params: OUTSIDE_SYSTEM_YEARS },
);
/**
 * --from and --to of a preview: the span's rule (previewSpanRefusals, as previewMail says it), on
 * the dates not refused as dates.
 */
const PreviewRange = z.object({ from: CliDate, to: CliDate }).superRefine((o, ctx) => {
  const day = (date: string) => (GregorianDate.safeParse(date).success ? (date as PlainDate) : undefined);
  for (const { path, words } of previewSpanRefusals(day(o.from), day(o.to)))
    ctx.addIssue({ code: 'custom', path: [path], params: words, message: `${words.en} (${words.th})` });
});
/**
 * The preview's "now" (s48: it read the real clock, so on the local system's 25 September a preview
 * of 1 October said its annual-report run had made nothing): --today at 09:00 Bangkok, as npm start
 * -- --today sets the local clock; else the running local system's clock, whose offset npm start
 * writes to runtime-env.json (ITA_CLOCK_OFFSET_MS, read with the rest of it); else the real one.
 */
function previewClock(today: string | undefined, env: NodeJS.ProcessEnv): () => Date {
  if (today !== undefined) {
    // in the system's years (s59-D: --today 1950-01-01 was "RangeError: bad fiscal year 2492", exit 1)
    const day = parseOptions(z.object({ today: SystemDate }), { today }).today;
    const at = new Date(`${day}T09:00:00+07:00`);
    return () => at;
  }
  return cliClock(env);
}

/** --org: an organisation id as the API takes it (a refusal in Thai first, naming the option). */
const OrgOption = z.object({ org: OrgId.optional() });

const mask = (address: string) => address.replace(/^(.).*(@.*)$/, '$1***$2');

async function main(io: CliIo, shown: { usage?: string }): Promise<CliOutcome> {
  // a command line refused as it is read (`day --att …`) already names its command first
  const named = z.enum(COMMANDS).safeParse(io.args[0]);
  if (named.success) shown.usage = usageFor(named.data);
  const { values, positionals } = parseCliArgs({ args: [...io.args], allowPositionals: true, options: OPTIONS });
  const command = z.enum(COMMANDS).safeParse(positionals[0]);
  if (!command.success) {
    const given = positionals[0];
    const said =
      given === undefined
        ? { th: 'ไม่ได้ระบุคำสั่ง', en: 'no command' }
        : { th: `ไม่รู้จักคำสั่ง "${given}"`, en: `unknown command "${given}"` };
    return {
      usage: true,
      refusal: {
        th: `${said.th} ใช้ ${RUN_COMMANDS.join(', ')}, day หรือ preview`,
        en: `${said.en}: use ${RUN_COMMANDS.join(', ')}, day or preview`,
      },
    };
  }
  shown.usage = usageFor(command.data);
  const extra = positionals[1];
  if (extra !== undefined) {
    const own = OPTIONS_OF[command.data].map(flag);
    return {
      usage: true,
      refusal: {
        th: `ไม่รู้จัก "${extra}" คำสั่ง ${command.data} รับเฉพาะตัวเลือก ${thaiList(own, 'และ')} จึงไม่ได้ทำอะไร`,
        en: `unexpected argument "${extra}": ${command.data} takes options only (${own.join(', ')}): nothing was done`,
      },
    };
  }
  const unused = unusedOptionsRefusal(command.data, values);
  if (unused) return { usage: true, refusal: unused };
  const { org } = parseOptions(OrgOption, values);
  if (command.data === 'preview') {
    const [orgId] = requireGiven('preview', [
      ['--org', org],
      ['--from', values.from],
      ['--to', values.to],
    ]);
    const range = parseOptions(PreviewRange, values);
    const [from, to] = [range.from as PlainDate, range.to as PlainDate];
    const wallClock = previewClock(values.today, io.env);
    const deps = { ...jobDependenciesFromEnv(io.env, 'npm run job'), wallClock };
    try {
      const { lines, emails, notes, fallbackHolidayYears } = await previewMail(deps, orgId, from, to);
      for (const l of lines) io.stdout.write(`${l.day}  ${l.stage.padEnd(20)}  ${l.subject}  ${l.person}\n`);
      for (const n of notes) io.stdout.write(`${n.day}  ${n.th}\n${' '.repeat(n.day.length)}  ${n.en}\n`);
      for (const y of fallbackHolidayYears) io.stdout.write(`${holidayFallbackLine(y)}\n`);
      io.stdout.write(
        `จะส่งอีเมล ${toThaiDigits(emails)} ฉบับ ${toThaiDigits(lines.length)} รายการ ยังไม่ได้ส่งจริง ` +
          `(${counted(emails, 'email')} would go out, ${counted(lines.length, 'line')}: one per obligation and recipient; nothing was sent)\n`,
      );
    } finally {
      deps.close();
    }
    return { usage: false };
  }
  if (command.data === 'day') return runDay(io, values.at, org);
  const job: RunCommand = command.data;
  if (!values.at)
    return {
      usage: true,
      refusal: {
        th: `คำสั่ง ${job} ต้องระบุ --at เวลาของรอบ เช่น 2023-04-01T08:30:00+07:00`,
        en: `${job} needs --at, the run's time, e.g. 2023-04-01T08:30:00+07:00`,
      },
    };
  // an empty --kind= is no kind
  const given = values.kind || (job === 'escalation' ? 'daily' : undefined);
  const kind = KINDS_OF[job].find((k) => k === given);
  if (!kind) return { usage: true, refusal: kindRefusal(job, given) };
  const { at } = parseOptions(RunAt, values);
  const deps = jobDependenciesFromEnv(io.env, 'npm run job');
  try {
    // a mistyped --org is refused as the preview refuses it, before anything else is said or run
    const orgRecord = org ? await deps.repos.orgs.getOrg(org) : undefined;
    if (org && !orgRecord) throw noSuchOrg(org);
    const closureDays = (orgRecord?.closureDays ?? []) as PlainDate[];
    const offSchedule = await offScheduleRefusal(job, kind, new Date(at), org, closureDays);
    if (offSchedule) return { usage: true, refusal: offSchedule };
    await runJob(io, deps, job, kind, at, org);
  } finally {
    deps.close();
  }
  return { usage: false };
}

/**
 * --at of `day`: a Gregorian date, or a time (its Bangkok date), in the system's fiscal years; a bad
 * one refused naming --at (exit 2).
 */
function dayOfAt(at: string): PlainDate {
  if (at.includes('T')) return bangkokDate(new Date(parseOptions(RunAt, { at }).at));
  return parseOptions(z.object({ at: SystemDate }), { at }).at as PlainDate;
}

/**
 * `day --at <date>`: every run the schedule fires on that Bangkok date (kindsFiringOn), in the order
 * of their times (the catalog's for the same time), each as `scheduled --kind <kind> --at <its time>`
 * runs it, under a heading naming it. A run that stops an org does not stop the day's later runs:
 * the exit code is the worst of them.
 */
async function runDay(io: CliIo, at: string | undefined, org: string | undefined): Promise<CliOutcome> {
  if (!at)
    return {
      usage: true,
      refusal: {
        th: 'คำสั่ง day ต้องระบุ --at วันที่ เช่น 2023-02-01 (หรือเวลาในวันนั้น เช่น 2023-02-01T08:30:00+07:00)',
        en: 'day needs --at, the date, e.g. 2023-02-01 (or a time on it, e.g. 2023-02-01T08:30:00+07:00)',
      },
    };
  const day = dayOfAt(at);
  const runs = kindsFiringOn(day)
    .map((kind) => ({ kind, time: scheduledTimeOn(kind, day) }))
    .sort((a, b) => a.time.getTime() - b.time.getTime());
  const deps = jobDependenciesFromEnv(io.env, 'npm run job');
  try {
    if (org && !(await deps.repos.orgs.getOrg(org))) throw noSuchOrg(org);
    const kinds = runs.map((r) => r.kind).join(', ');
    io.stdout.write(
      `วันที่ ${formatThaiDate(day)} ตารางเวลาทำ ${toThaiDigits(runs.length)} งาน: ${kinds} (${day}: the schedule fires ${counted(runs.length, 'run')}: ${kinds})\n`,
    );
    for (const { kind, time } of runs) {
      const at = cliTime(time);
      const command = `scheduled --kind ${kind} --at ${at}${org ? ` --org ${org}` : ''}`;
      io.stdout.write(
        `\n== งาน ${kind} ตามตาราง ${formatThaiDateTime(time)} (the schedule's ${kind} run at ${at}: ${command}) ==\n`,
      );
      await runJob(io, deps, 'scheduled', kind, at, org);
    }
  } finally {
    deps.close();
  }
  return { usage: false };
}

/** Runs `command` for `kind` at `at` (every org, or `org`), printing what was sent and the totals. */
async function runJob(
  io: CliIo,
  deps: ReturnType<typeof jobDependenciesFromEnv>,
  command: string,
  kind: JobKind,
  at: string,
  org: string | undefined,
): Promise<void> {
  // escalation (the daily pass) runs what the daily schedule runs, summaries a day off held back
  // included (break-14 F3); reminders and summaries run their part only
  const parts: JobPart[] | undefined =
    command === 'reminders' ? ['reminders'] : command === 'summaries' ? ['summaries'] : undefined;
  // a file store the operator cannot use (a wrong BUCKET_NAME or S3_ENDPOINT) says so (break-32 F3)
  const files = deps.files && explainedFileStore(deps.files);
  // the PDF code loads only for the annual report; without a bucket the org's run stops, saying why
  const annualReport: AnnualReportRun | undefined =
    kind !== 'annual-report'
      ? undefined
      : files
        ? (await import('../../functions/documents/document-production.js')).documentProduction({
            store: deps.store,
            repos: deps.repos,
            files,
          }).annualReport
        : () => Promise.reject(new ReportFileStoreMissing());
  const sent: string[] = [];
  const result = await runScheduledJob(
    {
      ...deps,
      ...(files ? { files } : {}),
      ...(annualReport ? { annualReport } : {}),
      onSent: (orgId, mail) => sent.push(`${orgId}  ${mail.to.map(mask).join(', ')}  ${mail.subject}`),
    },
    { kind, scheduledTime: new Date(at), ...(org ? { orgId: org } : {}), ...(parts ? { parts } : {}) },
  );
  for (const line of sent) io.stdout.write(`sent  ${line}\n`);
  for (const line of runSummaryLines(result)) io.stdout.write(`${line}\n`);
  if (result.erroredOrgs.length > 0) {
    // not 0: a script's `A && B` (the preview's replay note) stops here
    io.stderr.write(
      `หยุดกลางคัน ${toThaiDigits(result.erroredOrgs.length)} องค์กร (${result.erroredOrgs.join(', ')}) แก้ไขตามที่แจ้งข้างต้นแล้วสั่งคำสั่งเดิมอีกครั้ง อีเมลที่ส่งแล้วจะไม่ส่งซ้ำ\n` +
        `${counted(result.erroredOrgs.length, 'org')} stopped (${result.erroredOrgs.join(', ')}): fix what is said above, then run the same command again; what was sent is not sent again\n`,
    );
    io.exitCode = 1;
  }
}

/**
 * A kind's run on a day it stands for no run of (annual-report on 2 October, semiannual in April) would
 * do nothing and say nothing: refused, naming the days it runs on and the command for its last run
 * (with the next working day's daily pass when that day is a day off: it sends what the run held back).
 * With --org, the day off is the org's (official calendar plus `closureDays`, as the daily pass has
 * it); without, the official calendar's, and a note says an org's own closure day moves its emails.
 */
async function offScheduleRefusal(
  command: string,
  kind: JobKind,
  at: Date,
  org: string | undefined,
  closureDays: PlainDate[],
): Promise<CliRefusal | undefined> {
  const day = bangkokDate(at);
  if (runDayOf(kind, day)) return undefined;
  const last = lastRunDay(kind, day);
  const orgArg = org ? ` --org ${org}` : '';
  const end = addDays(last, 62);
  const calendar = await thaiWorkingDaysBetween(last, end, closureDays);
  let next = last;
  while (!calendar.isWorkingDay(next) && next < end) next = addDays(next, 1);
  const pass =
    next === last ? '' : ` && npm run job -- escalation --at ${cliTime(scheduledTimeOn('daily', next))}${orgArg}`;
  const commands = `npm run job -- ${command} --kind ${kind} --at ${cliTime(scheduledTimeOn(kind, last))}${orgArg}${pass}`;
  const when = firingDays(kind);
  const later =
    kind === 'annual-report'
      ? { th: '', en: '' }
      : { th: ' (หรือวันอื่นของเดือนนั้น ถือเป็นรอบของวันที่ ๑)', en: ' (or a later day of that month, standing for the 1st)' };
  const off = pass ? dayOffSaid(calendar.dayOff(last)) : undefined;
  const dayOff = off
    ? {
        th: ` ซึ่ง${off.th} อีเมลของรอบจึงส่งในรอบประจำวันของวันทำการถัดไป`,
        en: `, which ${off.en}: the next working day's daily pass sends its emails`,
      }
    : { th: '', en: '' };
  const ownDays = org
    ? { th: '', en: '' }
    : {
        th: ' (องค์กรที่ปิดทำการในวันนั้นตามวันหยุดของตนเอง จะส่งในรอบประจำวันของวันทำการถัดไปขององค์กร ระบุ --org เพื่อดูคำสั่งขององค์กรนั้น)',
        en: " (an org closed that day by its own closure days sends on its next working day's daily pass: add --org for its command)",
      };
  return {
    th:
      `งาน --kind ${kind} ทำเฉพาะ${when.th}${later.th} วันที่ ${formatThaiDate(day)} ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ` +
      `รอบล่าสุดคือวันที่ ${formatThaiDate(last)}${dayOff.th}: ${commands}${ownDays.th}`,
    en:
      `--kind ${kind} runs only on ${when.en}${later.en}: ${day} has no such run, nothing was done; ` +
      `its last run is ${last}'s${dayOff.en}: ${commands}${ownDays.en}`,
  };
}

/** `npm run job -- ...`: runs it for `io`, resolves with its exit code. */
export const jobCli = (io: CliIo): Promise<number> => {
  // the refused command's own usage once main knows the command, else the whole one
  const shown: { usage?: string } = {};
  // a field of the jobs' own refusals (`org`, `to`) is named as its option
  return runCli(io, USAGE, () => main(io, shown), {
    usageOnValidation: true,
    usageAfterError: () => shown.usage,
    fieldName: (path) => (path.startsWith('--') ? path : optionPath(path)),
  });
};

if (isCliEntry(import.meta.url)) await runAsScript(jobCli);
