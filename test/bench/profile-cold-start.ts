// Where an API cold start spends its time: runs the bundled API once under --cpu-prof (loaded with
// require(), as Lambda loads it: see cold-start.ts) and sums self time by package. Usage (with the bench's local parts running, or any reachable table):
//   tsx test/bench/profile-cold-start.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Node {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function profileBundle(bundle: string, event: unknown, env: NodeJS.ProcessEnv): [string, number][] {
  const dir = mkdtempSync(join(tmpdir(), 'cpuprof-'));
  const runner = `const f = process.env.BENCH_BUNDLE; const m = (await import('node:module')).createRequire(f)(f); await m.handler(JSON.parse(process.env.BENCH_EVENT), { functionName: 'p', awsRequestId: 'p', getRemainingTimeInMillis: () => 30000 }); process.exit(0);`;
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--input-type=module', '-e', runner], {
    env: { ...env, BENCH_BUNDLE: bundle, BENCH_EVENT: JSON.stringify(event) },
    stdio: 'ignore',
  });
  const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const bucket = (n: Node) => {
    const url = n.callFrame.url;
    if (!url)
      return n.callFrame.functionName === '(garbage collector)' ? 'GC' : `(${n.callFrame.functionName || 'native'})`;
    if (url.includes('/.bench/')) return 'our bundle (app code, zod, middy, Powertools, pdfkit…)';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    return pkg ?? (url.startsWith('node:') ? 'node internals' : url);
  };
  const totals = new Map<string, number>();
  for (const [id, t] of self) {
    const key = bucket(byId.get(id)!);
    totals.set(key, (totals.get(key) ?? 0) + t);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8);
}
