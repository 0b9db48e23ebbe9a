// Every DynamoDB key of the single table is built here, and only here.
//
// A whole fiscal year of one org lives in one partition (ORG#{org}#FY#{fy}), so the annual report
// is one paginated Query. Orgs are listed from the ORGS partition, never by Scan.
import { createHash } from 'node:crypto';
import { type DocumentKind, MAX_GENERATION } from '../domain/document-kinds.js';
import { OrgId, UnitId } from '../domain/ids.js';
import { matchKey } from '../import/thai-text.js';

export interface Key {
  pk: string;
  sk: string;
}

function org(orgId: string): string {
  // A "#" in an id could reach another org's keys; ids are slugs, checked here as a last line.
  return OrgId.parse(orgId);
}

function fy(value: number): number {
  if (!Number.isInteger(value) || value < 2500 || value > 2800) throw new RangeError(`bad fiscal year ${value}`);
  return value;
}

function segment(value: string, what: string): string {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(value)) throw new RangeError(`bad ${what} in a key`);
  return value;
}

/** An email as keys hold it: trimmed, lower case. */
export const normalisedEmail = (email: string) => email.trim().toLowerCase();

function emailSegment(email: string): string {
  const value = normalisedEmail(email);
  if (!/^[^\s]{3,254}$/.test(value)) throw new RangeError('bad email in a key');
  return value;
}

/**
 * A unit's name or alias as claims hold it: NFKC (fullwidth "ＩＴ" is "IT"), then the importer's
 * matchKey (one Thai spelling, Thai digits as 0-9, no spaces or zero-width characters), then lower
 * case, so two names the plan importer cannot tell apart, or that differ only in letter case or
 * width ("IT Center", "it center", "ＩＴ Ｃｅｎｔｅｒ"), are one claim. Only the key is folded: the
 * name is stored and shown as typed. Text that is all invisible keeps its NFKC form.
 * Claims written before case folding (e.g. UNITNAME#ITCenter) are never read again; the use case
 * compares names against the units themselves first (manage-units assertNamesFree).
 */
export function unitNameKey(name: string): string {
  const compatible = name.normalize('NFKC');
  const value = (matchKey(compatible) || compatible.trim()).toLowerCase();
  if (value.length === 0) throw new RangeError('bad name in a key');
  // NFKC can lengthen a name the schema let through (e.g. U+0344 becomes two marks, "㍿" four
  // letters): a long key is its SHA-256, so equal names still meet and the sort key stays small
  return value.length > 200 ? `sha256:${createHash('sha256').update(value).digest('hex')}` : value;
}

/**
 * A number in a sort key, zero-padded to `width` digits so keys sort as the numbers do. A number
 * that needs more digits (or is not a whole number >= 0) throws RangeError: it would sort out of
 * place (10000 before 1001) and no path could name it, so each numbered id keeps to its bound.
 */
function pad(n: number, width: number): string {
  const digits = String(n);
  if (!Number.isSafeInteger(n) || n < 0 || digits.length > width) throw new RangeError(`bad number ${n} in a key`);
  return digits.padStart(width, '0');
}

/** Generation numbers' digits in keys: MAX_GENERATION's. */
const GENERATION_DIGITS = String(MAX_GENERATION).length;

// The annual report kept its first sort keys (ANNUAL#, ANNUALRUN#); later kinds are DOC#{kind}#.
const generationPrefix = (kind: DocumentKind) =>
  kind === 'annual-report' ? 'ANNUAL#' : `DOC#${segment(kind, 'document kind')}#`;
const generationRunPrefix = (kind: DocumentKind) =>
  kind === 'annual-report' ? 'ANNUALRUN#' : `DOCRUN#${segment(kind, 'document kind')}#`;

export const orgsPartition = 'ORGS';
export const orgPartition = (orgId: string) => `ORG#${org(orgId)}`;
export const fyPartition = (orgId: string, fiscalYear: number) => `ORG#${org(orgId)}#FY#${fy(fiscalYear)}`;

