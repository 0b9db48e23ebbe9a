// Publishing and withdrawing at the same time, and republishing to repair the public copies.
// Real concurrent requests (Promise.all) through the API handler, on DynamoDB Local and the S3
// emulator. After every round, what the public area serves must be one generation's PDF and DOCX,
// the same generation the publication record and the ITA page name, or nothing at all.
import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind as PublishedKind } from '../../shared/domain/document-kinds.js';
import { thaiFileSize } from '../../shared/domain/thai-format.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { keys } from '../../shared/store/keys.js';
import { PublicationRepository } from '../../shared/store/publication-repository.js';
import { call, type ApiResponse } from '../support/api-events.js';
import {
  afterCall,
  type CallMatch,
  conflictTransactions,
  holdFirstCall,
  injectLatency,
} from '../support/fault-injection.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

const NOW = bangkok('2023-10-02T09:00:00');
const PUBLIC_NAME = { 'annual-report': 'results', 'plan-document': 'measures' } as const;
const SOURCE = { 'annual-report': 'report', 'plan-document': 'plan' } as const;
const ROUNDS = 4;
/**
 * per call, S3 and DynamoDB, while requests run at once (atOnce): enough to vary the interleaving of
 * two requests. Not on the rest (the checks, the requests one at a time): there it was only waiting,
 * about 20 ms a call on some 1,300 calls.
 */
const JITTER_MS = 40;

let f: ApiFixture;
const results: number[] = [];
const plans: number[] = [];
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// Generated directly (not through the API): this file is about publishing.
const generate = async (kind: PublishedKind) => {
  const request = { kind, orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  return generation;
};
const publish = (kind: PublishedKind, generation: number) =>
  call(f.handler, {
    method: 'POST',
    path: publicationPath(kind, 2566, generation),
    as: who.coordinator,
  });
const withdraw = (kind: PublishedKind, generation: number) =>
  call(f.handler, {
    method: 'DELETE',
    path: publicationPath(kind, 2566, generation),
    as: who.coordinator,
  });
const served = (kind: PublishedKind, format: 'pdf' | 'docx') =>
  f.publicFiles.get(`ita/demo/2566/${PUBLIC_NAME[kind]}.${format}`);
const privateFile = (kind: PublishedKind, generation: number, format: 'pdf' | 'docx') =>
  f.files.get(`demo/2566/${kind}/${generation}/${SOURCE[kind]}.${format}`);
const page = async () => {
  const found = await f.publicFiles.get('ita/demo/2566/index.html');
  return found ? Buffer.from(found.body).toString('utf8') : '';
};
const publication = async (kind: PublishedKind) =>
  (await new PublicationRepository(f.store).list('demo', 2566)).find((p) => p.kind === kind);

/**
 * A generation's own file's sha256, read from the private area once: the generations are made in
 * beforeAll and no request or test changes them (publishing copies them, withdrawing removes the
 * public copies only).
 */
const privateSha = new Map<string, Promise<string>>();
function privateFileSha(kind: PublishedKind, generation: number, format: 'pdf' | 'docx') {
  const key = `${kind}/${generation}.${format}`;
  let found = privateSha.get(key);
  if (!found) privateSha.set(key, (found = privateFile(kind, generation, format).then(sha)));
  return found;
}

/**
 * Which generation the public PDF or DOCX is a copy of (undefined: not served; -1: bytes of no
 * generation), with the served body.
 */
async function servedGeneration(kind: PublishedKind, generations: number[], format: 'pdf' | 'docx') {
  const found = await served(kind, format);
  if (!found) return { generation: undefined, body: undefined };
  const hash = sha(found.body);
  for (const g of generations)
    if (hash === (await privateFileSha(kind, g, format))) return { generation: g, body: found.body };
  return { generation: -1, body: found.body };
}

/**
 * What the public sees agrees with itself: the PDF and DOCX come from one generation, that
 * generation is the one recorded as published, and the page lists it (generation, file sizes);
 * or nothing is published, nothing is served, and the page says so.
 */
async function expectConsistent(kind: PublishedKind, generations: number[]) {
  const record = await publication(kind);
  const pdf = await servedGeneration(kind, generations, 'pdf');
  const docx = await servedGeneration(kind, generations, 'docx');
  const html = await page();
  const item = html.split('<li class="item"').find((chunk) => chunk.startsWith(` data-kind="${kind}"`)) ?? '';
  expect(item, 'the page has the item').not.toBe('');
  expect({ pdf: pdf.generation, docx: docx.generation }).toEqual({
    pdf: record?.generation,
    docx: record?.generation,
  });
  if (!record) {
    expect(item).toContain('ยังไม่เผยแพร่');
    expect(item).not.toContain(`${PUBLIC_NAME[kind]}.pdf`);
    return undefined;
  }
  expect(item).toContain(`data-generation="${record.generation}"`);
  for (const [format, body] of [
    ['pdf', pdf.body!],
    ['docx', docx.body!],
  ] as const) {
    expect(record.files.find((x) => x.format === format)).toMatchObject({ size: body.length, sha256: sha(body) });
    expect(item).toContain(`href="${PUBLIC_NAME[kind]}.${format}"`);
    expect(item).toContain(`(${thaiFileSize(body.length)})`);
  }
  return record.generation;
}

const expectPublishedOrConflict = (res: ApiResponse) => {
  expect([200, 409]).toContain(res.status);
  if (res.status === 409) {
    expect(res.body.error.code).toBe('conflict');
    // busy, or (a withdrawal after the other request published another generation) not the published one
    expect(res.body.error.message_th).toMatch(/กำลัง|ไม่ได้เผยแพร่อยู่/);
    expect(res.body.error.message_en).toMatch(/in progress|not the published one/);
  }
};

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  // each results generation from different data, so their bytes differ
  const months = ['2022-10', '2022-11', '2022-12'];
  for (const m of months) {
    await seedReport(f.store, 'demo', `i4.f2.${m}.finance`, bangkok(`${m}-20T09:00:00`), `รายงาน ${m}`);
    results.push(await generate('annual-report'));
  }
  plans.push(await generate('plan-document'));
}, 300_000);
afterAll(async () => f?.close());

