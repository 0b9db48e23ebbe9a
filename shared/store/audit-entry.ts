// The audit entry that every write appends, in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditAction } from '../domain/audit-actions.js';
import type { DocumentKind } from '../domain/document-kinds.js';
import type { Store } from './dynamo-client.js';
import { indexKeys, keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface AuditFacts {
  orgId: string;
  /** a person id, or "system:<job>" / "cli:<command>" */
  actor: string;
  /** the actor's name now, when the caller knows it (else withActorNames reads it) */
  actorName?: string | undefined;
  action: AuditAction;
  /** what changed, e.g. "report:i4.f2.2023-04.finance" */
  target: string;
  at: Date;
  details?: Record<string, string | number | boolean>;
}

/** Targets whose history people read (GET …/audit); others are only in the monthly trail. */
const HISTORY_KINDS = new Set(['report', 'plan', 'unit', 'person']);

/** A document generation's target, "annual-report:2566/3": its year's documents history (break 19 s28, F8). */
const DOCUMENT_TARGET = /^(annual-report|plan-document):(\d{4})\/(\d+)$/;

/** The document kind, fiscal year and generation a target names ("plan-document:2566/3"), else undefined. */
export function documentTarget(target: string): { kind: DocumentKind; fy: number; generation: number } | undefined {
  const found = DOCUMENT_TARGET.exec(target);
  return found ? { kind: found[1] as DocumentKind, fy: Number(found[2]), generation: Number(found[3]) } : undefined;
}

/**
 * The audit actor of a generation's trigger: "person:{id}" -> the person id (as publish and withdraw
 * write it), "schedule:{time}" -> "system:{kind}" (break 19 s28, F8: one way per partition). Entries
 * written before session 29 hold the trigger itself; the history reads them through this too.
 */
export function triggerActor(kind: DocumentKind, trigger: string): string {
  return trigger.startsWith('person:') ? trigger.slice('person:'.length) : `system:${kind}`;
}

/** The history the year's documents (generate, publish, withdraw of both kinds) are read by. */
export const DOCUMENTS_HISTORY = 'documents:all';

/**
 * The gsi1 partition an entry is read by, or undefined when only the monthly trail holds it. Also
 * what the documents history repair indexes older entries by (shared/store/audit-reindex.ts).
 */
export function historyPartition(facts: Pick<AuditFacts, 'orgId' | 'target' | 'details'>): string | undefined {
  const document = documentTarget(facts.target);
  if (document) return indexKeys.auditOf(facts.orgId, DOCUMENTS_HISTORY, document.fy);
  if (!HISTORY_KINDS.has(facts.target.split(':')[0]!)) return undefined;
  const fy = facts.target.startsWith('report:') ? facts.details?.fy : undefined;
  return indexKeys.auditOf(facts.orgId, facts.target, typeof fy === 'number' ? fy : undefined);
}

/** A person id (the CLIs and jobs act as "cli:…", "system:…", never a person). */
export const isPersonActor = (actor: string) => /^[A-Za-z0-9._-]{1,200}$/.test(actor);

/**
 * The Put of one audit entry. An entry a person wrote is also findable by its actor through gsi2
 * (indexKeys.auditBy) and keeps their name (`actorName`): the caller's (`facts.actorName`, as the
 * caller directory read it) or, when not given, read by `transact` just before the write
 * (withActorNames), so the history names them as they were named then (break 18 F11).
 */
export function auditPut(tableName: string, facts: AuditFacts): TransactItem {
  const entryId = randomUUID();
  const gsi1pk = historyPartition(facts);
  const sort = indexKeys.auditOfSort(facts.at, process.hrtime.bigint(), entryId);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.audit(facts.orgId, facts.at, entryId),
        // a report's, plan's, unit's, person's or the year's documents' history, read through gsi1
        ...(gsi1pk ? { gsi1pk, gsi1sk: sort } : {}),
        ...(isPersonActor(facts.actor) ? { gsi2pk: indexKeys.auditBy(facts.orgId, facts.actor), gsi2sk: sort } : {}),
        type: 'audit',
        orgId: facts.orgId,
        actor: facts.actor,
        ...(facts.actorName && isPersonActor(facts.actor) ? { actorName: facts.actorName } : {}),
        action: facts.action,
        target: facts.target,
        at: facts.at.toISOString(),
        ...(facts.details ? { details: facts.details } : {}),
      },
    },
  };
}

/**
 * `items` with each person-written audit entry given `actorName`: the person's name read now
 * (a consistent GetItem per actor of the transaction, usually one), before the write. An actor who is
 * not a person of the entry's org (none such today) gets no name; readers fall back to the
 * person's name today (shared/use-cases/read-audit.ts), as for entries written before names were kept.
 */
export async function withActorNames(store: Store, items: TransactItem[]): Promise<TransactItem[]> {
  const entries = items.flatMap((t) =>
    t.Put?.Item?.type === 'audit' && t.Put.Item.actorName === undefined && isPersonActor(String(t.Put.Item.actor))
      ? [t.Put.Item]
      : [],
  );
  if (entries.length === 0) return items;
  const wanted = new Map(entries.map((e) => [`${e.orgId}|${e.actor}`, keys.person(String(e.orgId), String(e.actor))]));
  const names = new Map<string, unknown>();
  await Promise.all(
    [...wanted].map(async ([who, Key]) => {
      const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key, ConsistentRead: true }));
      names.set(who, Item?.name);
    }),
  );
  return items.map((t) => {
    const item = t.Put?.Item;
    const name = item?.type === 'audit' ? names.get(`${item.orgId}|${item.actor}`) : undefined;
    return typeof name === 'string' && item?.actorName === undefined
      ? { ...t, Put: { ...t.Put!, Item: { ...item, actorName: name } } }
      : t;
  });
}

export type { TransactItem };
