// Issue 19, faults 3 and 4 and the plan document's generations: who may generate, the daily limit,
// generation numbers that do not depend on the list, and drafts that staff cannot read.
import { createHash } from 'node:crypto';
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_GENERATION_LIMIT, type DocumentKind } from '../../shared/domain/document-kinds.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { DOCUMENT_FILES } from '../../shared/documents/report-files.js';
import { fyPartition, keys, prefixes } from '../../shared/store/keys.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationFilePath, generationsPath, publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';

const NOW = bangkok('2023-10-02T09:00:00');
const fy = 2566;
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
}, 60_000);
afterAll(async () => f?.close());

const get = (path: string, as: string, query?: Record<string, string>) =>
  call(f.handler, { method: 'GET', path, as, ...(query ? { query } : {}) });
const post = (path: string, as: string) => call(f.handler, { method: 'POST', path, as });
const generations = (kind: DocumentKind) => generationsPath(kind, fy);
const file = (kind: DocumentKind, generation: number, name: string) => generationFilePath(kind, fy, generation, name);
const publishPlan = (generation: number) => publicationPath('plan-document', fy, generation);

/** `count` ready generations written directly, as years of regenerating leave them (five files each). */
async function seedGenerations(kind: DocumentKind, fy: number, count: number) {
  const files = Object.entries(DOCUMENT_FILES['annual-report']).map(([name, contentType], n) => ({
    name,
    contentType,
    size: 100_000 + n,
    sha256: createHash('sha256').update(name).digest('hex'),
  }));
  const items = Array.from({ length: count }, (_, i) => ({
    ...keys.generation(kind, 'demo', fy, i + 1),
    type: kind,
    generation: i + 1,
    status: 'ready',
    startedAt: NOW.toISOString(),
    generatedAt: NOW.toISOString(),
    trigger: `person:${who.coordinator}`,
    files,
  }));
  for (let i = 0; i < items.length; i += 25) {
    await f.store.doc.send(
      new BatchWriteCommand({
        RequestItems: { [f.store.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
}

describe('generation numbers (fault 3: claiming read one page of the list)', () => {
  it('the 1,001st generation of a year can still be claimed, and the list pages newest first', async () => {
    await seedGenerations('annual-report', 2566, 1000);
    const res = await post(generations('annual-report'), who.coordinator);
    expect(res.status).toBe(202);
    expect(res.body.generation).toBe(1001);
    await f.documentsSettled();

    const first = await get(generations('annual-report'), who.coordinator, { limit: '50' });
    expect(first.body.items.map((g: { generation: number }) => g.generation)).toEqual(
      Array.from({ length: 50 }, (_, i) => 1001 - i),
    );
    expect(first.body.items[0].status).toBe('ready');
    const second = await get(generations('annual-report'), who.coordinator, { limit: '50', cursor: first.body.cursor });
    expect(second.body.items[0].generation).toBe(951);
    expect(second.body.items).toHaveLength(50);
    const last = await get(generations('annual-report'), who.executive, {
      limit: '100',
      cursor: Buffer.from('g101').toString('base64url'),
    });
    expect(last.body.items.map((g: { generation: number }) => g.generation)).toEqual(
      Array.from({ length: 100 }, (_, i) => 100 - i),
    );
    expect(last.body.cursor).toBeUndefined();
  });

  it('with 1,600 generations (more than one 1 MB Query page holds) the 1,601st is claimed', async () => {
    await seedGenerations('plan-document', 2567, 1600);
    // the old claim took "last of one Query page + 1": that page no longer holds them all
    const onePage = await f.store.doc.send(
      new QueryCommand({
        TableName: f.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': fyPartition('demo', 2567), ':p': prefixes.generation('plan-document') },
      }),
    );
    expect(onePage.LastEvaluatedKey).toBeDefined();
    const repo = new DocumentGenerationRepository(f.store);
    const request = { kind: 'plan-document', orgId: 'demo', fy: 2567, trigger: 'person:test', now: NOW } as const;
    expect(await repo.claim(request)).toEqual({ generation: 1601, fresh: true });
    expect(await repo.claim(request)).toEqual({ generation: 1602, fresh: true });
  });

  it('the next number comes from the year counter (one item), not from the list', async () => {
    const { Item } = await f.store.doc.send(
      new GetCommand({ TableName: f.store.tableName, Key: keys.generationCounter('annual-report', 'demo', 2566) }),
    );
    expect(Item?.last).toBe(1001);
  });

  it('ten concurrent claims get ten different numbers, each claimed once', async () => {
    const repo = new DocumentGenerationRepository(f.store);
    const claims = await Promise.all(
      Array.from({ length: 10 }, () =>
        repo.claim({ kind: 'plan-document', orgId: 'demo', fy: 2566, trigger: 'person:test', now: NOW }),
      ),
    );
    expect(claims.map((c) => c.generation).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(['bm90LWEtY3Vyc29y', 'Zzk5OTk5OTk', 'ZzA'])('a cursor that is not ours (%s) is 400, not 500', async (c) => {
    const res = await get(generations('annual-report'), who.coordinator, { cursor: c });
    expect(res.status).toBe(400);
    expect(res.body.error.message_th).toBeTruthy();
  });
});

describe('who may generate (fault 3: executives could generate)', () => {
  it.each([
    ['an executive', who.executive],
    ['staff of กองคลัง', who.financeStaff],
    ['the head of กองคลัง', who.financeHead],
    ['an admin', who.admin],
  ])('%s gets 403 on generating either document, and nothing is claimed', async (_, person) => {
    for (const kind of ['annual-report', 'plan-document'] as const) {
      const before = (await new DocumentGenerationRepository(f.store).list(kind, 'demo', 2566)).length;
      const res = await post(generations(kind), person);
      expect(res.status, kind).toBe(403);
      expect(res.body.error.message_th).toMatch(/[ก-๙]/);
      expect((await new DocumentGenerationRepository(f.store).list(kind, 'demo', 2566)).length).toBe(before);
    }
  });
});

describe('the daily limit per org and year (fault 3: anyone could burn generations)', () => {
  const day = (date: string, requests: number) =>
    f.store.doc.send(
      new PutCommand({
        TableName: f.store.tableName,
        Item: { ...keys.generationDay('plan-document', 'demo', 2566, date), requests },
      }),
    );

  it(`the ${DAILY_GENERATION_LIMIT}th request of the day is made, the next answers 429 in Thai, and nothing is claimed`, async () => {
    await day('2023-10-02', DAILY_GENERATION_LIMIT - 1);
    expect((await post(generations('plan-document'), who.coordinator)).status).toBe(202);
    await f.documentsSettled();
    const before = await new DocumentGenerationRepository(f.store).list('plan-document', 'demo', 2566);
    const res = await post(generations('plan-document'), who.coordinator);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('too_many_requests');
    expect(res.body.error.message_th).toContain('ครบ ๒๐ ครั้งแล้ว');
    expect(res.body.error.message_th).toContain('วันพรุ่งนี้');
    expect(await new DocumentGenerationRepository(f.store).list('plan-document', 'demo', 2566)).toEqual(before);
  });

  it("the limit is per document kind and per day: the results report and yesterday's count do not block", async () => {
    await day('2023-10-01', DAILY_GENERATION_LIMIT);
    const res = await post(generations('annual-report'), who.coordinator);
    expect(res.status).toBe(202);
    await f.documentsSettled();
  });
});

describe('the plan document and drafts (fault 4: staff read every unit’s drafts)', () => {
  let planGeneration: number;
  let reportGeneration: number;

  it('a coordinator generates the plan document: PDF, DOCX, plan.json and a manifest', async () => {
    const repo = new DocumentGenerationRepository(f.store);
    // the day's requests are used up by the test above: produce it as the schedule would
    const request = { kind: 'plan-document', orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
    planGeneration = (await repo.claim({ ...request, now: NOW })).generation;
    await f.documents.produce({ ...request, generation: planGeneration, asOf: NOW });
    const ready = await repo.get('plan-document', 'demo', 2566, planGeneration);
    expect(ready?.status).toBe('ready');
    expect(ready?.files?.map((x) => x.name)).toEqual(['plan.pdf', 'plan.docx', 'plan.json', 'manifest.json']);
    const model = JSON.parse(
      Buffer.from(await f.files.get(`demo/2566/plan-document/${planGeneration}/plan.json`)).toString('utf8'),
    );
    expect(model.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลดอนอะระง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    const link = await get(file('plan-document', planGeneration, 'plan.pdf'), who.coordinator);
    expect(link.status).toBe(200);
    const pdf = Buffer.from(await (await fetch(link.body.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    reportGeneration = (await get(generations('annual-report'), who.coordinator, { limit: '1' })).body.items[0]
      .generation;
  });

  it.each([
    ['staff of กองคลัง', who.financeStaff],
    ['staff of กองช่าง', who.engineeringStaff],
    ['the head of กองคลัง', who.financeHead],
  ])('%s gets 403 on every file of unpublished generations and sees none listed', async (_, person) => {
    for (const path of [
      file('annual-report', reportGeneration, 'report.json'),
      file('annual-report', reportGeneration, 'report.csv'),
      file('annual-report', reportGeneration, 'report.pdf'),
      file('plan-document', planGeneration, 'plan.json'),
    ]) {
      const res = await get(path, person);
      expect(res.status, path).toBe(403);
      expect(res.body.error.message_th).toContain('ยังไม่เผยแพร่');
      expect(JSON.stringify(res.body)).not.toContain('X-Amz-Signature');
    }
    expect((await get(generations('annual-report'), person)).body.items).toEqual([]);
    expect((await get(generations('plan-document'), person)).body.items).toEqual([]);
  });

  it.each([
    ['staff of กองคลัง', who.financeStaff],
    ['the head of กองคลัง', who.financeHead],
  ])('%s gets 403 on publishing and withdrawing the plan document', async (_, person) => {
    expect((await post(publishPlan(planGeneration), person)).status).toBe(403);
    const withdraw = await call(f.handler, {
      method: 'DELETE',
      path: publishPlan(planGeneration),
      as: person,
    });
    expect(withdraw.status).toBe(403);
  });

  it('once a coordinator publishes it, measures.pdf and .docx serve it and staff see that generation only', async () => {
    const res = await post(publishPlan(planGeneration), who.coordinator);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'plan-document',
      generation: planGeneration,
      published: true,
      publicUrl: 'https://ita.example.org/ita/demo/2566/measures.pdf',
    });
    const served = await f.publicFiles.get('ita/demo/2566/measures.pdf');
    const own = await f.files.get(`demo/2566/plan-document/${planGeneration}/plan.pdf`);
    expect(Buffer.from(served!.body).equals(Buffer.from(own))).toBe(true);
    expect((await f.publicFiles.get('ita/demo/2566/measures.docx'))?.contentType).toMatch(/wordprocessingml/);
    // saved as the O42 item of this org and year, not measures.pdf
    expect(served?.contentDisposition).toBe(
      `inline; filename="measures-demo-2566.pdf"; filename*=UTF-8''${encodeURIComponent('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลดอนอะระง 2566.pdf')}`,
    );
    const page = Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
    expect(page).toContain('href="measures.pdf"');

    expect((await get(file('plan-document', planGeneration, 'plan.json'), who.financeStaff)).status).toBe(200);
    expect((await get(file('plan-document', 1, 'plan.json'), who.financeStaff)).status).toBe(403);
    const listed = await get(generations('plan-document'), who.financeStaff);
    expect(listed.body.items.map((g: { generation: number }) => g.generation)).toEqual([planGeneration]);
    // the results report is still unpublished
    expect((await get(file('annual-report', reportGeneration, 'report.json'), who.financeStaff)).status).toBe(403);
  });
});
