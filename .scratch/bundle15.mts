import { build } from 'esbuild';
import { BUNDLING, FUNCTION_ENTRIES } from '/work/wt-15/infra/cdk/bundling.ts';
for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
  const r = await build({ ...BUNDLING, mainFields: [...BUNDLING.mainFields], external: [...BUNDLING.external], banner: { js: BUNDLING.banner }, sourcemap: false, entryPoints: ['/work/wt-15/' + entry], bundle: true, outfile: `/tmp/b15/${name}.mjs`, metafile: true, logLevel: 'silent' });
  const by = new Map<string, number>();
  for (const o of Object.values(r.metafile.outputs)) for (const [p, i] of Object.entries(o.inputs)) { const m = p.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m ? m[1] : p.split('/').slice(0,2).join('/'); by.set(k, (by.get(k) ?? 0) + i.bytesInOutput); }
  const total = Object.values(r.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(name, Math.round(total / 1024), 'KB', [...by].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${Math.round(v / 1024)}`).join(', '));
}
