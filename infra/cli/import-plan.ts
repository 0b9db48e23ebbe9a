// npm run import -- <file> --org <orgId> --fy 2566 [--dry-run] [--json] [--confirm-other-year] [--replace] [--confirm-remove-missed]
// The file is read as POST /plan-imports reads it: .txt/.tsv, .docx, .xlsx or a PDF with text.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { FiscalYear, OrgId } from '../../shared/domain/ids.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';
import { importPlan, previewPlanImport } from '../../shared/use-cases/import-plan.js';
import { otherFiscalYearNamed } from '../../shared/import/fiscal-year-names.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { type ImportResult, importSourceDocument } from '../../shared/import/measures-document.js';
import { MAX_PLAN_FILE_BYTES, readPlanFile } from '../../shared/import/read-plan-file.js';
import { megabytesTh } from '../../shared/domain/plan-upload-rules.js';
import { ValidationError } from '../../shared/domain/errors.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { OptionValueRefusal, parseCliArgs, parseOptions, requireGiven } from './cli-options.js';
import { withCliStore } from './cli-store.js';
import { type CliIo, type CliOutcome, isCliEntry, LOCAL_SYSTEM_HELP, runAsScript, runCli } from './run-cli.js';
import { cliClock } from './cli-clock.js';

const USAGE = `usage: npm run import -- <file> --org <orgId> --fy <BE year> [--dry-run] [--json]
       [--confirm-other-year] [--replace] [--confirm-remove-missed]

  <file>     the plan: .docx, .xlsx, a PDF with text, or text (.txt/.tsv, UTF-8 or TIS-620), at most 5 MB

  --dry-run  read the document and print the plan; write nothing. With TABLE_NAME (or the running
             local system) and the org in it, read as the saving run reads it: the org's units, name
             and saved plan, the same warnings. Otherwise units are matched against the usual
             municipal units (สำนักปลัดเทศบาล, กองคลัง, กองช่าง, กองการศึกษา, กองสาธารณสุขฯ).
  A file whose plan is the same as the year's saved version is not saved again (no new version).
  --json     print the plan as JSON on stdout (the readable summary goes to stderr);
             use \`npm run -s import ...\` so npm's own banner stays off stdout
  --out F    also write the plan as JSON to file F
  Without --dry-run the plan is saved for the org in TABLE_NAME (DYNAMODB_ENDPOINT for DynamoDB Local),
  matched against the org's own units, through PUT /plan's guards: a document naming another fiscal
  year is refused unless --confirm-other-year is given (a first save too), over a saved plan a document
  lacking saved measures (named in the refusal) unless --replace is given; after the fiscal year
  has ended, a plan that removes missed reports (due, never sent) unless --confirm-remove-missed.
  --confirm-other-year     save a document of another fiscal year as this year's plan
  --replace                save even though the saved measures the file lacks are removed
  --confirm-remove-missed  save over an ended year's plan even though its missed reports leave
${LOCAL_SYSTEM_HELP}`;

/** `npm run import -- ...`: runs it for `io`, resolves with its exit code. */
export const importPlanCli = (io: CliIo): Promise<number> => runCli(io, USAGE, () => main(io));

