// The unpacked size of a .docx/.xlsx, counted as it inflates: a zip's headers may declare 4 KB for
// an entry that inflates to 400 MB, and the readers (fflate, exceljs's JSZip) trust one or the other
// (review 17 s10, S10-3: a 413 KB workbook took 17 s and 580 MB before "damaged").
import { Unzip, UnzipInflate } from 'fflate';

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
  let total = 0;
  const unzip = new Unzip((file) => {
    let size = 0;
    const declared = file.originalSize;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (total > maxBytes) throw new Stop('too-large');
      // with a data descriptor (sizes after the data) the local header declares 0: nothing to compare
      if (declared && (size > declared || (final && size !== declared))) throw new Stop('size-mismatch');
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
    return total;
  }
  return total;
}
