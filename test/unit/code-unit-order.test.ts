import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../shared/domain/code-unit-order.js';
import { obligationId } from '../../shared/domain/obligations.js';

const sign = (n: number) => Math.sign(n);
const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?$/);
const periodId = fc.oneof(
  fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'FY', 'ONCE'),
  fc
    .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const anObligationId = fc
  .tuple(fc.oneof(slug, fc.constantFrom('i4', 'i4-2', 'm1', 'm10')), fc.integer({ min: 1, max: 12 }), periodId, slug)
  .map(([measure, followUp, period, unit]) => obligationId(measure, followUp, period, unit));
const anInstant = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('ordering ids by code units', () => {
  it('orders slug ids as localeCompare does', () => {
    // with a shared start too, so that the ids differ past it (hyphens against letters and digits)
    fc.assert(
      fc.property(slug, slug, slug, (start, x, y) => {
        const [a, b] = [`${start}-${x}`, `${start}${y}`];
        return (
          sign(byCodeUnits(a, b)) === sign(a.localeCompare(b)) && sign(byCodeUnits(x, y)) === sign(x.localeCompare(y))
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('orders obligation ids, including period ids in capitals, as localeCompare does', () => {
    fc.assert(
      fc.property(anObligationId, anObligationId, (a, b) => sign(byCodeUnits(a, b)) === sign(a.localeCompare(b))),
      { numRuns: 5000 },
    );
    const sameMeasure = [
      'i4.f1.Q1.klang',
      'i4.f1.2023-04.klang',
      'i4.f1.FY.a',
      'i4.f1.ONCE.z',
      'i4.f10.H1.b',
      'i4-2.f1.Q1.a',
    ];
    expect([...sameMeasure].sort(byCodeUnits)).toEqual([...sameMeasure].sort((a, b) => a.localeCompare(b)));
  });

  it('orders ISO dates and instants as localeCompare does', () => {
    fc.assert(
      fc.property(anInstant, anInstant, (a, b) =>
        [
          [a, b],
          [a.slice(0, 10), b.slice(0, 10)],
        ].every(([x, y]) => sign(byCodeUnits(x!, y!)) === sign(x!.localeCompare(y!))),
      ),
      { numRuns: 5000 },
    );
  });
});