const putsObject =
  (key: string): CallMatch =>
  (command, input) =>
    command === 'PutObjectCommand' && input.Key === key;
const deletesObject =
  (key: string): CallMatch =>
  (command, input) =>
    command === 'DeleteObjectCommand' && input.Key === key;
const listsPublications: CallMatch = (command, input) =>
  command.includes('Query') && JSON.stringify(input).includes('ITAPUB#');
const writesTransaction: CallMatch = (command) => command.includes('TransactWrite');
/** taking the ITA page's lease (post-fix only; the second try is a writer waiting for the first) */
const takesPageLease: CallMatch = (command, input) =>
  command.startsWith('Put') && !command.includes('Object') && JSON.stringify(input).includes('LEASE#ITAPUB#ita-page');

interface Hold {
  on: 's3' | 'dynamodb';
  /** the first call this matches waits… */
  call: CallMatch;
  /** …until the `nth` call (default 1) matching this has completed, or another request has answered */
  until?: { on: 's3' | 'dynamodb'; call: CallMatch; nth?: number };
}

let gates = 0;
/**
 * Sends `requests` at once (Promise.all), holding the first call each `hold` names until another
 * request has answered (or its `until` call is done): the interleaving that broke publishing.
 */
async function atOnce(requests: (() => Promise<ApiResponse>)[], holds: Hold[]): Promise<ApiResponse[]> {
  const client = (on: Hold['on']) => (on === 's3' ? f.s3 : f.store.doc);
  const jitter = [injectLatency(f.s3, JITTER_MS), injectLatency(f.store.doc, JITTER_MS)];
  const gated = holds.map((h) => ({
    held: holdFirstCall(client(h.on), h.call, `hold-${++gates}`),
    after: h.until ? afterCall(client(h.until.on), h.until.call, `after-${++gates}`, h.until.nth) : undefined,
  }));
  const running = requests.map((send) => send());
  const firstAnswer = Promise.race(running);
  for (const { held, after } of gated)
    void Promise.race([firstAnswer, ...(after ? [after] : [])]).then(() => held.release());
  try {
    return await Promise.all(running);
  } finally {
    for (const { held, after } of gated) {
      held.release();
      held.remove();
      after?.remove();
    }
    for (const j of jitter) j.remove();
  }
}

