// The unpacked size of a .docx/.xlsx, counted as it inflates: a zip's headers may declare 4 KB for
// an entry that inflates to 400 MB, and the readers (fflate, exceljs's JSZip) trust one or the other
// (review 17 s10, S10-3: a 413 KB workbook took 17 s and 580 MB before "damaged").
import { Unzip, UnzipInflate, type Unzipped } from 'fflate';
import { countWork } from './read-once.js';

/** The work counted (read-once.ts countWork) for each byte a zip entry inflates to, for tests. */
export const INFLATED_WORK = 'zip bytes inflated';

/** Why a zip's entries cannot be read as they are. */
export type ZipSizeProblem = 'too-large' | 'size-mismatch';

/** Compressed bytes pushed at a time: at most ~4 MB inflated per piece. */
const PIECE = 4096;

class Stop extends Error {
  constructor(readonly problem: ZipSizeProblem) {
    super(problem);
  }
}

/**
 * Inflates every entry once, keeping nothing, and stops as soon as the entries together pass
 * `maxBytes` ('too-large') or an entry inflates to another size than its header declares
 * ('size-mismatch': a damaged or forged file). Undefined when the sizes hold. Time linear in
 * min(inflated size, maxBytes); memory one chunk. A zip fflate cannot parse is left to the readers.
 */
export function zipSizeProblem(bytes: Uint8Array, maxBytes: number): ZipSizeProblem | undefined {
  const size = zipInflatedSize(bytes, maxBytes);
  return typeof size === 'number' ? undefined : size;
}

/** zipSizeProblem's answer, or the bytes the entries inflate to together when they hold (of a zip fflate cannot parse: those it inflated). */
export function zipInflatedSize(bytes: Uint8Array, maxBytes: number): ZipSizeProblem | number {
  const read = inflateEntries(bytes, maxBytes, () => false);
  return typeof read === 'string' ? read : read.total;
}

/** A zip's entries inflated once: every entry's name (in the order of the file), the bytes of those kept. */
export interface InflatedZip {
  names: string[];
  parts: Unzipped;
  /** the bytes every entry inflated to, together */
  total: number;
}

/**
 * zipSizeProblem and the entries' bytes in the same pass (a .docx was inflated twice per import:
 * once to count, once to read). Every entry is inflated and counted as zipSizeProblem does; the
 * bytes of those `keep` names are kept. Undefined for a zip fflate cannot read as a stream (a
 * stored entry sized only after its data): the caller reads it another way, as before.
 */
export function inflatedZip(
  bytes: Uint8Array,
  maxBytes: number,
  keep: (name: string) => boolean,
): ZipSizeProblem | InflatedZip | undefined {
  const read = inflateEntries(bytes, maxBytes, keep);
  if (typeof read === 'string') return read;
  if (read.failed) return undefined;
  const parts: Unzipped = {};
  for (const [name, chunks] of read.kept) parts[name] = joined(chunks);
  return { names: read.names, parts, total: read.total };
}

/** The chunks as one array (the one chunk itself when there is one: fflate's inflater gives its own buffers). */
function joined(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0]! as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The one pass: every entry inflated and counted, the chunks of those `keep` names kept. */
function inflateEntries(
  bytes: Uint8Array,
  maxBytes: number,
  keep: (name: string) => boolean,
): ZipSizeProblem | { total: number; names: string[]; kept: Map<string, Uint8Array[]>; failed: boolean } {
  let total = 0;
  const names: string[] = [];
  const kept = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file) => {
    let size = 0;
    const declared = file.originalSize;
    names.push(file.name);
    const chunks: Uint8Array[] | undefined = keep(file.name) ? [] : undefined;
    if (chunks) kept.set(file.name, chunks);
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (total > maxBytes) throw new Stop('too-large');
      // with a data descriptor (sizes after the data) the local header declares 0: nothing to compare
      if (declared && (size > declared || (final && size !== declared))) throw new Stop('size-mismatch');
      if (chunks && chunk.length > 0) chunks.push(chunk);
      countWork(INFLATED_WORK, chunk.length);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // small pieces: fflate inflates what it is given at once (deflate reaches ~1,000:1)
    for (let at = 0; at < bytes.length; at += PIECE)
      unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    return { total, names, kept, failed: true };
  }
  return { total, names, kept, failed: false };
}
