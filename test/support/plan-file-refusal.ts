import { expect } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

/**
 * The ValidationError a plan file is refused with by `read` (readPlanFile; a preview's reader to
 * import it as well); the test fails when the file is read or fails otherwise.
 */
export async function planFileRefusal(
  bytes: Uint8Array,
  read: (bytes: Uint8Array) => Promise<unknown> = readPlanFile,
): Promise<ValidationError> {
  const error = await read(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}
