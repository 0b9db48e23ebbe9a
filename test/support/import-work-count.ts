// An import run with a count of one kind of work (readingOnce's countWork), for tests that count
// what the importer does instead of timing it.
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

/** The import of `bytes` (FY2567, the municipal units) and how many times it did `work`. */
export async function importCountingWork(bytes: Uint8Array, work: string) {
  const { document } = await readPlanFile(bytes);
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { count: ran.get(work) ?? 0, measures: result.plan.measures };
}
