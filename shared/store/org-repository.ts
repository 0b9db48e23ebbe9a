// Orgs, units and people.
import { GetCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { OrgChangedError } from '../domain/errors.js';
import { Org, Person, Unit, type UnitInput } from '../domain/organisation.js';
import type { AuditAction } from '../domain/audit-actions.js';
import { auditPut, type TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import {
  indexKeys,
  keys,
  membersRange,
  normalisedEmail,
  orgPartition,
  orgsPartition,
  prefixes,
  unitNameKey,
} from './keys.js';
import { BY_EMAIL_INDEX, BY_SUBJECT_INDEX } from './table-definition.js';
import { pageOf, queryAll, queryBeyond, withPrefix } from './query-pages.js';
import { failedConditions } from './transaction-errors.js';
import { transact } from './writes.js';
import { eraseNameInAudit } from './audit-erasure.js';

export interface WriteContext {
  actor: string;
  /** the actor's name as the caller is known (Caller.name); else transact reads it (withActorNames) */
  actorName?: string;
  now: Date;
}

/**
 * expect "new": refuse if the item exists; "existing": refuse if it does not (both as a cancelled
 * transaction: see isConditionFailure). action and details go to the audit entry.
 */
export interface PutOptions {
  expect?: 'new' | 'existing';
  /** the stored item's revision must still be this (null: it has none yet); see expectedPut */
  revision?: number | null;
  action?: AuditAction;
  details?: Record<string, string | number | boolean>;
}

/**
 * The Put of `item` (keys included), on condition of `expect`: 'new', no item has its key; 'existing',
 * one has; and, when `revision` is given, the stored item is still that revision (null: one written
 * before items had revisions). A failed revision is isPersonChanged.
 */
function expectedPut(
  tableName: string,
  item: Record<string, unknown>,
  expect?: PutOptions['expect'],
  revision?: number | null,
): TransactItem {
  const conditions = expect ? [expect === 'new' ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)'] : [];
  if (revision === null) conditions.push('attribute_not_exists(#revision)');
  else if (revision !== undefined) conditions.push('#revision = :revision');
  return {
    Put: {
      TableName: tableName,
      Item: item,
      ...(conditions.length > 0 ? { ConditionExpression: conditions.join(' AND ') } : {}),
      ...(revision === undefined ? {} : { ExpressionAttributeNames: { '#revision': 'revision' } }),
      ...(typeof revision === 'number' ? { ExpressionAttributeValues: { ':revision': revision } } : {}),
    },
  };
}

/** A claim's condition: absent, or already this person's. */
const theirs = (personId: string) => ({
  ConditionExpression: 'attribute_not_exists(pk) OR personId = :personId',
  ExpressionAttributeValues: { ':personId': personId },
});

/** True when a conditional put of this repository was refused (the item exists, or does not). */
export const isConditionFailure = (error: unknown) => failedConditions(error)?.some((f) => f.index === 0) ?? false;

// putInOrg's transaction: the item, the org check, the audit entry, then the claims (a person's
// email; an active unit's name, and the release of its old name).
const FIRST_CLAIM_INDEX = 3;

/** True when a put was refused because another item of the org holds its claim (email, unit name). */
export const isClaimTaken = (error: unknown) =>
  failedConditions(error)?.some(
    (f) => f.index >= FIRST_CLAIM_INDEX && f.item?.type !== 'unit-people' && f.item?.type !== 'unit',
  ) ?? false;

/** The units holding the name claims that refused a putUnit: their id and the name as they wrote it. */
export const unitNameHolders = (error: unknown): { unitId: string; name: string }[] =>
  (failedConditions(error) ?? []).flatMap((f) =>
    f.index >= FIRST_CLAIM_INDEX && f.item?.type === 'unit-name'
      ? [{ unitId: String(f.item.unitId), name: typeof f.item.name === 'string' ? f.item.name : '' }]
      : [],
  );

/** True when putPerson was refused because another person of the org holds the email. */
export const isEmailTaken = (error: unknown) =>
  failedConditions(error)?.some((f) => f.index === FIRST_CLAIM_INDEX) ?? false;

/**
 * True when putPerson's `previous` was no longer the stored person: someone else wrote them since
 * it was read (another edit, a bounce marked by the mail-events function, an invitation sent again).
 */
export const isPersonChanged = (error: unknown) => failedConditions(error)?.some((f) => f.index === 0) ?? false;

/** True when putPerson's `keepsCoordinator` was no longer an active coordinator. */
export const isGuardFailed = (error: unknown) =>
  failedConditions(error)?.some((f) => f.index > FIRST_CLAIM_INDEX && f.item?.type === 'person') ?? false;

/** True when putPerson placed an active person in a unit that was deactivated meanwhile. */
export const isUnitClosed = (error: unknown) =>
  failedConditions(error)?.some((f) => f.index > FIRST_CLAIM_INDEX && f.item?.type === 'unit') ?? false;

/** The units putPerson found deactivated (isUnitClosed): the person's own, or one they act for. */
export const closedUnitIds = (error: unknown): string[] =>
  (failedConditions(error) ?? []).flatMap((f) =>
    f.index > FIRST_CLAIM_INDEX && f.item?.type === 'unit' ? [String(f.item.unitId)] : [],
  );

/** True when putUnit's `peopleUnchangedSince` failed: someone became active in the unit meanwhile. */
export const isMembershipChanged = (error: unknown) =>
  failedConditions(error)?.some((f) => f.item?.type === 'unit-people') ?? false;

/**
 * putUnit's options: `previous` is the unit as it was (an update), so its old claims are released;
 * `peopleUnchangedSince`: the membership revision read with activePeopleIn (the write fails,
 * isMembershipChanged, if anyone became active in the unit since).
 */
export interface PutUnitOptions extends PutOptions {
  previous?: Unit;
  peopleUnchangedSince?: number;
}

/** An active unit's claimed names: unitNameKey -> the name or alias as written (first wins). */
function claimedNames(unit: Unit): Map<string, string> {
  const claimed = new Map<string, string>();
  if (unit.active === false) return claimed;
  for (const name of [unit.name, ...unit.aliases]) {
    const key = unitNameKey(name);
    if (!claimed.has(key)) claimed.set(key, name);
  }
  return claimed;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
const decodeCursor = (cursor: string | undefined) =>
  cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>) : undefined;

export class OrgRepository {
  constructor(private readonly store: Store) {}

  /**
   * Puts the org with its audit entry. `expect: 'new'`: refused (isConditionFailure) if the org
   * exists, so two creates of one id never both win.
   */
  async putOrg(org: Org, ctx: WriteContext, options: Pick<PutOptions, 'expect'> = {}): Promise<void> {
    const item = Org.parse(org);
    await transact(this.store, [
      expectedPut(this.store.tableName, { ...keys.org(item.orgId), type: 'org', ...item }, options.expect),
      auditPut(this.store.tableName, {
        orgId: item.orgId,
        actor: ctx.actor,
        actorName: ctx.actorName,
        action: 'org.put',
        target: `org:${item.orgId}`,
        at: ctx.now,
      }),
    ]);
  }

  /**
   * Read-modify-write of one org under an optimistic revision (the item's `rev`): `change` gets the
   * org as stored (a consistent read) and returns the new one; a write that meets another's
   * revision reads again (at most `attempts` times), so two settings changed at once both stay.
   * Returns the org written, or undefined when there is no such org. Throws OrgChangedError when
   * every attempt met another writer.
   */
  async updateOrg(
    orgId: string,
    change: (org: Org) => Org,
    ctx: WriteContext & { action: AuditAction; details?: Record<string, string | number | boolean> },
    attempts = 5,
  ): Promise<Org | undefined> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const { Item } = await this.store.doc.send(
        new GetCommand({ TableName: this.store.tableName, Key: keys.org(orgId), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const rev = typeof Item.rev === 'number' ? Item.rev : 0;
      const next = Org.parse(change(fromItem(Org, Item)));
      try {
        await transact(this.store, [
          {
            Put: {
              TableName: this.store.tableName,
              Item: { ...keys.org(orgId), type: 'org', ...next, orgId, rev: rev + 1 },
              ConditionExpression: rev === 0 ? 'attribute_exists(pk) AND attribute_not_exists(#rev)' : '#rev = :rev',
              ExpressionAttributeNames: { '#rev': 'rev' },
              ...(rev === 0 ? {} : { ExpressionAttributeValues: { ':rev': rev } }),
            },
          },
          auditPut(this.store.tableName, {
            orgId,
            actor: ctx.actor,
            actorName: ctx.actorName,
            action: ctx.action,
            target: `org:${orgId}`,
            at: ctx.now,
            ...(ctx.details ? { details: ctx.details } : {}),
          }),
        ]);
        return next;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new OrgChangedError(orgId);
  }

  async getOrg(orgId: string): Promise<Org | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.org(orgId) }),
    );
    return Item ? fromItem(Org, Item) : undefined;
  }

  /**
   * One page of the org registry, in id order: at most `limit` orgs (default 100), and a `cursor`
   * only when more follow, so a walk over every org ends without an empty Query (a Query on one
   * partition, never a Scan).
   */
  async listOrgs(options: { limit?: number; cursor?: string } = {}): Promise<Page<Org>> {
    const limit = options.limit ?? 100;
    const start = decodeCursor(options.cursor);
    // one org past the page tells whether more follow: the last page carries no cursor
    const found = await queryBeyond(
      this.store,
      {
        ...withPrefix(orgsPartition, prefixes.org),
      },
      limit,
      start ? { from: start } : {},
    );
    const { items, last } = pageOf(found, limit);
    const cursor = encodeCursor(last ? { pk: last.pk, sk: last.sk } : undefined);
    return { items: items.map((i) => fromItem(Org, i)), ...(cursor ? { cursor } : {}) };
  }

  /** Put an item that belongs to an existing org, with its audit entry, in one transaction. */
  private async putInOrg(
    orgId: string,
    item: Record<string, unknown>,
    action: AuditAction,
    target: string,
    ctx: WriteContext,
    options: PutOptions = {},
    claims: NonNullable<TransactWriteCommandInput['TransactItems']> = [],
  ) {
    await transact(this.store, [
      expectedPut(this.store.tableName, item, options.expect, options.revision),
      this.exists(keys.org(orgId)),
      this.entry(orgId, ctx, action, target, options.details),
      ...claims,
    ]);
  }

  /**
   * Puts a unit with its name claims: one item per distinct unitNameKey of its name and aliases
   * while it is active (condition: absent or already this unit's), and the release of the claims it
   * no longer holds. Another active unit holding one of them cancels the whole write (isClaimTaken).
   * `previous`: the unit as it was; read here when not given, so no claim is left behind.
   */
  async putUnit(unit: UnitInput, ctx: WriteContext, options: PutUnitOptions = {}): Promise<void> {
    const { previous: given, peopleUnchangedSince: rev, ...putOptions } = options;
    const previous = given ?? (options.expect === 'new' ? undefined : await this.getUnit(unit.orgId, unit.unitId));
    // each write adds one; an edit (previous given) writes only over the revision it read (isUnitChanged)
    const item = Unit.parse({ ...unit, revision: (previous?.revision ?? 0) + 1 });
    if (given) putOptions.revision = given.revision ?? null;
    const ours = {
      ConditionExpression: 'attribute_not_exists(pk) OR unitId = :unitId',
      ExpressionAttributeValues: { ':unitId': item.unitId },
    };
    const held = claimedNames(item);
    const claims: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
    for (const name of held.values()) {
      claims.push({
        Put: {
          TableName: this.store.tableName,
          Item: { ...keys.unitName(item.orgId, name), type: 'unit-name', unitId: item.unitId, name },
          ...ours,
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      });
    }
    for (const [key, name] of previous ? claimedNames(previous) : []) {
      if (held.has(key)) continue;
      claims.push({ Delete: { TableName: this.store.tableName, Key: keys.unitName(item.orgId, name), ...ours } });
    }
    if (rev !== undefined) {
      claims.push({
        ConditionCheck: {
          TableName: this.store.tableName,
          Key: keys.unitPeople(item.orgId, item.unitId),
          ConditionExpression: rev === 0 ? 'attribute_not_exists(#rev)' : '#rev = :rev',
          ExpressionAttributeNames: { '#rev': 'rev' },
          ...(rev === 0 ? {} : { ExpressionAttributeValues: { ':rev': rev } }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      });
    }
    await this.putInOrg(
      item.orgId,
      { ...keys.unit(item.orgId, item.unitId), type: 'unit', ...item },
      options.action ?? 'unit.put',
      `unit:${item.unitId}`,
      ctx,
      putOptions,
      claims,
    );
  }

  async getUnit(orgId: string, unitId: string): Promise<Unit | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.unit(orgId, unitId), ConsistentRead: true }),
    );
    return Item ? fromItem(Unit, Item) : undefined;
  }

  async listUnits(orgId: string): Promise<Unit[]> {
    const items = await queryAll(this.store, {
      ...withPrefix(orgPartition(orgId), prefixes.unit),
    });
    return items.map((i) => fromItem(Unit, i));
  }

  /**
   * The active people of a unit (`members`), its active acting heads (Person.actingHeadOf) and the
   * active staff of other units who are its staff as well (Person.alsoStaffOf), read strongly
   * consistent, and the unit's membership revision read first: pass it to putUnit as
   * `peopleUnchangedSince` so that nobody joins (or starts acting for it) unseen.
   */
  async activePeopleIn(
    orgId: string,
    unitId: string,
  ): Promise<{ members: Person[]; actingHeadOf: Person[]; alsoStaffOf: Person[]; revision: number }> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.unitPeople(orgId, unitId), ConsistentRead: true }),
    );
    const items = await queryAll(this.store, {
      ...withPrefix(orgPartition(orgId), prefixes.person),
      ConsistentRead: true,
    });
    const active = items.map((i) => fromItem(Person, i)).filter((p) => p.active);
    const listing = (field: 'actingHeadOf' | 'alsoStaffOf') => active.filter((p) => p[field]?.includes(unitId));
    return {
      members: active.filter((p) => p.unitId === unitId),
      actingHeadOf: listing('actingHeadOf'),
      alsoStaffOf: listing('alsoStaffOf'),
      revision: typeof Item?.rev === 'number' ? Item.rev : 0,
    };
  }

  /**
   * Puts a person with their email claim. `keepsCoordinator`: another person of the org who must
   * still be an active coordinator when this write commits (checked in the same transaction), so
   * two coordinators stepping down at once cannot leave the org without one (isGuardFailed).
   */
  async putPerson(
    person: Person,
    ctx: WriteContext,
    options: PutOptions & { keepsCoordinator?: string; previous?: Person } = {},
  ): Promise<void> {
    const { keepsCoordinator, previous, ...putOptions } = options;
    // each write adds one; an edit (previous given) writes only over the revision it read
    const item = Person.parse({ ...person, revision: (previous?.revision ?? 0) + 1 });
    if (previous) putOptions.revision = previous.revision ?? null;
    // joining a unit (added, moved, reactivated): the unit must still be active when this commits,
    // and its membership revision goes up (see activePeopleIn)
    const joins = item.active && item.unitId !== undefined && !(previous?.active && previous.unitId === item.unitId);
    // starting to act as head of a unit, or to be its staff as well: the same (the unit active at
    // commit, its revision up)
    const starts = (field: 'actingHeadOf' | 'alsoStaffOf') =>
      item.active ? (item[field] ?? []).filter((u) => !(previous?.active && previous[field]?.includes(u))) : [];
    const startsActing = [...new Set([...starts('actingHeadOf'), ...starts('alsoStaffOf')])];
    await this.putInOrg(
      item.orgId,
      {
        ...keys.person(item.orgId, item.personId),
        ...indexKeys.personBySubject(item.personId, item.orgId),
        ...indexKeys.personByEmail(item.email, item.orgId),
        type: 'person',
        ...item,
      },
      options.action ?? 'person.put',
      `person:${item.personId}`,
      ctx,
      putOptions,
      [
        {
          Put: {
            TableName: this.store.tableName,
            Item: { ...keys.personEmail(item.orgId, item.email), type: 'person-email', personId: item.personId },
            ConditionExpression: 'attribute_not_exists(pk) OR personId = :personId',
            ExpressionAttributeValues: { ':personId': item.personId },
          },
        },
        ...(keepsCoordinator
          ? [
              {
                ConditionCheck: {
                  TableName: this.store.tableName,
                  Key: keys.person(item.orgId, keepsCoordinator),
                  ConditionExpression: '#active = :yes AND contains(#roles, :coordinator)',
                  ExpressionAttributeNames: { '#active': 'active', '#roles': 'roles' },
                  ExpressionAttributeValues: { ':yes': true, ':coordinator': 'coordinator' },
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
                },
              },
            ]
          : []),
        ...(joins && item.unitId ? this.joinUnit(item.orgId, item.unitId) : []),
        ...startsActing.flatMap((u) => this.joinUnit(item.orgId, u)),
      ],
    );
  }

  /**
   * Writes an audit entry about person `personId` that changes nothing of theirs (e.g.
   * `person.invite`: the invitation sent again, which also clears their `undeliverable` mark), on
   * condition the person exists; it is in the
   * person's history (gsi1 `person:{id}`). `details` must hold no email address or password.
   */
  async recordAboutPerson(
    orgId: string,
    personId: string,
    ctx: WriteContext,
    action: AuditAction,
    details: Record<string, string | number | boolean>,
  ): Promise<void> {
    const key = keys.person(orgId, personId);
    await transact(this.store, [
      // an invitation sent again clears the email's "undeliverable" mark (mail-events), from now on
      action === 'person.invite'
        ? {
            Update: {
              TableName: this.store.tableName,
              Key: key,
              UpdateExpression: 'REMOVE undeliverable SET deliverableSince = :now ADD #revision :one',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#revision': 'revision' },
              ExpressionAttributeValues: { ':now': ctx.now.toISOString(), ':one': 1 },
            },
          }
        : this.exists(key),
      this.entry(orgId, ctx, action, `person:${personId}`, details),
    ]);
  }

  /** A ConditionCheck that the item at `key` exists. */
  private exists(key: { pk: string; sk: string }): TransactItem {
    return {
      ConditionCheck: { TableName: this.store.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' },
    };
  }

  /** The audit entry of a write by `ctx` about `target`. */
  private entry(
    orgId: string,
    ctx: WriteContext,
    action: AuditAction,
    target: string,
    details?: Record<string, string | number | boolean>,
  ): TransactItem {
    return auditPut(this.store.tableName, {
      orgId,
      actor: ctx.actor,
      actorName: ctx.actorName,
      action,
      target,
      at: ctx.now,
      ...(details ? { details } : {}),
    });
  }

  private joinUnit(orgId: string, unitId: string): NonNullable<TransactWriteCommandInput['TransactItems']> {
    return [
      {
        ConditionCheck: {
          TableName: this.store.tableName,
          Key: keys.unit(orgId, unitId),
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#active) OR #active = :yes)',
          ExpressionAttributeNames: { '#active': 'active' },
          ExpressionAttributeValues: { ':yes': true },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      {
        Update: {
          TableName: this.store.tableName,
          Key: keys.unitPeople(orgId, unitId),
          UpdateExpression: 'SET #type = :type ADD #rev :one',
          ExpressionAttributeNames: { '#type': 'type', '#rev': 'rev' },
          ExpressionAttributeValues: { ':type': 'unit-people', ':one': 1 },
        },
      },
    ];
  }

  /**
   * Erasure (docs/privacy.md): `erased` is the person with their name and email replaced. First
   * every audit entry holding their name gets the new one (eraseNameInAudit; returns how many),
   * then one transaction puts the person item (on condition it is still inactive), moves the email
   * claim to the new email and writes a person.erase entry (details: the new name only). Refused
   * (isConditionFailure) if the person was reactivated meanwhile; the audit part may then have
   * run, which is harmless (it only writes the pseudonym).
   */
  async erasePerson(previous: Person, erased: Person, ctx: WriteContext): Promise<number> {
    const item = Person.parse({ ...erased, revision: (previous.revision ?? 0) + 1 });
    const changed = await eraseNameInAudit(this.store, item.orgId, item.personId, item.name);
    const table = this.store.tableName;
    await transact(this.store, [
      {
        Put: {
          TableName: table,
          Item: {
            ...keys.person(item.orgId, item.personId),
            ...indexKeys.personBySubject(item.personId, item.orgId),
            ...indexKeys.personByEmail(item.email, item.orgId),
            type: 'person',
            ...item,
          },
          ConditionExpression: 'attribute_exists(pk) AND #active = :no',
          ExpressionAttributeNames: { '#active': 'active' },
          ExpressionAttributeValues: { ':no': false },
        },
      },
      // (erasing again: the claim is already the new email's)
      ...(normalisedEmail(previous.email) === normalisedEmail(item.email)
        ? []
        : [
            {
              Delete: { TableName: table, Key: keys.personEmail(item.orgId, previous.email), ...theirs(item.personId) },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.personEmail(item.orgId, item.email), type: 'person-email', personId: item.personId },
                ...theirs(item.personId),
              },
            },
          ]),
      auditPut(table, {
        orgId: item.orgId,
        actor: ctx.actor,
        actorName: ctx.actorName,
        action: 'person.erase',
        target: `person:${item.personId}`,
        at: ctx.now,
        details: { name: item.name },
      }),
    ]);
    return changed;
  }

  /** `consistent`: a strongly consistent read (a change's re-read after its write was refused). */
  async getPerson(orgId: string, personId: string, { consistent = false } = {}): Promise<Person | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.person(orgId, personId),
        ...(consistent ? { ConsistentRead: true } : {}),
      }),
    );
    return Item ? fromItem(Person, Item) : undefined;
  }

  /** Whether a person of the org holds the email's claim (keys.personEmail), read consistently. */
  async emailClaimed(orgId: string, email: string): Promise<boolean> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.personEmail(orgId, email), ConsistentRead: true }),
    );
    return Item !== undefined;
  }

  async listPeople(orgId: string): Promise<Person[]> {
    return this.queryPeople({
      ...withPrefix(orgPartition(orgId), prefixes.person),
    });
  }

  /**
   * The org's units and people (inactive ones too) in one Query (membersRange), for the jobs that
   * need both: listUnits and listPeople are two.
   */
  async listUnitsAndPeople(orgId: string): Promise<{ units: Unit[]; people: Person[] }> {
    const items = await queryAll(this.store, {
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': orgPartition(orgId), ':from': membersRange.from, ':to': membersRange.to },
    });
    const units: Unit[] = [];
    const people: Person[] = [];
    for (const item of items) {
      const sk = String(item.sk);
      if (sk.startsWith(prefixes.unit)) units.push(fromItem(Unit, item));
      else if (sk.startsWith(prefixes.person)) people.push(fromItem(Person, item));
    }
    return { units, people };
  }

  /** The memberships of an identity-provider subject (the token's `sub`). */
  async findBySubject(personId: string): Promise<Person[]> {
    return this.queryPeople({
      IndexName: BY_SUBJECT_INDEX,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.subjectPartition(personId) },
    });
  }

  async findByEmail(email: string): Promise<Person[]> {
    return this.queryPeople({
      IndexName: BY_EMAIL_INDEX,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': indexKeys.emailPartition(email) },
    });
  }

  /** Every person a query finds (all pages). */
  private async queryPeople(query: Parameters<typeof queryAll>[1]): Promise<Person[]> {
    return (await queryAll(this.store, query)).map((i) => fromItem(Person, i));
  }
}