export const keys = {
  org: (orgId: string): Key => ({ pk: orgsPartition, sk: `ORG#${org(orgId)}` }),
  unit: (orgId: string, unitId: string): Key => ({ pk: orgPartition(orgId), sk: `UNIT#${UnitId.parse(unitId)}` }),
  person: (orgId: string, personId: string): Key => ({
    pk: orgPartition(orgId),
    sk: `PERSON#${segment(personId, 'person id')}`,
  }),
  plan: (orgId: string, fiscalYear: number): Key => ({ pk: fyPartition(orgId, fiscalYear), sk: 'PLAN' }),
  /**
   * A measure of one plan revision: MEASURE#{rev}#{measureId}. The plan header names its current
   * revision, so a new plan is written beside the old one and switched to in one write.
   * Without `rev`: plans saved before revisions existed (MEASURE#{measureId}).
   */
  measure: (orgId: string, fiscalYear: number, measureId: string, rev?: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: rev
      ? `MEASURE#${segment(rev, 'plan revision')}#${segment(measureId, 'measure id')}`
      : `MEASURE#${segment(measureId, 'measure id')}`,
  }),
  report: (orgId: string, fiscalYear: number, obligationId: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `REPORT#${segment(obligationId, 'obligation id')}`,
  }),
  reportVersion: (orgId: string, fiscalYear: number, obligationId: string, version: number): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `HISTORY#${segment(obligationId, 'obligation id')}#V#${pad(version, 6)}`,
  }),
  /** A submission's Idempotency-Key, scoped by caller and obligation (hashed); expires by TTL. */
  idempotency: (orgId: string, fiscalYear: number, scopeHash: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `IDEMPOTENCY#${segment(scopeHash, 'idempotency scope')}`,
  }),
  /** "This reminder stage of this obligation (or summary) was sent to this audience": claimed before sending. */
  sentMarker: (orgId: string, fiscalYear: number, stage: string, recipient: string, subjectId: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `SENT#${segment(stage, 'stage')}#${segment(recipient, 'recipient')}#${segment(subjectId, 'subject')}`,
  }),
  /** The sort-key prefix of one stage's send markers to one recipient (their subject ids follow). */
  sentMarkerPrefix: (stage: string, recipient: string): string =>
    `SENT#${segment(stage, 'stage')}#${segment(recipient, 'recipient')}#`,
  /** Emails claimed but not yet confirmed sent (or failed): retried by the next run. */
  outbox: (orgId: string, mailId: string): Key => ({
    pk: `ORG#${org(orgId)}#OUTBOX`,
    sk: `MAIL#${segment(mailId, 'mail id')}`,
  }),
  /**
   * One generation of a document (e.g. the annual results report); numbered from 1 to
   * MAX_GENERATION, never reused (RangeError past it).
   */
  generation: (kind: DocumentKind, orgId: string, fiscalYear: number, generation: number): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `${generationPrefix(kind)}${pad(generation, GENERATION_DIGITS)}`,
  }),
  /** A scheduled run of a document kind, claimed once per scheduled time. */
  generationRun: (kind: DocumentKind, orgId: string, fiscalYear: number, scheduledTime: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `${generationRunPrefix(kind)}${segment(scheduledTime.replace(/:/g, '-'), 'scheduled time')}`,
  }),
  /**
   * The last generation number claimed of a document kind (attribute `last`, raised by UpdateItem
   * ADD): claiming never reads the list. Outside the generations' prefix and the year's range.
   */
  generationCounter: (kind: DocumentKind, orgId: string, fiscalYear: number): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `GENCOUNT#${segment(kind, 'document kind')}`,
  }),
  /** How many generations of a kind people asked for on one Bangkok day (`YYYY-MM-DD`); expires by TTL. */
  generationDay: (kind: DocumentKind, orgId: string, fiscalYear: number, day: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `GENDAY#${segment(kind, 'document kind')}#${segment(day, 'day')}`,
  }),
  /**
   * Last year's ITA scores that the plan of `fiscalYear` answers (one item). `ITASCORES` sorts
   * before MEASURE#, outside the year's range (yearRange).
   */
  itaScores: (orgId: string, fiscalYear: number): Key => ({ pk: fyPartition(orgId, fiscalYear), sk: 'ITASCORES' }),
  /**
   * An earlier version of the year's plan, kept when a save replaced it (gzip'd JSON), to be
   * restored from the plan's history (review 17 s14, S14-17). A partition of its own: the year's
   * Queries (yearRange, the plan's MEASURE#…PLAN) never read these large items.
   */
  planVersion: (orgId: string, fiscalYear: number, version: number): Key => ({
    pk: `${fyPartition(orgId, fiscalYear)}#PLANVERSIONS`,
    sk: `V#${pad(version, 6)}`,
  }),
  /** The generation of a document now published at its public address (one item per kind). */
  publication: (orgId: string, fiscalYear: number, kind: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `ITAPUB#${segment(kind, 'document kind')}`,
  }),
  /**
   * "A publish or withdraw of this document (`scope`: a published kind), or a write of the year's
   * ITA page (`scope`: 'ita-page'), is under way": put only when absent or expired (`expiresAt`,
   * epoch seconds), deleted by its holder when done. Sorts outside the year's range (yearRange).
   */
  publishingLease: (orgId: string, fiscalYear: number, scope: string): Key => ({
    pk: fyPartition(orgId, fiscalYear),
    sk: `LEASE#ITAPUB#${segment(scope, 'lease scope')}`,
  }),
  /**
   * "This email belongs to this person in this org": written with every person, under the
   * condition that it is absent or already theirs, so two concurrent adds of one email cannot both
   * succeed. The email is normalised (trimmed, lower case), as the email index is.
   */
  personEmail: (orgId: string, email: string): Key => ({
    pk: orgPartition(orgId),
    sk: `EMAILOF#${emailSegment(email)}`,
  }),
  /**
   * "This name belongs to this active unit": one item for the name and one for each alias, written
   * with the unit while it is active (condition: absent or already this unit's), deleted when the
   * unit drops the name or is deactivated. By unitNameKey, so one claim per name as the importer reads it.
   */
  unitName: (orgId: string, name: string): Key => ({
    pk: orgPartition(orgId),
    sk: `UNITNAME#${unitNameKey(name)}`,
  }),
  /**
   * A unit's membership revision (attribute `rev`): raised in the same transaction as every person
   * who becomes active in the unit, so a deactivation that counted no active people can be
   * written on condition that nobody joined since (UNITPEOPLE# sorts apart from UNIT#).
   */
  unitPeople: (orgId: string, unitId: string): Key => ({
    pk: orgPartition(orgId),
    sk: `UNITPEOPLE#${UnitId.parse(unitId)}`,
  }),
  /**
   * The send-rate bucket of one SES account and region (attribute `nextSlot`, µs since the epoch),
   * shared by every worker: shared/store/send-rate-bucket.ts. Outside every org's partitions.
   */
  sendRate: (scope: string): Key => ({ pk: `SENDRATE#${segment(scope, 'send rate scope')}`, sk: 'BUCKET' }),
  /** Audit entries: one partition per org and month, newest last. */
  audit: (orgId: string, at: Date, entryId: string): Key => ({
    pk: `ORG#${org(orgId)}#AUDIT#${at.toISOString().slice(0, 7)}`,
    sk: `AUDIT#${at.toISOString()}#${segment(entryId, 'entry id')}`,
  }),
};

