// Child process: time the annual report (all formats) for the seed year or a large year
// (200 measures, 10,000 reports). Prints one JSON line. Usage: tsx test/bench/annual-report-run.ts <seed|large>
import { createRepositories } from '../../shared/store/repositories.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { documentProduction } from '../../functions/documents/document-production.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { Plan } from '../../shared/domain/plan.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { createTable } from '../../shared/store/create-table.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { loadFiscalYear } from '../../shared/store/fiscal-year-repository.js';
import { keys } from '../../shared/store/keys.js';
import { importSeedPlan } from '../support/seed-plan.js';
import { meter } from './dynamodb-meter.js';
import { ms, stats } from './harness.js';
import { LARGE_YEAR_SUMMARY, orgItems, submittedReport, writeAll } from './synthetic-orgs.js';

const size = process.argv[2] === 'large' ? 'large' : 'seed';
const tableName = `annual-${size}-${Date.now()}`;
const raw = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'ap-southeast-1' });
await createTable(raw, tableName);
raw.destroy();
const store = { doc: createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT! }), tableName };
const files = s3ReportFileStore(lazyS3Client({ endpoint: process.env.S3_ENDPOINT! }), 'bench');

const seed = importSeedPlan('big').plan;
let plan: Plan = seed;
if (size === 'large') {
  const measures = Array.from({ length: 200 }, (_, i) => {
    const m = seed.measures[i % seed.measures.length]!;
    return { ...m, measureId: `${m.measureId}-${i}`, order: i + 1 };
  });
  plan = { ...seed, measures };
}
const items = orgItems('big', plan).filter((i) => i.type !== 'report' && i.type !== 'report-version');
// reports: the first 10,000 obligations of the year (large), or the realistic seed mix
const obligations = expandPlan(plan, ['clerk', 'finance', 'engineering', 'education', 'health']);
const reported =
  size === 'large' ? obligations.slice(0, 10_000) : obligations.filter((_, i) => i % 3 !== 0).slice(0, 200);
// 10,000 report versions in the large year: every obligation reported, the first ones revised once
const revised = size === 'large' ? 10_000 - reported.length : 0;
for (const [i, o] of reported.entries()) {
  const at = new Date(Date.parse(`${o.dueDate}T10:00:00+07:00`) - 86_400_000).toISOString();
  const report = submittedReport('big', 2566, o, at, LARGE_YEAR_SUMMARY, 'x');
  const version = i < revised ? 2 : 1;
  items.push({ ...keys.report('big', 2566, o.obligationId), type: 'report', ...report, version });
  for (let v = 1; v <= version; v++)
    items.push({
      ...keys.reportVersion('big', 2566, o.obligationId, v),
      type: 'report-version',
      ...report,
      version: v,
    });
}
await writeAll(store, items);

const m = meter(store.doc);
const year = await loadFiscalYear(store, 'big', 2566);
const yearPages = year.pages;
const bytes =
  [...year.reports.values()].reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0) +
  Buffer.byteLength(JSON.stringify(year.plan));
m.reset();
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const runs = size === 'large' ? 2 : 5;
const times: number[] = [];
// CPU time too (user + system of this process): on a shared machine it moves less than the wall time
const cpuTimes: number[] = [];
const production = documentProduction({ store, repos: createRepositories(store), files });
const generations = new DocumentGenerationRepository(store);
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const now = new Date('2023-10-01T00:00:00Z');
  const request = { kind: 'annual-report', orgId: 'big', fy: 2566, trigger: 'bench' } as const;
  const { generation } = await generations.claim({ ...request, now });
  const outcome = await production.produce({ ...request, generation, asOf: now });
  if (outcome.status !== 'ready') throw outcome.error;
  times.push(ms(start));
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({ size, measures: plan.measures.length, obligations: obligations.length, reports: reported.length + revised, time: stats(times), cpu: stats(cpuTimes), peakRssMb: peak / 1048576, yearQueryPages: yearPages, yearBytes: bytes })}\n`,
);
process.exit(0);
