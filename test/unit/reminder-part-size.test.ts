// Tester s50 (P2): a batch was split only at 98 items (one DynamoDB transaction), so a unit's email
// of 98 reports, a card each, passed Gmail's 102 KB and was clipped. The parts deliverOnce makes
// (partSizes) keep every email within MAX_PART_BYTES as well, in order, every item once.
import { describe, expect, it } from 'vitest';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { ReminderBatch, TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { fitsOneEmail, MAX_PART_BYTES, partSizes } from '../../shared/mail/deliver-once.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { MAX_MARKERS_PER_MAIL } from '../../shared/store/outbox-repository.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
for (let k = 1; k <= 40; k++) plan.measures.push({ ...i10, measureId: `i10m${k}`, title: `${i10.title} ${k}` });
/** กองคลัง's reports due by 31 March 2023, overdue on 3 April. */
const overdue: TrackedObligation[] = expandPlan(plan, FIVE_UNITS)
  .filter((o) => o.unitId === 'finance' && o.dueDate <= '2023-03-31')
  .map((obligation) => ({ obligation, status: 'overdue' as const }));
const ctx = {
  orgName: 'เทศบาลตำบลดอนอะระง',
  unitNames: new Map([['finance', 'กองคลัง']]),
  measures: new Map(plan.measures.map((m) => [m.measureId, m])),
  today: '2023-04-03' as const,
  formUrl: 'https://ita.example.org',
};
const batch = (items: TrackedObligation[]): ReminderBatch => ({
  stage: 'overdue',
  audience: { kind: 'unit', unitId: 'finance' },
  items,
});
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe.each([98, 150, 300])("a unit's overdue email of %i reports, a card each", (n) => {
  const items = overdue.slice(0, n);
  const render = (part: TrackedObligation[], first: number, index: number, of: number) =>
    renderReminder({ ...batch(part), elsewhere: n - part.length, part: { index, of, first } }, ctx);

  it('goes out in parts each within the limit, in order, every report once', () => {
    expect(items).toHaveLength(n);
    // as one email of at most 98 it was past Gmail's 102 KB
    expect(bytes(renderReminder(batch(items.slice(0, MAX_MARKERS_PER_MAIL)), ctx).html)).toBeGreaterThan(102_400);
    const sizes = partSizes(items, (part, first, index) =>
      fitsOneEmail({ to: [], ...render(part, first, index, index + 1) }),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    // cut by size before the 98 of a claim
    expect(sizes[0]).toBeLessThan(MAX_MARKERS_PER_MAIL);
    let first = 1;
    sizes.forEach((size, k) => {
      expect(size).toBeLessThanOrEqual(MAX_MARKERS_PER_MAIL);
      const mail = render(items.slice(first - 1, first - 1 + size), first, k + 1, sizes.length);
      expect(bytes(mail.html)).toBeLessThanOrEqual(MAX_PART_BYTES);
      expect(bytes(mail.text)).toBeLessThanOrEqual(MAX_PART_BYTES);
      first += size;
    });
  });
});
