// Every action an audit entry may name: the one list writers are typed by and summaries cover.
import { DOCUMENT_KINDS, type DocumentKind } from './document-kinds.js';

const FIXED_ACTIONS = [
  'report.submit',
  'report.revise',
  'report.accept',
  'report.return',
  'report.reopen',
  'plan.save',
  'plan.itaScores',
  'person.add',
  'person.update',
  'person.put',
  'person.erase',
  'person.invite',
  'unit.add',
  'unit.update',
  'unit.put',
  'org.put',
  'org.dueRule',
  'org.closureDays',
  'org.chiefExecutive',
  'mail.sent',
  'mail.dropped',
  'mail.given-up',
] as const;

/** What can happen to one generated document kind: generated, published, withdrawn, its signed copy attached or removed. */
export const DOCUMENT_ACTIONS = ['generate', 'publish', 'withdraw', 'sign', 'unsign'] as const;

/** e.g. 'report.reopen', 'annual-report.publish'. */
export type AuditAction = (typeof FIXED_ACTIONS)[number] | `${DocumentKind}.${(typeof DOCUMENT_ACTIONS)[number]}`;

/** Every audit action, for tests and readers that must cover them all. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...FIXED_ACTIONS,
  ...DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_ACTIONS.map((a) => `${kind}.${a}` as const)),
];
