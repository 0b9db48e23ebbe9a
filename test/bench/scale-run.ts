// Child process: seed N synthetic orgs in a fresh table, then time the monthly run over all of them.
// Prints one JSON line. Usage: tsx test/bench/scale-run.ts <orgs>
import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../shared/store/create-table.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';
import { importSeedPlan } from '../support/seed-plan.js';
import { meter } from './dynamodb-meter.js';
import { ms } from './harness.js';
import { expectedMarchRunEmails, orgItems, writeAll } from './synthetic-orgs.js';

const orgs = Number(process.argv[2]);
/** USER_HZ: /proc/<pid>/stat counts CPU time in these */
const CLOCK_TICKS = 100;
const template = importSeedPlan('template').plan;
const orgIdOf = (i: number) => `org-${String(i).padStart(5, '0')}`;

/** A fresh table with n synthetic orgs, written org by org so the seed never sits in memory. */
async function seededTable(n: number, label: string) {
  const tableName = `scale-${label}-${Date.now()}`;
  const raw = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'ap-southeast-1' });
  await createTable(raw, tableName);
  raw.destroy();
  process.env.TABLE_NAME = tableName;
  const deps = jobDependenciesFromEnv();
  let items = 0;
  for (let i = 0; i < n; i += 20) {
    const chunk = Array.from({ length: Math.min(20, n - i) }, (_, j) => orgItems(orgIdOf(i + j), template)).flat();
    items += chunk.length;
    await writeAll(deps.store, chunk);
  }
  return { deps, items };
}

// Warm up the process (JIT, connections) and DynamoDB Local on a run of WARMUP_ORGS orgs, so per-org
// times compare like with like. 20 orgs were too few: in a 300-org run after them the first 30 orgs
// still took about 1.4x the CPU per org of the rest, so a 100-org run measured warm-up (session 17).
const WARMUP_ORGS = Number(process.env.SCALE_WARMUP_ORGS ?? 100);
const warmup = await seededTable(WARMUP_ORGS, 'warmup');
await runScheduledJob(warmup.deps, { kind: 'monthly', scheduledTime: new Date('2023-03-01T08:30:00+07:00') });
warmup.deps.close();

const seedStart = process.hrtime.bigint();
const { deps, items } = await seededTable(orgs, String(orgs));
const seedMs = ms(seedStart);
await fetch(`${process.env.SES_ENDPOINT}/clear-store`, { method: 'POST' });
global.gc?.();

const m = meter(deps.store.doc);
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
// Inside the run, every 250 ms: ms since the start, this process's CPU ms, DynamoDB Local's JVM CPU
// ms (its /proc stat, when the parent names it) and DynamoDB requests so far: a fixed cost or a wait
// shows where it happens.
const jvmPid = process.env.DYNAMODB_LOCAL_PID;
const jvmCpuMs = () => {
  if (!jvmPid) return 0;
  const fields = readFileSync(`/proc/${jvmPid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
};
const timeline: number[][] = [];
const jvmStart = jvmCpuMs();

const mark = () => {
  const c = process.cpuUsage(cpuStart);
  timeline.push([Math.round(ms(start)), Math.round((c.user + c.system) / 1000), jvmCpuMs() - jvmStart, m.total()]);
};
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const marker = setInterval(mark, 250);
const result = await runScheduledJob(deps, { kind: 'monthly', scheduledTime: new Date('2023-03-01T08:30:00+07:00') });
const runMs = ms(start);
const cpu = process.cpuUsage(cpuStart);
mark();
clearInterval(marker);
clearInterval(sampler);
deps.close();
// Every email accounted for: what the seed calls for, what the run says, what SES holds.
let expected = 0;
for (let i = 0; i < orgs; i++) expected += expectedMarchRunEmails(orgIdOf(i), template);
const stored = await storedEmailCount();
const { perOrg: _perOrg, erroredOrgs, fallbackHolidayYears: _years, ...outcomes } = result;
process.stdout.write(
  `${JSON.stringify({ orgs, items, seedMs, runMs, perOrgMs: runMs / orgs, cpuPerOrgMs: (cpu.user + cpu.system) / 1000 / orgs, sent: result.sent, failed: result.failed, errored: erroredOrgs.length, expected, stored, outcomes, requests: Object.fromEntries(m.requests), jvmCpuPerOrgMs: jvmPid ? timeline.at(-1)![2]! / orgs : undefined, timeline, requestsPerOrg: m.total() / orgs, scans: m.requests.get('ScanCommand') ?? 0, peakRssMb: peak / 1048576 })}\n`,
);
process.exit(0);

/**
 * The emails the SES emulator holds, counted as its /store JSON streams by: each email object
 * begins `{"messageId":"` (inside a body that text is escaped). Parsing the whole store, 6,600
 * emails with their HTML, no longer fitted this child's 256 MB heap once the digests grew.
 */
async function storedEmailCount(): Promise<number> {
  const marker = '{"messageId":"';
  const body = (await fetch(`${process.env.SES_ENDPOINT}/store`)).body;
  if (!body) return 0;
  const decoder = new TextDecoder();
  let count = 0;
  let tail = '';
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const text = tail + decoder.decode(read.value, { stream: true });
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) count++;
    // shorter than a marker: one cut by the chunk's end is found whole next time, none twice
    tail = text.slice(-(marker.length - 1));
  }
  return count;
}
