// Reading what was written under older rules: a schema's structure (types, keys, enums, defaults,
// transforms) without its content rules (lengths, ranges, patterns, refinements).
import type * as z from 'zod';

type Def = Record<string, unknown> & { type: string; checks?: unknown[] };
type Schema = z.ZodType & { clone(def: Def): z.ZodType };

const checkKind = (check: unknown) => (check as { _zod?: { def?: { check?: string } } })._zod?.def?.check;

const cache = new WeakMap<z.ZodType, z.ZodType>();
const inner = ['innerType', 'element', 'in', 'out', 'keyType', 'valueType', 'left', 'right', 'rest'] as const;

/**
 * `schema` with every check removed, recursively (zod v4 keeps refinements, min/max and patterns
 * in `def.checks`), but those that rewrite the value (`overwrite`: trim, case, normalize). Used only for stored items that fail the current schema, so a rule tightened
 * later (issue 17: follow-ups required, no U+FFFD or NUL in text) never makes old data unreadable.
 * Cached per schema.
 */
export function storedShape<S extends z.ZodType>(schema: S): S {
  const known = cache.get(schema);
  if (known) return known as S;
  const def = { ...(schema as unknown as { _zod: { def: Def } })._zod.def };
  // keep the checks that rewrite the value (trim, toLowerCase, normalize): they are transforms
  if (def.checks) def.checks = def.checks.filter((c) => checkKind(c) === 'overwrite');
  for (const key of inner) if (def[key]) def[key] = storedShape(def[key] as z.ZodType);
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>;
    def.shape = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, storedShape(v)]));
  }
  if (Array.isArray(def.options)) def.options = (def.options as z.ZodType[]).map(storedShape);
  if (Array.isArray(def.items)) def.items = (def.items as z.ZodType[]).map(storedShape);
  if (typeof def.getter === 'function') {
    const getter = def.getter as () => z.ZodType;
    def.getter = () => storedShape(getter());
  }
  const shaped = (schema as unknown as Schema).clone(def);
  cache.set(schema, shaped);
  return shaped as S;
}
