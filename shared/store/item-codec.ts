// Strip storage attributes from an item and validate it against its domain schema.
import type * as z from 'zod';

const STORAGE_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'type', 'expiresAt'];

export function fromItem<S extends z.ZodType>(schema: S, item: Record<string, unknown>): z.infer<S> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!STORAGE_ATTRIBUTES.includes(k)) data[k] = v;
  return schema.parse(data);
}
