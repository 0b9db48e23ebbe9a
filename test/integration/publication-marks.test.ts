// Which generation is published, by whom and when, through the API (break 19 s28, F8): the lists of
// both document kinds mark it from the publication record, and the year's documents history reads
// who generated, published and withdrew which generation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { cognitoIdentityProvider } from '../../shared/identity/identity-provider.js';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { PublicationRepository } from '../../shared/store/publication-repository.js';
import { erasedName, erasePerson } from '../../shared/use-cases/erase-person.js';
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
      summary_th: `ถอนการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ${'๒'}`,
      atBangkok: THAI_NOW,
    });
    expect(published).toMatchObject({
      action: 'annual-report.publish',
      summary_th: 'เผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒',
    });
    expect(items.filter((i) => i.action === 'plan-document.publish')).toHaveLength(1);
    // generations are by the coordinator too, by name (the trigger's "person:" is not the actor)
    const made = items.filter((i) => i.action.endsWith('.generate'));
    expect(made).toHaveLength(6);
    expect(new Set(made.map((i) => i.actor.name))).toEqual(new Set(['คณะทำงาน ITA']));
    expect(made.map((i) => i.summary_th)).toContain('จัดทำเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ๓');
  });

  it.each([
    ['staff of กองคลัง', who.financeStaff],
    ['the head of กองคลัง', who.financeHead],
  ])('%s get 403', async (_, person) => {
    expect((await history(person)).status).toBe(403);
  });
});

describe('the publisher is named as when they published (names kept, as the history keeps them)', () => {
  const rename = (personId: string, name: string) =>
    call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.admin, body: { name } });
  const publisher = async (kind: DocumentKind, as: string = who.coordinator) =>
    (await list(kind, as)).body.published?.publishedBy as { personId: string; name: string } | undefined;

  it('the coordinator renamed after publishing: the lists still show the old name, to coordinators and executives', async () => {
    expect((await rename(who.coordinator, 'นายใหม่ ชื่อเปลี่ยน')).status).toBe(200);
    try {
      for (const as of [who.coordinator, who.executive, who.financeStaff])
        expect(await publisher('plan-document', as)).toEqual({ personId: who.coordinator, name: 'คณะทำงาน ITA' });
      // published after the rename: the new name
      const g = generations['annual-report'][2]!;
      const published = await call(f.handler, {
        method: 'POST',
        path: publicationPath('annual-report', 2566, g),
        as: who.coordinator,
      });
      expect(published.status).toBe(200);
      expect(await publisher('annual-report')).toEqual({ personId: who.coordinator, name: 'นายใหม่ ชื่อเปลี่ยน' });
      // renamed back: each keeps the name it was published under
      expect((await rename(who.coordinator, 'คณะทำงาน ITA')).status).toBe(200);
      expect(await publisher('annual-report')).toEqual({ personId: who.coordinator, name: 'นายใหม่ ชื่อเปลี่ยน' });
      expect(await publisher('plan-document')).toEqual({ personId: who.coordinator, name: 'คณะทำงาน ITA' });
    } finally {
      await rename(who.coordinator, 'คณะทำงาน ITA');
    }
  });

  it('a record written before names were kept shows the name today', async () => {
    const publications = new PublicationRepository(f.store);
    const [current] = (await publications.list('demo', 2566)).filter((p) => p.kind === 'plan-document');
    const { publishedByName, ...older } = current!;
    expect(publishedByName).toBe('คณะทำงาน ITA');
    await publications.put('demo', 2566, older);
    try {
      expect((await rename(who.coordinator, 'นางสาววันนี้ ชื่อปัจจุบัน')).status).toBe(200);
      expect(await publisher('plan-document')).toEqual({
        personId: who.coordinator,
        name: 'นางสาววันนี้ ชื่อปัจจุบัน',
      });
    } finally {
      await rename(who.coordinator, 'คณะทำงาน ITA');
      await publications.put('demo', 2566, current!);
    }
  });

  it('a publisher who left and asked to be erased: the list says the pseudonym, the table holds the name nowhere', async () => {
    const added = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: `deputy@${f.mailDomain}`, name: 'นายรองปลัด ลาออก', roles: ['coordinator'] },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const deputy = String(added.body.personId);
    const g = generations['plan-document'][2]!;
    expect(
      (await call(f.handler, { method: 'POST', path: publicationPath('plan-document', 2566, g), as: deputy })).status,
    ).toBe(200);
    expect(await publisher('plan-document')).toEqual({ personId: deputy, name: 'นายรองปลัด ลาออก' });
    expect(
      (
        await call(f.handler, {
          method: 'PUT',
          path: `/v1/people/${deputy}`,
          as: who.coordinator,
          body: { active: false },
        })
      ).status,
    ).toBe(200);
    const ctx = {
      orgs: new OrgRepository(f.store),
      feeds: new CalendarFeedRepository(f.store),
      identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
      actor: 'cli:admin',
      now: NOW,
    };
    await erasePerson(ctx, { orgId: 'demo', personId: deputy });
    expect(await publisher('plan-document')).toEqual({ personId: deputy, name: erasedName(deputy) });
    expect(await f.dump()).not.toContain('รองปลัด');
  });
});
