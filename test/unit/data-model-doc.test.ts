// docs/data-model.md names every key builder of shared/store/keys.ts, one table row each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedKeys, keys } from '../../shared/store/keys.js';
import { repoRoot } from '../support/local-system.js';

const doc = readFileSync(join(repoRoot, 'docs', 'data-model.md'), 'utf8');
const items = doc.slice(doc.indexOf('## Items'), doc.indexOf('## Access patterns'));

describe('docs/data-model.md', () => {
  it('names every key builder, and has one item row for each', () => {
    const named = [...items.matchAll(/`((?:keys|feedKeys)\.\w+)`/g)].map((m) => m[1]);
    const builders = [
      // a sort-key prefix (a Query's begins_with) is no item: named under Access patterns instead
      ...Object.keys(keys)
        .filter((name) => !name.endsWith('Prefix'))
        .map((name) => `keys.${name}`),
      ...['feed', 'count', 'byToken'].map((name) => `feedKeys.${name}`),
    ];
    expect(Object.keys(feedKeys).sort()).toEqual(['byToken', 'count', 'feed', 'ownerPrefix']);
    expect([...named].sort()).toEqual([...builders].sort());
    const rows = items.split('\n').filter((line) => /^\| [^-\s]/.test(line) && !line.startsWith('| item '));
    expect(rows.length).toBe(builders.length);
  });

  it('names each sort-key prefix builder under Access patterns', () => {
    const patterns = doc.slice(doc.indexOf('## Access patterns'));
    for (const name of Object.keys(keys).filter((k) => k.endsWith('Prefix')))
      expect(patterns, name).toContain(`\`keys.${name}\``);
  });
});
