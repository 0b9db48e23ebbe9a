// Erasure in the audit trail: every entry that holds a person's name gets their pseudonym instead.
import { madeAs, PUBLISHED_KINDS } from '../domain/public-addresses.js';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './dynamo-client.js';
import { indexKeys, keys } from './keys.js';
import { queryAll } from './query-pages.js';
import { BY_ACTOR_INDEX, BY_SUBJECT_INDEX } from './table-definition.js';
import { updateIf } from './writes.js';

/** The details of a person's own entries (person.add, person.update) that hold their name. */
const NAME_DETAILS = ['name', 'previousName'] as const;

/**
 * Replaces the name of person `personId` with `pseudonym` in every audit entry of the org that
 * holds it, found by key paths only (no Scan): the entries they wrote (gsi2 `AUDITBY#…`, their
 * `actorName`) and their own history (gsi1 `AUDITOF#…#person:{id}`, `details.name` and
 * `details.previousName`). Entries written before actor names were kept hold no actor name (the
 * history shows the person item's name, which erasure overwrites too). Each entry is updated on
 * its own (UpdateItem on an existing entry), so running it again changes nothing more.
 * The publication records they published keep their name too (`publishedByName`): found through
 * their `*.publish` entries, given the pseudonym. Returns how many entries were changed. The index is read eventually consistently: run it after
 * the person is deactivated, when nothing new is written under their name.
 */
export async function eraseNameInAudit(
  store: Store,
  orgId: string,
  personId: string,
  pseudonym: string,
): Promise<number> {
  const [written, about] = await Promise.all([
    queryAll(store, {
      IndexName: BY_ACTOR_INDEX,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.auditBy(orgId, personId) },
    }),
    queryAll(store, {
      IndexName: BY_SUBJECT_INDEX,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.auditOf(orgId, `person:${personId}`) },
    }),
  ]);
  // per entry: what to set (details' keys by #name: `name` is a reserved word)
  const entries = new Map<
    string,
    { key: { pk: unknown; sk: unknown }; sets: string[]; names: Record<string, string> }
  >();
  const add = (item: Record<string, unknown>, set: string, name?: string) => {
    const id = `${String(item.pk)}|${String(item.sk)}`;
    const entry = entries.get(id) ?? { key: { pk: item.pk, sk: item.sk }, sets: [], names: {} };
    entry.sets.push(set);
    if (name) entry.names[`#${name}`] = name;
    entries.set(id, entry);
  };
  for (const item of written) {
    if (item.actor === personId && typeof item.actorName === 'string' && item.actorName !== pseudonym)
      add(item, 'actorName = :name');
  }
  for (const item of about) {
    const details = (item.details ?? {}) as Record<string, unknown>;
    for (const field of NAME_DETAILS) {
      if (typeof details[field] === 'string' && details[field] !== pseudonym)
        add(item, `details.#${field} = :name`, field);
    }
  }
  await erasePublisherName(store, orgId, personId, pseudonym, written);
  for (const { key, sets, names } of entries.values()) {
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: { ':name': pseudonym },
      }),
    );
  }
  return entries.size;
}

/** A publish entry's target, "annual-report:2566/3": the kind and year of the publication record. */
const PUBLISH_TARGET = /^([a-z-]+):(\d{4})\/\d+$/;

/**
 * Gives `pseudonym` to the publication records (one per org, year and kind) that `written` (the
 * person's own audit entries) says they published and that still name them by name. A record since
 * published by someone else, withdrawn, or written before names were kept is left as it is.
 */
async function erasePublisherName(
  store: Store,
  orgId: string,
  personId: string,
  pseudonym: string,
  written: Record<string, unknown>[],
): Promise<void> {
  const records = new Set<string>();
  for (const item of written) {
    const target = PUBLISH_TARGET.exec(String(item.target));
    if (String(item.action).endsWith('.publish') && target) records.add(`${target[1]}|${target[2]}`);
  }
  for (const record of records) {
    const [kind, fy] = record.split('|') as [string, string];
    // an annual-report entry may be the half-year report's publication (madeAs): both records
    for (const published of PUBLISHED_KINDS.filter((k) => madeAs(k) === kind))
      await updateIf(store, {
        Key: keys.publication(orgId, Number(fy), published),
        UpdateExpression: 'SET publishedByName = :name',
        ConditionExpression: 'publishedBy = :person AND attribute_exists(publishedByName)',
        ExpressionAttributeValues: { ':name': pseudonym, ':person': personId },
      });
  }
}
