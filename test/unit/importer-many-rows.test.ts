// Many short rows (review 17 s12, S12-6): 40,000 rows of one letter took 48 s, because rows were
// grouped by table (and by header) by copying the group for every row. Grouping is now in place
// (grouping.ts); the speed is measured by `npm run bench` (importer, 1 MB of short rows). These
// tests hold what such a document gives.
import { describe, expect, it } from 'vitest';
import { addToGroup } from '../../shared/import/grouping.js';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

describe('a document of many short rows', () => {
  it('40,000 one-letter rows after two measures: the first 500 measures kept, the rest said dropped', async () => {
    const rows = [HEADER, M4, M5, ...Array.from({ length: 40_000 }, () => ['ก', '', '', '', ''])];
    const r = await preview(tsv(rows));
    expect(r.plan.measures).toHaveLength(500);
    expect(r.plan.measures.slice(0, 2).map((m) => m.measureId)).toEqual(['i4', 'i5']);
    expect(r.warnings.at(-1)!.code).toBe('more-warnings');
    expect(r.warnings.some((w) => w.code === 'measures-dropped')).toBe(true);
  });

  it('groups keep their rows in order, one list per key, added to in place', () => {
    const groups = new Map<string, number[]>();
    addToGroup(groups, 'a', 1);
    const a = groups.get('a');
    addToGroup(groups, 'b', 2);
    addToGroup(groups, 'a', 3);
    expect([...groups]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
    expect(groups.get('a')).toBe(a);
  });
});