/** Sort-key prefixes for Queries. */
export const prefixes = {
  org: 'ORG#',
  unit: 'UNIT#',
  person: 'PERSON#',
  measure: 'MEASURE#',
  report: 'REPORT#',
  reportHistory: (obligationId: string) => `HISTORY#${segment(obligationId, 'obligation id')}#V#`,
  audit: 'AUDIT#',
  outbox: 'MAIL#',
  sentMarker: 'SENT#',
  generation: generationPrefix,
  publication: 'ITAPUB#',
};

/**
 * One Query reads an org's people and units: sort keys PERSON#… UNIT#… (nothing else of the org's
 * partition sorts between them: EMAILOF# before, UNITNAME# and UNITPEOPLE# after 'UNIT$').
 */
export const membersRange = { from: prefixes.person, to: 'UNIT$' } as const;

export const outboxPartition = (orgId: string) => `ORG#${org(orgId)}#OUTBOX`;

/** One Query reads a year's plan, measures and latest reports: sort keys MEASURE#… PLAN … REPORT#…. */
export const yearRange = { from: 'MEASURE#', to: 'REPORT$' } as const;

/** Secondary-index keys: a person by identity-provider subject, and by email. */
export const indexKeys = {
  personBySubject: (personId: string, orgId: string) => ({
    gsi1pk: `SUB#${segment(personId, 'person id')}`,
    gsi1sk: `ORG#${org(orgId)}`,
  }),
  subjectPartition: (personId: string) => `SUB#${segment(personId, 'person id')}`,
  personByEmail: (email: string, orgId: string) => ({
    gsi2pk: `EMAIL#${normalisedEmail(email)}`,
    gsi2sk: `ORG#${org(orgId)}`,
  }),
  emailPartition: (email: string) => `EMAIL#${normalisedEmail(email)}`,
  /**
   * The audit entries of one target (a report, a plan, a person), newest first by `gsi1sk`.
   * gsi1 is overloaded: person items use it by subject (SUB#), audit items by target (AUDITOF#).
   * Reports are per fiscal year (an obligation id like "i4.f1.FY.finance" repeats across years).
   */
  auditOf: (orgId: string, target: string, fiscalYear?: number) =>
    `AUDITOF#${org(orgId)}${fiscalYear === undefined ? '' : `#FY#${fy(fiscalYear)}`}#${auditTarget(target)}`,
  /**
   * The audit entries a person wrote (gsi2, `AUDITBY#…`): the entries that hold their name as
   * actor (`actorName`), found by erasure (shared/store/audit-erasure.ts) without a Scan. gsi2 is
   * overloaded: person items use it by email (EMAIL#), audit items by actor (AUDITBY#).
   */
  auditBy: (orgId: string, personId: string) => `AUDITBY#${org(orgId)}#${segment(personId, 'person id')}`,
  /** `sequence` orders entries written in the same millisecond by one process */
  auditOfSort: (at: Date, sequence: bigint, entryId: string) =>
    `${at.toISOString()}#${sequence.toString().padStart(20, '0')}#${segment(entryId, 'entry id')}`,
};

function auditTarget(target: string): string {
  if (!/^[a-z-]{1,40}:[A-Za-z0-9._-]{1,200}$/.test(target)) throw new RangeError('bad audit target in a key');
  return target;
}

/** Calendar feeds: the owner's list under the org, and a lookup item by the token's SHA-256. */
export const feedKeys = {
  feed: (orgId: string, personId: string, feedId: string): Key => ({
    pk: orgPartition(orgId),
    sk: `FEED#${segment(personId, 'person id')}#${segment(feedId, 'feed id')}`,
  }),
  ownerPrefix: (personId: string) => `FEED#${segment(personId, 'person id')}#`,
  /** how many feeds the person has: raised and lowered in the same transaction as a feed's items */
  count: (orgId: string, personId: string): Key => ({
    pk: orgPartition(orgId),
    sk: `FEEDCOUNT#${segment(personId, 'person id')}`,
  }),
  byToken: (tokenHash: string): Key => ({ pk: `FEEDTOKEN#${segment(tokenHash, 'token hash')}`, sk: 'FEEDTOKEN' }),
};
