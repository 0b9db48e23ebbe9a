// Paired CPU time of the two published PDFs (results report of a large year, plan document) drawn
// by this checkout's renderers and by another checkout's (e.g. the commit before a change), in one
// process, alternating, so both see the same machine; then each one's peak memory in a child process.
//   git archive <commit> shared | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
//   npx tsx test/bench/document-pdf-pairs.ts /tmp/before [pairs=5]
// Prints one line a pair and the median ratio (this / before). Session 30, tagged PDFs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAnnualReport, type AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import type { PlanDocumentModel } from '../../shared/documents/plan-document-model.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { Report } from '../../shared/domain/report.js';
import { LARGE_YEAR_SUMMARY, submittedReport } from './synthetic-orgs.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan, samplePlanDocument } from '../support/document-samples.js';

type Render = (model: never) => Promise<Buffer>;
interface Renderers {
  report: Render;
  plan: Render;
}

const here = resolve(import.meta.dirname, '../..');
async function renderers(root: string): Promise<Renderers> {
  const load = (file: string) => import(pathToFileURL(resolve(root, 'shared/documents', file)).href);
  const [{ renderPdf }, { renderPlanPdf }] = await Promise.all([
    load('render-pdf.ts'),
    load('render-plan-document.ts'),
  ]);
  return { report: renderPdf as Render, plan: renderPlanPdf as Render };
}

/** The seed plan's measures repeated to 200, every obligation of the year reported by its unit. */
function largeReport(): AnnualReportModel {
  const seed = samplePlan();
  const measures = Array.from({ length: 200 }, (_, i) => {
    const m = seed.measures[i % seed.measures.length]!;
    return { ...m, measureId: `${m.measureId}-${i}`, order: i + 1 };
  });
  const plan = { ...seed, measures };
  const reports = new Map<string, Report>();
  for (const o of expandPlan(
    plan,
    SAMPLE_UNITS.map((u) => u.unitId),
  )) {
    const at = new Date(Date.parse(`${o.dueDate}T10:00:00+07:00`) - 86_400_000).toISOString();
    reports.set(o.obligationId, submittedReport(SAMPLE_ORG.orgId, plan.fy, o, at, LARGE_YEAR_SUMMARY, 'x'));
  }
  return buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan, reports, asOf: '2023-10-02' });
}

const cpuMs = async (run: () => Promise<unknown>) => {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const [arg, count] = process.argv.slice(2);
if (arg === '--child') {
  // one render of the large report by the checkout at argv[4]: its peak memory
  const r = await renderers(process.argv[4]!);
  const bytes = (await r.report(largeReport() as never)).length;
  console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes }));
} else {
  if (!arg) throw new Error('usage: document-pdf-pairs.ts <other checkout> [pairs]');
  const before = await renderers(resolve(arg));
  const after = await renderers(here);
  const report = largeReport();
  const plan: PlanDocumentModel = samplePlanDocument();
  const both = (r: Renderers) => async () => {
    await r.report(report as never);
    await r.plan(plan as never);
  };
  await both(before)();
  await both(after)(); // warm up both
  const ratios: number[] = [];
  for (let i = 0; i < Number(count ?? 5); i++) {
    const b = await cpuMs(both(before));
    const a = await cpuMs(both(after));
    ratios.push(a / b);
    console.log(`pair ${i + 1}: before ${b.toFixed(0)} ms, this ${a.toFixed(0)} ms CPU, ratio ${(a / b).toFixed(3)}`);
  }
  console.log(`median CPU ratio (this / before): ${median(ratios).toFixed(3)}`);
  for (const [name, root] of [
    ['before', resolve(arg)],
    ['this', here],
  ] as const) {
    const out = execFileSync('npx', ['tsx', import.meta.filename, '--child', '-', root], { encoding: 'utf8' });
    console.log(`${name}: large report ${out.trim()}`);
  }
}
