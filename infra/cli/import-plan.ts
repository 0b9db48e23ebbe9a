// npm run import -- <file> --org <orgId> --fy 2566 [--dry-run] [--json] [--confirm-other-year] [--replace] [--confirm-remove-missed]
// The file is read as POST /plan-imports reads it: .txt/.tsv, .docx, .xlsx or a PDF with text.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { FiscalYear, OrgId } from '../../shared/domain/ids.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';
import { importPlan } from '../../shared/use-cases/import-plan.js';
import { type ImportResult, importSourceDocument } from '../../shared/import/measures-document.js';
import { MAX_PLAN_FILE_BYTES, readPlanFile } from '../../shared/import/read-plan-file.js';
import { ValidationError } from '../../shared/domain/errors.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { applyLocalRuntimeEnv } from '../local/local-config.js';
import { parseOptions } from './cli-options.js';
import { runCli } from './run-cli.js';

applyLocalRuntimeEnv();

const USAGE = `usage: npm run import -- <file> --org <orgId> --fy <BE year> [--dry-run] [--json]
       [--confirm-other-year] [--replace] [--confirm-remove-missed]

  <file>     the plan: .docx, .xlsx, a PDF with text, or text (.txt/.tsv, UTF-8 or TIS-620), at most 5 MB

  --dry-run  read the document and print the plan; write nothing. Units are matched against
             the usual municipal units (สำนักปลัดเทศบาล, กองคลัง, กองช่าง, กองการศึกษา, กองสาธารณสุขฯ).
  --json     print the plan as JSON on stdout (the readable summary goes to stderr);
             use \`npm run -s import ...\` so npm's own banner stays off stdout
  --out F    also write the plan as JSON to file F
  Without --dry-run the plan is saved for the org in TABLE_NAME (DYNAMODB_ENDPOINT for DynamoDB Local),
  matched against the org's own units, through PUT /plan's guards: over a saved plan, a document
  naming another fiscal year is refused unless --confirm-other-year is given, and a document
  lacking saved measures (named in the refusal) unless --replace is given; after the fiscal year
  has ended, a plan that removes missed reports (due, never sent) unless --confirm-remove-missed.
  --confirm-other-year     save a document of another fiscal year over the year's saved plan
  --replace                save even though the saved measures the file lacks are removed
  --confirm-remove-missed  save over an ended year's plan even though its missed reports leave`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
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
  const file = positionals[0];
  if (!file || !values.org || !values.fy) return { usage: true };
  // Thai first, naming the option; a CE year gets the BE hint (--fy 2023 -> "ใช้ปี พ.ศ. เช่น 2566")
  const { org: orgId, fy } = parseOptions(z.object({ org: OrgId, fy: FiscalYear }), values);
  if (statSync(file).size > MAX_PLAN_FILE_BYTES) {
    throw new ValidationError(
      `ไฟล์ใหญ่เกิน ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`,
      `the file is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  const { document } = await readPlanFile(new Uint8Array(readFileSync(file)));

  const result: ImportResult & { saved?: StoredPlan } = values['dry-run']
    ? importSourceDocument(document, { orgId, fy, units: MUNICIPAL_UNITS })
    : await (async () => {
        const config = storeConfigFromEnv(process.env, 'npm run import');
        const doc = createDocumentClient(config);
        try {
          return await importPlan(createRepositories({ doc, tableName: config.tableName }), {
            orgId,
            fy,
            document,
            actor: 'cli:import',
            now: new Date(),
            confirmOtherFiscalYear: values['confirm-other-year'],
            confirmRemovals: values.replace,
            confirmRemoveMissedReports: values['confirm-remove-missed'],
          });
        } finally {
          doc.destroy();
        }
      })();

  if (values.out) writeFileSync(values.out, `${JSON.stringify(result.plan, null, 2)}\n`);
  const summary = planSummaryLines(result).join('\n');
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result.plan, null, 2)}\n`);
    process.stderr.write(`${summary}\n`);
  } else {
    process.stdout.write(`${summary}\n`);
  }
  if (result.saved)
    process.stderr.write(`saved plan version ${result.saved.version} / บันทึกแผนฉบับที่ ${result.saved.version}\n`);
  return { usage: false };
});
