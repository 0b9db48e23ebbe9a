import { describe, expect, it } from 'vitest';
import { buildWebSync } from '../../web/build-web.js';

// zod is the API's and the plan screens' (they load on first use); a screen every visitor opens
// importing a domain module that builds schemas once brought 114 KB of it into the first load
// (session 49's bench: 150.9 -> 264.9 KB, through documents-screen -> evidence-rules -> text).
describe("the web page's first load", () => {
  const files = buildWebSync();
  const js = files.filter((f) => f.contentType.startsWith('text/javascript'));
  const decoded = (body: Uint8Array) => new TextDecoder().decode(body);

  it('carries no zod: its code is only in the chunks the plan screens load on first use', () => {
    const atOnce = js.filter((f) => !f.onDemand).map((f) => f.path);
    const withZod = js.filter((f) => decoded(f.body).includes('$ZodType')).map((f) => f.path);
    expect(withZod.length).toBeGreaterThan(0); // the plan screens validate drafts with it
    expect(withZod.filter((p) => atOnce.includes(p))).toEqual([]);
  });

  it('is under 200 KB of script, the documents and evidence screens included', () => {
    const bytes = js.filter((f) => !f.onDemand).reduce((sum, f) => sum + f.body.length, 0);
    expect(bytes).toBeGreaterThan(50_000);
    expect(bytes).toBeLessThan(200 * 1024);
  });
});
