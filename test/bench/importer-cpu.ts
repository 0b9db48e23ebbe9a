// Some importer bench rows alone, in CPU time, each run paired with a run of the 1 MB ordinary input
// (the bench's importer section runs them all and times the wall clock). On a shared machine the
// wall clock of a run depends on the other processes; CPU time much less, and a ratio of two runs
// made one after the other less still. Read as importer-run.ts does (readPlanFile, then
// importSourceDocument), with the same inputs.
//   npx tsx test/bench/importer-cpu.ts pdfItems,shortRows 5
// With `node --expose-gc --import tsx test/bench/importer-cpu.ts …` each import starts after a full
// collection (not timed): the garbage an import leaves is then not collected in the next import's
// time (session 58: the ordinary input read 282 ms after the PDF row's imports, 170 ms after the
// distinct short rows'; with it the paired ratios spread less, docs/performance.md).
// Rows: the keys of IMPORTER_ROWS (importer-run.ts). Prints, per row: the median CPU ms of the row and of the ordinary
// input run paired with it, and the median of the paired ratios (with each run's ratio).
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { stats } from './harness.js';
import { IMPORTER_ROWS as ROWS, ordinaryInput } from './importer-run.js';

/** node --expose-gc: a full collection before each import, outside its time (see the header). */
const collect = (globalThis as { gc?: () => void }).gc;

/** CPU ms (user + system, all threads) of one import of `input`. */
async function cpuOf(input: Uint8Array): Promise<number> {
  collect?.();
  const start = process.cpuUsage();
  const { document } = await readPlanFile(input);
  importSourceDocument(document, { orgId: 'bench', fy: 2566, units: MUNICIPAL_UNITS });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const keys = (process.argv[2] ?? 'pdfItems').split(',');
const unknown = keys.filter((k) => !ROWS[k]);
if (unknown.length > 0) throw new Error(`unknown rows ${unknown.join(', ')}; known: ${Object.keys(ROWS).join(', ')}`);
const runs = Number(process.argv[3] ?? 5);
const ordinary = new TextEncoder().encode(ordinaryInput());
const inputs = keys.map((key) => ({
  key,
  input: ROWS[key]!(),
  cpu: [] as number[],
  base: [] as number[],
  ratios: [] as number[],
}));
// one warm-up each
await cpuOf(ordinary);
for (const row of inputs) await cpuOf(row.input);
for (let i = 0; i < runs; i++) {
  for (const row of inputs) {
    const base = await cpuOf(ordinary);
    const cpu = await cpuOf(row.input);
    row.cpu.push(cpu);
    row.base.push(base);
    row.ratios.push(cpu / base);
  }
}
for (const row of inputs) {
  process.stdout.write(
    `${row.key}: ${stats(row.cpu).median.toFixed(1)} ms CPU (median; its ordinary input's ${stats(row.base).median.toFixed(1)} ms), ${stats(row.ratios).median.toFixed(2)}x the ordinary input (paired: ${row.ratios.map((r) => r.toFixed(2)).join(' ')})\n`,
  );
}
