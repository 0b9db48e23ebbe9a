// Which generation is published, by whom and when, through the API (break 19 s28, F8): the lists of
// both document kinds mark it from the publication record, and the year's documents history reads
// who generated, published and withdrew which generation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationsPath, publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';

const NOW = bangkok('2023-10-02T09:00:00');
const THAI_NOW = '๒ ตุลาคม ๒๕๖๖ เวลา ๐๙:๐๐ น.';
let f: ApiFixture;

// Claimed and made directly (as publishing.test.ts does): this file is about what the lists say.
async function generate(kind: DocumentKind): Promise<number> {
  const request = { kind, orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  return generation;
}
const list = (kind: DocumentKind, as: string, query?: Record<string, string>) =>
  call(f.handler, { method: 'GET', path: generationsPath(kind, 2566), as, ...(query ? { query } : {}) });
const history = (as: string) =>
  call(f.handler, { method: 'GET', path: apiPath('/v1/fiscal-years/{fy}/documents/audit', { fy: 2566 }), as });

const mark = (kind: DocumentKind, generation: number) => ({
  generation,
  publishedAt: NOW.toISOString(),
  publishedAtBangkok: THAI_NOW,
  publishedBy: { personId: who.coordinator, name: 'คณะทำงาน ITA' },
  publicUrl: `https://ita.example.org/ita/demo/2566/${kind === 'plan-document' ? 'measures' : 'results'}.pdf`,
  pageUrl: 'https://ita.example.org/ita/demo/2566/',
});

const generations: Record<DocumentKind, number[]> = { 'annual-report': [], 'plan-document': [] };

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  for (const kind of ['plan-document', 'annual-report'] as const)
    for (let i = 0; i < 3; i++) generations[kind].push(await generate(kind));
}, 180_000);
afterAll(async () => f?.close());

describe('the lists of generations say which one is published, by whom and when', () => {
  it.each(['plan-document', 'annual-report'] as const)(
    "a published %s is marked in the coordinator's list with the coordinator's name and the Thai time; the others are not",
    async (kind) => {
      const [, middle] = generations[kind];
      expect(
        (await call(f.handler, { method: 'POST', path: publicationPath(kind, 2566, middle!), as: who.coordinator }))
          .status,
      ).toBe(200);
      const res = await list(kind, who.coordinator);
      expect(res.status).toBe(200);
      expect(res.body.published).toEqual(mark(kind, middle!));
      const marked = (res.body.items as { generation: number; published?: unknown }[]).filter((g) => g.published);
      expect(marked).toEqual([expect.objectContaining({ generation: middle, published: mark(kind, middle!) })]);
    },
  );

  it("a page that does not hold the published generation still says which one is (the executive's first page of one)", async () => {
    const res = await list('plan-document', who.executive, { limit: '1' });
    expect(res.body.items.map((g: { generation: number }) => g.generation)).toEqual([generations['plan-document'][2]]);
    expect(res.body.items[0].published).toBeUndefined();
    expect(res.body.published).toEqual(mark('plan-document', generations['plan-document'][1]!));
    expect(res.body.cursor).toBeTruthy();
  });

  it('staff of กองคลัง see the published generation with the same mark', async () => {
    const res = await list('annual-report', who.financeStaff);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        generation: generations['annual-report'][1],
        published: mark('annual-report', generations['annual-report'][1]!),
      }),
    ]);
  });

  it('after a withdrawal nothing is marked', async () => {
    const g = generations['annual-report'][1]!;
    expect(
      (
        await call(f.handler, {
          method: 'DELETE',
          path: publicationPath('annual-report', 2566, g),
          as: who.coordinator,
        })
      ).status,
    ).toBe(200);
    const res = await list('annual-report', who.coordinator);
    expect(res.body.published).toBeUndefined();
    expect(res.body.items.some((i: { published?: unknown }) => i.published)).toBe(false);
    expect((await list('annual-report', who.financeStaff)).body).toEqual({
      items: [],
      // where a publish would put it: the page's confirmation names it before anything is published
      publicUrl: 'https://ita.example.org/ita/demo/2566/results.pdf',
      pageUrl: 'https://ita.example.org/ita/demo/2566/',
    });
  });
});

describe("the year's documents history", () => {
  it('reads, newest first, who withdrew, published and generated which generation, in Thai', async () => {
    const res = await history(who.executive);
    expect(res.status).toBe(200);
    const items = res.body.items as {
      action: string;
      actor: { name: string };
      summary_th: string;
      atBangkok: string;
    }[];
    const [withdrawn, published] = items;
    expect(withdrawn).toMatchObject({
      action: 'annual-report.withdraw',
      actor: { personId: who.coordinator, name: 'คณะทำงาน ITA' },
      summary_th: `ยกเลิกการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ${'๒'}`,
      atBangkok: THAI_NOW,
    });
    expect(published).toMatchObject({
      action: 'annual-report.publish',
      summary_th: 'เผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๒',
    });
    expect(items.filter((i) => i.action === 'plan-document.publish')).toHaveLength(1);
    // generations are by the coordinator too, by name (the trigger's "person:" is not the actor)
    const made = items.filter((i) => i.action.endsWith('.generate'));
    expect(made).toHaveLength(6);
    expect(new Set(made.map((i) => i.actor.name))).toEqual(new Set(['คณะทำงาน ITA']));
    expect(made.map((i) => i.summary_th)).toContain('สร้างเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ๓');
  });

  it.each([
    ['staff of กองคลัง', who.financeStaff],
    ['the head of กองคลัง', who.financeHead],
  ])('%s get 403', async (_, person) => {
    expect((await history(person)).status).toBe(403);
  });
});