async function main(io: CliIo): Promise<CliOutcome> {
  const { values, positionals } = parseCliArgs({
    args: [...io.args],
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      fy: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      'confirm-other-year': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      'confirm-remove-missed': { type: 'boolean', default: false },
    },
  });
  // each one missing is named (a generic "a required option is missing" until session 37)
  const [file] = requireGiven('npm run import', [
    [{ th: 'ไฟล์แผน', en: 'the plan file' }, positionals[0]],
    ['--org', values.org],
    ['--fy', values.fy],
  ]);
  // Thai first, naming the option; a CE year gets the BE hint (--fy 2023 -> "ใช้ปี พ.ศ. เช่น 2566")
  const { org: orgId, fy } = parseOptions(z.object({ org: OrgId, fy: FiscalYear }), values);
  // --out is written after the save: a path it cannot be is said first (tester s54: a folder was
  // "เกิดข้อผิดพลาดในระบบ … EISDIR" with the plan saved)
  if (values.out !== undefined) outPathRefusal(values.out);
  const stat = statSync(file);
  if (stat.isDirectory())
    throw new ValidationError(
      `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์แผน กรุณาระบุไฟล์แผน`,
      `${file} is a folder, not a plan file: name the plan file`,
    );
  if (stat.size > MAX_PLAN_FILE_BYTES) {
    throw new ValidationError(
      `ไฟล์ใหญ่เกิน ${megabytesTh(MAX_PLAN_FILE_BYTES)} เมกะไบต์`,
      `the file is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  const { document } = await readPlanFile(new Uint8Array(readFileSync(file)));

  const dryRun = values['dry-run'];
  // the table of TABLE_NAME (or the running local system's), one client for the run; a dry run
  // without one reads no org and matches the usual municipal units
  const inTable = !dryRun || Boolean(io.env.TABLE_NAME);
  const print = (
    result: ImportResult & { saved?: StoredPlan; unchanged?: true },
    units: readonly { unitId: string; name: string }[],
  ) => {
    if (values.out) writeFileSync(values.out, `${JSON.stringify(result.plan, null, 2)}\n`);
    // units named as the org calls them (the usual municipal units when no table was read)
    const names = new Map<string, string>([...MUNICIPAL_UNITS, ...units].map((u) => [u.unitId, u.name]));
    const summary = planSummaryLines(result, (id) => names.get(id) ?? id).join('\n');
    if (values.json) {
      io.stdout.write(`${JSON.stringify(result.plan, null, 2)}\n`);
      io.stderr.write(`${summary}\n`);
    } else {
      io.stdout.write(`${summary}\n`);
    }
    return result;
  };
  const request = {
    orgId,
    fy,
    document,
    now: cliClock(io.env)(),
    confirmOtherFiscalYear: values['confirm-other-year'],
  };
  const withoutOrg = () => {
    // no table, or no such org in it: the usual municipal units, without the org's name
    io.stderr.write(
      `ไม่ได้อ่านองค์กร ${orgId} จากตาราง จึงเทียบหน่วยงานกับหน่วยงานเทศบาลที่ใช้ทั่วไป และไม่ได้ตรวจชื่อองค์กรในเอกสาร\n` +
        `organisation ${orgId} was not read from a table: units are matched against the usual municipal units and the document's org name is not checked\n`,
    );
    const options = {
      orgId,
      fy,
      units: MUNICIPAL_UNITS,
      reader: 'cli',
      otherYearConfirmed: request.confirmOtherFiscalYear,
    } as const;
    return print(importSourceDocument(document, options), MUNICIPAL_UNITS);
  };
  const result = !inTable
    ? withoutOrg()
    : await withCliStore('npm run import', io.env, async ({ repos }) => {
        const found = !dryRun
          ? await importPlan(repos, {
              ...request,
              actor: 'cli:import',
              confirmRemovals: values.replace,
              confirmRemoveMissedReports: values['confirm-remove-missed'],
            })
          : await previewPlanImport(repos, request);
        return found ? print(found, await repos.orgs.listUnits(orgId)) : withoutOrg();
      });

  const version = (v: number) => `ฉบับที่ ${toThaiDigits(v)}`;
  if (result.unchanged && result.saved)
    io.stderr.write(
      `ไม่ได้บันทึก: แผนจากไฟล์นี้เหมือนแผน${version(result.saved.version)} ที่บันทึกไว้แล้วทุกประการ\n` +
        `not saved: the plan in this file is the same as the saved version ${result.saved.version}\n`,
    );
  else if (result.saved) {
    io.stderr.write(`บันทึกแผน${version(result.saved.version)} แล้ว\nsaved plan version ${result.saved.version}\n`);
    // saved under --confirm-other-year: its title still names that year (tester s39y)
    const named = otherFiscalYearNamed(result.saved.title, fy);
    if (named !== undefined)
      io.stderr.write(
        `ชื่อแผนที่บันทึกยังระบุปีงบประมาณ ${toThaiDigits(named)}: "${result.saved.title}" แก้ชื่อแผนและข้อความที่ระบุปีนั้นให้เป็นปี ${toThaiDigits(fy)} ได้ที่หน้าแผนมาตรการ\n` +
          `the saved plan's title still names fiscal year ${named}: change it, and the texts naming that year, to ${fy} on the plan page\n`,
      );
  } else if (result.unchanged)
    io.stderr.write(
      'แผนจากไฟล์นี้เหมือนแผนที่บันทึกไว้แล้วทุกประการ การบันทึกจะไม่สร้างฉบับใหม่\n' +
        'the plan in this file is the same as the saved one: saving it makes no new version\n',
    );
  return { usage: false };
}

/** Refuses (OptionValueRefusal, exit 2) an --out that names a folder, or a file in a folder that does not exist. */
function outPathRefusal(out: string): void {
  const refuse = (th: string, en: string) =>
    new OptionValueRefusal('ค่าตัวเลือกไม่ถูกต้อง', 'an option value is not valid', [
      { path: '--out', message_th: `${out} ${th}`, message_en: `${out} ${en}` },
    ]);
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory())
    throw refuse(
      `เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ เช่น ${join(out, 'plan.json')}`,
      `is a folder: name a file, e.g. ${join(out, 'plan.json')}`,
    );
  if (!statSync(dirname(out), { throwIfNoEntry: false })?.isDirectory())
    throw refuse(`ไม่พบโฟลเดอร์ ${dirname(out)} ที่จะบันทึกไฟล์`, `is in no folder: ${dirname(out)} does not exist`);
}

if (isCliEntry(import.meta.url)) await runAsScript(importPlanCli);
