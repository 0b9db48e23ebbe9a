// Settling an email (sent, dropped, given up) writes the outbox item and its audit entry in one
// transaction. One that meets another transaction (TransactionConflict) is tried again, so a sent
// email is never left "claimed" (and sent again by the next run). DynamoDB Local serialises
// transactions: the conflict is made at the SDK level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../shared/store/audit-log.js';
import { OutboxRepository } from '../../shared/store/outbox-repository.js';
import { conflictTransactions } from '../support/fault-injection.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

let store: TestStore;
let outbox: OutboxRepository;
beforeAll(async () => {
  store = await createTestStore();
  outbox = new OutboxRepository(store);
});
afterAll(async () => store?.drop());

const now = new Date('2026-12-01T01:30:00Z');
let n = 0;
async function claimed() {
  const mailId = `mail-${++n}`;
  const out = await outbox.claim({
    orgId: 'demo',
    mailId,
    markers: [{ fy: 2570, stage: 'due-soon', recipient: `p${n}`, subjectId: `o${n}` }],
    recipe: { kind: 'reminder' },
    recipient: 's***@example.org',
    what: 'due-soon',
    leaseUntil: now.getTime() + 60_000,
    now,
  });
  expect(out.claimed).toBe(true);
  return mailId;
}
const settle = { orgId: 'demo', actor: 'job:daily', now, what: 'due-soon' };

describe('an email settled while another transaction holds its outbox item', () => {
  it.each([
    ['sent', (mailId: string) => outbox.settleSent({ ...settle, mailId, messageId: 'ses-1' }), 'mail.sent'],
    ['dropped', (mailId: string) => outbox.settleDropped({ ...settle, mailId, reason: 'settled' }), 'mail.dropped'],
    ['given up', (mailId: string) => outbox.settleGivenUp({ ...settle, mailId, reason: 'bounced' }), 'mail.given-up'],
  ])('%s: tried again, settled once and audited once', async (_name, act, action) => {
    const mailId = await claimed();
    const conflicts = conflictTransactions(store.doc, 2);
    try {
      await act(mailId);
      expect(conflicts.injected).toBe(2);
    } finally {
      conflicts.remove();
    }
    const left = (await outbox.pending('demo')).filter((i) => i.mailId === mailId);
    expect(left.map((i) => i.status)).toEqual(action === 'mail.given-up' ? ['given-up'] : []);
    const audited = (await auditTrail(store, 'demo', now)).filter((e) => e.target === `mail:${mailId}`);
    expect(audited.map((e) => e.action)).toEqual([action]);
  });
});
