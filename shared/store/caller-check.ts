// A transaction's check that the caller is still who their (cached) rights were read from.
import type { Caller } from '../domain/access.js';
import { keys } from './keys.js';

/**
 * ConditionCheck on the caller's person item: still the revision the Caller was built from (every
 * person write adds one, so a deactivation, a move, a change of roles or appointments fails it); an
 * item written before revisions must still have none and grant the same rights (active, unit,
 * roles, head of unit, acting appointments). Failing it is CallerChangedError.
 */
export function callerUnchanged(table: string, caller: Caller) {
  const names: Record<string, string> = { '#revision': 'revision' };
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (caller.revision !== undefined) {
    conditions.push('#revision = :revision');
    values[':revision'] = caller.revision;
  } else {
    Object.assign(names, {
      '#active': 'active',
      '#unit': 'unitId',
      '#roles': 'roles',
      '#head': 'headOfUnit',
      '#acting': 'actingHeadOf',
    });
    Object.assign(values, { ':yes': true, ':head': caller.headOfUnit });
    // the Person schema's defaults for what such an item may lack: active true, headOfUnit false
    // (tester s39z: an item without them failed every report with 409)
    conditions.push(
      'attribute_not_exists(#revision)',
      '(attribute_not_exists(#active) OR #active = :yes)',
      caller.headOfUnit ? '#head = :head' : '(attribute_not_exists(#head) OR #head = :head)',
    );
    if (caller.unitId === undefined) conditions.push('attribute_not_exists(#unit)');
    else {
      conditions.push('#unit = :unit');
      values[':unit'] = caller.unitId;
    }
    conditions.push(...sameList('#roles', ':role', caller.roles, values));
    const acting = caller.actingHeadOf ?? [];
    conditions.push(
      acting.length === 0
        ? '(attribute_not_exists(#acting) OR size(#acting) = :none)'
        : sameList('#acting', ':acting', acting, values).join(' AND '),
    );
    if (acting.length === 0) values[':none'] = 0;
  }
  return {
    ConditionCheck: {
      TableName: table,
      Key: keys.person(caller.orgId, caller.personId),
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** `name` holds exactly `items` (no duplicates in either): its size and each one. */
function sameList(name: string, prefix: string, items: readonly string[], values: Record<string, unknown>): string[] {
  values[`${prefix}Count`] = items.length;
  items.forEach((item, i) => (values[`${prefix}${i}`] = item));
  return [`size(${name}) = ${prefix}Count`, ...items.map((_, i) => `contains(${name}, ${prefix}${i})`)];
}