describe('concurrent publishes of one document (one lease per org, year and document)', () => {
  it('two coordinators publishing different generations at once leave one generation PDF and DOCX, recorded and listed', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      expect((await publish('annual-report', results[2]!)).status).toBe(200);
      const pair = round % 2 ? [results[0]!, results[1]!] : [results[1]!, results[0]!];
      const answers = await atOnce(
        pair.map((g) => () => publish('annual-report', g)),
        [{ on: 's3', call: putsObject('ita/demo/2566/results.docx') }],
      );
      answers.forEach(expectPublishedOrConflict);
      expect(answers.some((a) => a.status === 200)).toBe(true);
      expect(pair).toContain(await expectConsistent('annual-report', results));
    }
  });

  it('three generations published at once: still one generation served, recorded and listed', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await withdraw('annual-report', (await publication('annual-report'))?.generation ?? 1);
      const answers = await atOnce(
        results.map((g) => () => publish('annual-report', g)),
        [{ on: 's3', call: putsObject('ita/demo/2566/results.docx') }],
      );
      answers.forEach(expectPublishedOrConflict);
      expect(results).toContain(await expectConsistent('annual-report', results));
    }
  });

  it('the plan document and the results report published at once are both served and both listed on the page', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await withdraw('plan-document', plans[0]!);
      await withdraw('annual-report', (await publication('annual-report'))?.generation ?? 1);
      const answers = await atOnce(
        [() => publish('plan-document', plans[0]!), () => publish('annual-report', results[round % 3]!)],
        [
          {
            on: 's3',
            call: putsObject('ita/demo/2566/index.html'),
            until: { on: 'dynamodb', call: takesPageLease, nth: 2 },
          },
        ],
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(await expectConsistent('plan-document', plans)).toBe(plans[0]);
      expect(await expectConsistent('annual-report', results)).toBe(results[round % 3]);
    }
  });
});

describe('concurrent withdraw and publish', () => {
  it('withdrawing one generation while publishing another never leaves the record published and the files 404', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [old, next] = round % 2 ? [results[0]!, results[2]!] : [results[2]!, results[0]!];
      expect((await publish('annual-report', old)).status).toBe(200);
      const answers = await atOnce(
        [() => withdraw('annual-report', old), () => publish('annual-report', next)],
        [{ on: 's3', call: deletesObject('ita/demo/2566/results.pdf') }],
      );
      answers.forEach(expectPublishedOrConflict);
      expect([undefined, old, next]).toContain(await expectConsistent('annual-report', results));
    }
  });

  it('withdrawing and republishing the same generation at once: served exactly when recorded', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      expect((await publish('annual-report', results[1]!)).status).toBe(200);
      const answers = await atOnce(
        [() => withdraw('annual-report', results[1]!), () => publish('annual-report', results[1]!)],
        [
          { on: 'dynamodb', call: listsPublications, until: { on: 'dynamodb', call: writesTransaction } },
          { on: 's3', call: deletesObject('ita/demo/2566/results.pdf') },
        ],
      );
      answers.forEach(expectPublishedOrConflict);
      expect([undefined, results[1]]).toContain(await expectConsistent('annual-report', results));
    }
  });

  it('withdrawing the plan document while publishing the results report keeps both documents and the page in agreement', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      expect((await publish('plan-document', plans[0]!)).status).toBe(200);
      await withdraw('annual-report', (await publication('annual-report'))?.generation ?? 1);
      const answers = await atOnce(
        [() => withdraw('plan-document', plans[0]!), () => publish('annual-report', results[round % 3]!)],
        [
          {
            on: 's3',
            call: putsObject('ita/demo/2566/index.html'),
            until: { on: 'dynamodb', call: takesPageLease, nth: 2 },
          },
        ],
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(await expectConsistent('plan-document', plans)).toBeUndefined();
      expect(await expectConsistent('annual-report', results)).toBe(results[round % 3]);
    }
  });
});

