// Strip storage attributes from an item and validate it against its domain schema.
import type * as z from 'zod';
import { storedShape } from './stored-shape.js';

const STORAGE_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'type', 'expiresAt'];

/**
 * The domain value of a stored item. An item that fails a content rule tightened after it was
 * written (a length, a pattern, a refinement) is read by its structure alone (`storedShape`);
 * one of the wrong structure (a missing attribute, a wrong type) still throws the ZodError.
 */
export function fromItem<S extends z.ZodType>(schema: S, item: Record<string, unknown>): z.infer<S> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!STORAGE_ATTRIBUTES.includes(k)) data[k] = v;
  const strict = schema.safeParse(data);
  if (strict.success) return strict.data;
  const shaped = storedShape(schema).safeParse(data);
  if (shaped.success) return shaped.data;
  throw strict.error;
}
