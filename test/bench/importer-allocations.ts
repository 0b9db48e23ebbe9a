// Where an importer bench row allocates, per import, by function (V8's sampling heap profiler,
// objects the collector freed included): the bytes an input makes the importer allocate say more
// than a CPU profile on a shared machine, where the collector's time moves with the load (session
// 58: 1 MB of distinct short rows allocates ~250 MB an import, the ordinary 1 MB ~40 MB). Read as
// importer-run.ts does (readPlanFile, then importSourceDocument), after two warm-up imports.
//   npx tsx test/bench/importer-allocations.ts distinctShortRows,ordinary 4
// Rows: the keys of IMPORTER_ROWS (importer-run.ts) and "ordinary". Prints, per row: MB allocated
// per import, then the 25 functions allocating most (MB per import, function:line of its file).
import { Session } from 'node:inspector/promises';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { IMPORTER_ROWS, ordinaryInput } from './importer-run.js';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const rows: Record<string, () => Uint8Array> = {
  ...IMPORTER_ROWS,
  ordinary: () => new TextEncoder().encode(ordinaryInput()),
};
const keys = (process.argv[2] ?? 'distinctShortRows,ordinary').split(',');
const unknown = keys.filter((k) => !rows[k]);
if (unknown.length > 0) throw new Error(`unknown rows ${unknown.join(', ')}; known: ${Object.keys(rows).join(', ')}`);
const imports = Number(process.argv[3] ?? 4);

async function importOnce(input: Uint8Array): Promise<void> {
  const { document } = await readPlanFile(input);
  importSourceDocument(document, { orgId: 'bench', fy: 2566, units: MUNICIPAL_UNITS });
}

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
for (const key of keys) {
  const input = rows[key]!();
  await importOnce(input);
  await importOnce(input);
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  for (let i = 0; i < imports; i++) await importOnce(input);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const byFunction = new Map<string, number>();
  let total = 0;
  const walk = (node: SamplingNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(shared|node_modules)\//, '$1/')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  const mb = (bytes: number) => (bytes / imports / 1e6).toFixed(1);
  process.stdout.write(`${key}: ${mb(total)} MB allocated per import\n`);
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
    process.stdout.write(`${mb(bytes).padStart(8)} ${name}\n`);
}
session.disconnect();