describe('a request that finds the document busy', () => {
  const hold = (kind: PublishedKind, expiresAt: number) =>
    f.store.doc.send(
      new PutCommand({
        TableName: f.store.tableName,
        Item: { ...keys.publishingLease('demo', 2566, kind), type: 'lease', holder: 'other-request', expiresAt },
      }),
    );
  const inAMinute = () => Math.floor(NOW.getTime() / 1000) + 60;

  it('publish gets 409 with a Thai and English message while another request holds the lease, and changes nothing', async () => {
    const before = await publication('annual-report');
    await hold('annual-report', inAMinute());
    const other = results.find((g) => g !== before?.generation)!;
    const res = await publish('annual-report', other);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'conflict',
      message_th: expect.stringMatching(/กำลังเผยแพร่หรือถอน.*ลองใหม่/),
      message_en: expect.stringMatching(/in progress.*retry/),
    });
    expect(await publication('annual-report')).toEqual(before);
  });

  it('withdraw gets 409 too while the lease is held, and the document stays published', async () => {
    const before = (await publication('annual-report'))!;
    const res = await withdraw('annual-report', before.generation);
    expect(res.status).toBe(409);
    expect(await expectConsistent('annual-report', results)).toBe(before.generation);
  });

  it('a lease left by a request that died is taken once it has expired', async () => {
    await hold('annual-report', Math.floor(NOW.getTime() / 1000) - 1);
    expect((await publish('annual-report', results[2]!)).status).toBe(200);
    expect(await expectConsistent('annual-report', results)).toBe(results[2]);
  });

  it('the other document is not held by this one: the plan document publishes while the report is busy', async () => {
    await hold('annual-report', inAMinute());
    expect((await publish('plan-document', plans[0]!)).status).toBe(200);
    expect(await expectConsistent('plan-document', plans)).toBe(plans[0]);
    await hold('annual-report', 0);
  });
});

describe('republishing the published generation repairs the public copies', () => {
  const publishedOnce = async () => {
    expect((await publish('annual-report', results[0]!)).status).toBe(200);
    return (await auditTrail(f.store, 'demo', NOW)).filter((a) => a.action === 'annual-report.publish').length;
  };

  it('a deleted public PDF is copied again', async () => {
    const audits = await publishedOnce();
    await f.publicFiles.remove('ita/demo/2566/results.pdf');
    expect((await publish('annual-report', results[0]!)).status).toBe(200);
    expect(await expectConsistent('annual-report', results)).toBe(results[0]);
    expect((await auditTrail(f.store, 'demo', NOW)).filter((a) => a.action === 'annual-report.publish')).toHaveLength(
      audits,
    );
  });

  it('a damaged public DOCX is replaced by the generation copy', async () => {
    await publishedOnce();
    await f.publicFiles.put('ita/demo/2566/results.docx', Buffer.from('not a docx'), 'text/plain');
    expect((await publish('annual-report', results[0]!)).status).toBe(200);
    expect(await expectConsistent('annual-report', results)).toBe(results[0]);
    expect((await served('annual-report', 'docx'))!.contentType).toMatch(/wordprocessingml/);
  });

  it('a deleted ITA page is written again', async () => {
    await publishedOnce();
    await f.publicFiles.remove('ita/demo/2566/index.html');
    expect((await publish('annual-report', results[0]!)).status).toBe(200);
    expect(await expectConsistent('annual-report', results)).toBe(results[0]);
  });

  it('withdrawing again removes public copies left behind by an interrupted withdrawal', async () => {
    await publishedOnce();
    const pdf = (await served('annual-report', 'pdf'))!;
    expect((await withdraw('annual-report', results[0]!)).status).toBe(200);
    await f.publicFiles.put('ita/demo/2566/results.pdf', pdf.body, pdf.contentType);
    expect((await withdraw('annual-report', results[0]!)).status).toBe(200);
    expect(await expectConsistent('annual-report', results)).toBeUndefined();
  });
});

describe('a publication change that meets another transaction (TransactionConflict, made at the SDK level)', () => {
  const onDelete: CallMatch = (_name, input) => JSON.stringify(input).includes('"Delete"');
  it.each([
    ['a withdrawal meeting one conflict', 'annual-report', 1],
    ['a withdrawal meeting two conflicts', 'plan-document', 2],
  ] as const)('%s is tried again: 200, and nothing is served', async (_name, kind, times) => {
    const generation = kind === 'annual-report' ? results[0]! : plans[0]!;
    expect((await publish(kind, generation)).status).toBe(200);
    const conflicts = conflictTransactions(f.store.doc, times, onDelete);
    try {
      expect((await withdraw(kind, generation)).status).toBe(200);
      expect(conflicts.injected).toBe(times);
    } finally {
      conflicts.remove();
    }
    expect(await publication(kind)).toBeUndefined();
    expect(await served(kind, 'pdf')).toBeUndefined();
  });

  it('a publish meeting one conflict is tried again: 200, and the generation is served', async () => {
    const conflicts = conflictTransactions(f.store.doc, 1);
    try {
      expect((await publish('annual-report', results[1]!)).status).toBe(200);
      expect(conflicts.injected).toBe(1);
    } finally {
      conflicts.remove();
    }
    expect((await publication('annual-report'))?.generation).toBe(results[1]);
  });
});
