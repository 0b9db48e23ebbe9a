// The seed plan is imported once a process and copied for each org (test/support/seed-plan.ts): a
// copy is what importing the document for that org gives, and what one test changes in its copy
// is not in the next.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../shared/domain/plan.js';
import { importSeedPlan, importSeedText, SEED_DOCUMENT } from '../support/seed-plan.js';

describe('the seed plan, imported once a process', () => {
  it('is, for each org, what importing the document for that org gives', () => {
    importSeedPlan('first-org');
    for (const orgId of ['demo', 'pvparts300', 'other']) {
      const fresh = importSeedText(readFileSync(SEED_DOCUMENT, 'utf8'), orgId);
      expect(importSeedPlan(orgId)).toEqual({ ...fresh, plan: Plan.parse(fresh.plan) });
    }
  });

  it('gives each caller its own copy: a measure added or a title changed in one is in no other', () => {
    const first = importSeedPlan('copy-a');
    const untouched = structuredClone(first.plan.measures);
    first.plan.measures[0]!.title = 'changed';
    first.plan.measures[0]!.followUps[0]!.text = 'changed';
    first.plan.measures.push({ ...first.plan.measures[1]!, measureId: 'added' });
    first.warnings.length = 0;
    const second = importSeedPlan('copy-a');
    expect(second.plan.measures).toEqual(untouched);
    expect(second.warnings).toEqual(importSeedText(readFileSync(SEED_DOCUMENT, 'utf8'), 'copy-a').warnings);
  });
});
