// Stack traces of a bundled function name the TypeScript sources, with the bundle's source map read
// when a stack is first formatted (an error logged), not at every cold start. Node's own
// `--enable-source-maps` reads and parses the map while it loads the bundle: 48 M machine
// instructions of the API's cold start (3.6%), more for the larger bundles (README, Performance,
// session 17). Injected first into every function's bundle (infra/cdk/bundling.ts, esbuild `inject`).
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';

/** A generated position (1-based, as in stack frames) mapped to the source it came from. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
  /** the source's name at that position (a called function's name), when the map has one */
  name?: string;
}

/** Maps positions of one bundle through its `.map`, read on the first call; undefined: not mapped. */
export function sourcePositions(bundle: string): (line: number, column: number) => SourcePosition | undefined {
  let map: SourceMap | null | undefined;
  return (line, column) => {
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as SourceMapPayload);
      } catch {
        map = null; // no map beside the bundle: frames stay as they are
      }
    }
    if (!map) return undefined;
    const entry = map.findEntry(line - 1, column - 1);
    if (!('originalSource' in entry)) return undefined;
    // Node's entries carry the source's name too (@types/node 20 leaves it out)
    const name: unknown = (entry as { name?: unknown }).name;
    return {
      file: resolve(dirname(bundle), entry.originalSource),
      line: entry.originalLine + 1,
      column: entry.originalColumn + 1,
      ...(typeof name === 'string' && name ? { name } : {}),
    };
  };
}

/**
 * An `Error.prepareStackTrace` that writes V8's usual stack text with the frames of `bundle` at
 * their source positions. A frame's function takes the name the source gives it at its caller's
 * call (minified code names it `a`, `Xe`…), as Node's --enable-source-maps does.
 */
export function sourceMappedStackTrace(bundle: string): (error: Error, sites: NodeJS.CallSite[]) => string {
  const positionOf = sourcePositions(bundle);
  const mapped = (site: NodeJS.CallSite | undefined) => {
    if (!site || site.getFileName() !== bundle) return undefined;
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    return line === null || column === null ? undefined : positionOf(line, column);
  };
  return (error, sites) => {
    let header: string;
    try {
      header = Error.prototype.toString.call(error);
    } catch {
      header = '<error>';
    }
    const positions = sites.map(mapped);
    const frames = sites.map((site, i) => {
      // V8's own text of the frame: "Type.method (file:line:column)", "async f (…)", "new C (…)"
      const text = (site as NodeJS.CallSite & { toString(): string }).toString();
      const at = positions[i];
      if (!at) return text;
      const generated = `${bundle}:${site.getLineNumber()}:${site.getColumnNumber()}`;
      const located = text.replace(generated, `${at.file}:${at.line}:${at.column}`);
      const name = positions[i + 1]?.name;
      const minified = site.getFunctionName();
      return name && minified && name !== minified ? located.replace(`${minified} (`, `${name} (`) : located;
    });
    return [header, ...frames.map((f) => `    at ${f}`)].join('\n');
  };
}

// in a bundle (CommonJS, as every function is built) `__filename` is the bundle itself
if (typeof __filename === 'string' && __filename.endsWith('.js')) {
  Error.prepareStackTrace = sourceMappedStackTrace(__filename);
}
