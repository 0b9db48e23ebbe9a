// Reading a PDF leaves the process's built-ins as Node made them (review 17 s19, S19 brief item 1).
// pdfjs-dist's legacy build carries core-js, which replaced Array.prototype.push, JSON.parse and
// Function.prototype.toString with JavaScript functions for the whole process (Node 20 fails an
// edge case of each): ~7% of a 1 MB PDF's import was the polyfilled push, and every import after
// the first PDF paid it. shared/import/pdfjs-library.ts puts back what loading pdf.js replaced.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

/** Another realm's Function.prototype.toString: tells a native function from JavaScript, whatever this realm's says. */
const sourceOf = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
const isNative = (f: unknown) => /\{\s*\[native code\]\s*\}$/.test(sourceOf.call(f));

const plan = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

describe('after a PDF is read', () => {
  it('Array.prototype.push is still native', async () => {
    const { kind } = await readPlanFile(plan('11-standard.pdf'));
    expect(kind).toBe('pdf');
    expect(isNative(Array.prototype.push)).toBe(true);
  });

  it('JSON.parse and Function.prototype.toString are still native', async () => {
    await readPlanFile(plan('12-two-pages.pdf'));
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(Object.getOwnPropertyDescriptor(Function.prototype, 'toString')?.value)).toBe(true);
    expect(JSON.parse('{"a":[1,2]}', (_k, v: unknown) => v)).toEqual({ a: [1, 2] });
  });

  it('every method Node has on Array, Object, String, Map, Set, Promise and JSON is still native', async () => {
    await readPlanFile(plan('21-grouped-header-centred.pdf'));
    // a fresh realm's built-ins: the methods Node has (what pdf.js only added, such as
    // Set.prototype.union in Node 20, is not among them and may stay)
    const names = [
      'Array.prototype',
      'Object',
      'String.prototype',
      'Map.prototype',
      'Set.prototype',
      'Promise',
      'JSON',
    ];
    const fresh = runInNewContext(`[${names.join(',')}]`) as object[];
    const ours = [Array.prototype, Object, String.prototype, Map.prototype, Set.prototype, Promise, JSON];
    const replaced = names.flatMap((name, i) =>
      Object.getOwnPropertyNames(fresh[i])
        .filter((key) => {
          const method: unknown = Object.getOwnPropertyDescriptor(ours[i], key)?.value;
          return typeof method === 'function' && !isNative(method);
        })
        .map((key) => `${name}.${key}`),
    );
    expect(replaced).toEqual([]);
  });
});
