/**
 * Add `value` to the group of `key` (insertion order kept), in place: O(1) per value. Building a
 * group by copying it (`map.set(k, [...(map.get(k) ?? []), v])`) made imports quadratic in the rows
 * of one table (review 17 s12, S12-6).
 */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
