// Changing what a document's stable addresses serve as one step: the new bodies are all in hand
// before the first write, and when a write fails what was served before is put back, so a failed
// publish or withdrawal leaves the PDF and DOCX of one generation (or none), as the record and the
// page say; when even that fails, the error says which address serves what (break 19 s28, F19).
import { PUBLIC_FORMAT_LIST, type PublicFormat } from '../domain/public-addresses.js';
import type { PublicFileStore, PublicObject } from './public-files.js';

/** One object per format: a body to serve, or undefined for "not served" (404). */
export type PublicSet = Record<PublicFormat, PublicObject | undefined>;
/** After a failed change, what an address serves: what it did before, the new body, or not known. */
export type Served = 'before' | 'after' | 'unknown';
export type ServedSet = Record<PublicFormat, Served>;

/** A change of the public copies failed; `served` says what each address serves now. */
export class PublicCopiesError extends Error {
  override name = 'PublicCopiesError';
  constructor(
    readonly served: ServedSet,
    override readonly cause: unknown,
  ) {
    super('changing the public copies failed');
  }
}

/** What the addresses (`keys`, per format) serve now; one read per format. */
export async function servedNow(files: PublicFileStore, keys: Record<PublicFormat, string>): Promise<PublicSet> {
  const found = await Promise.all(PUBLIC_FORMAT_LIST.map((format) => files.get(keys[format])));
  return Object.fromEntries(PUBLIC_FORMAT_LIST.map((format, i) => [format, found[i]])) as PublicSet;
}

async function write(files: PublicFileStore, key: string, object: PublicObject | undefined): Promise<void> {
  if (object) await files.put(key, object.body, object.contentType, object.contentDisposition);
  else await files.remove(key);
}

/**
 * Put `before` back at every address (all of them: a write that failed may still have landed).
 * Never throws: the answer says, per format, 'before' when it was put back and 'unknown' otherwise.
 */
export async function restoreCopies(
  files: PublicFileStore,
  keys: Record<PublicFormat, string>,
  before: PublicSet,
): Promise<ServedSet> {
  const served = {} as ServedSet;
  for (const format of PUBLIC_FORMAT_LIST) {
    try {
      await write(files, keys[format], before[format]);
      served[format] = 'before';
    } catch {
      served[format] = 'unknown';
    }
  }
  return served;
}

/**
 * Make the addresses serve `next` (a body, or 404 for undefined), one format after the other. When
 * a write fails, `before` (from servedNow) is put back and PublicCopiesError says what each address
 * serves then ('before' everywhere when the roll-back worked).
 */
export async function replaceCopies(
  files: PublicFileStore,
  keys: Record<PublicFormat, string>,
  next: PublicSet,
  before: PublicSet,
): Promise<void> {
  for (const format of PUBLIC_FORMAT_LIST) {
    try {
      await write(files, keys[format], next[format]);
    } catch (error) {
      throw new PublicCopiesError(await restoreCopies(files, keys, before), error);
    }
  }
}
