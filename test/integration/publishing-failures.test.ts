// Break 19 s28, F19 and F17: a publish or withdrawal that fails part-way, or finds the year's page
// busy, must answer with the state it leaves. A failure between the two copies left generation B's
// PDF beside generation A's DOCX (500); a busy page lease answered 409 "retry" after the files were
// copied or deleted and the audit written. Now: both leases before any change (409 = nothing
// changed), both files read before any write, a failed write or record put back, and the error
// says in Thai what the public addresses serve. Faults are made at the SDK level (S3, DynamoDB).
import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toThaiDigits as thai } from '../../shared/domain/thai-format.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { keys } from '../../shared/store/keys.js';
import { PublicationRepository } from '../../shared/store/publication-repository.js';
import { call, type ApiResponse } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { publicationPath } from '../support/document-paths.js';
import { type CallMatch, failCalls } from '../support/fault-injection.js';
import { bangkok } from '../support/jobs-fixture.js';
import { seedReport } from '../support/report-seeding.js';

const NOW = bangkok('2023-10-02T09:00:00');
let f: ApiFixture;
let a: number; // published before each test
let b: number;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const generate = async () => {
  const request = { kind: 'annual-report', orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  return generation;
};
const publish = (generation: number) =>
  call(f.handler, { method: 'POST', path: publicationPath('annual-report', 2566, generation), as: who.coordinator });
const withdraw = (generation: number) =>
  call(f.handler, { method: 'DELETE', path: publicationPath('annual-report', 2566, generation), as: who.coordinator });
const source = (generation: number, format: 'pdf' | 'docx') =>
  f.files.get(`demo/2566/annual-report/${generation}/report.${format}`);

/** Which generation each public address serves (null: 404, -1: bytes of neither), the record, the page, the audit. */
async function state() {
  const served: Record<string, number | null> = {};
  for (const format of ['pdf', 'docx'] as const) {
    const found = await f.publicFiles.get(`ita/demo/2566/results.${format}`);
    if (!found) served[format] = null;
    else if (sha(found.body) === sha(await source(a, format))) served[format] = a;
    else if (sha(found.body) === sha(await source(b, format))) served[format] = b;
    else served[format] = -1;
  }
  const record = (await new PublicationRepository(f.store).list('demo', 2566)).find((p) => p.kind === 'annual-report');
  const page = Buffer.from((await f.publicFiles.get('ita/demo/2566/index.html'))!.body).toString('utf8');
  const listed = /data-kind="annual-report" data-generation="(\d+)"/.exec(page)?.[1];
  const audit = (await auditTrail(f.store, 'demo', NOW)).filter((x) => x.action.startsWith('annual-report.')).length;
  return { served, recorded: record?.generation ?? null, listed: listed ? Number(listed) : null, audit };
}

const s3Call =
  (command: string, key: string): CallMatch =>
  (name, input) =>
    name === command && input.Key === key;

const transactions =
  (text: string): CallMatch =>
  (name, input) =>
    name.includes('TransactWrite') && JSON.stringify(input).includes(text);

/** Send `request` while the fault `install` makes is in place: the answer, and a check that nothing changed. */
async function underFault(install: () => { remove(): void }, request: () => Promise<ApiResponse>) {
  const before = await state();
  const fault = install();
  const res = await request().finally(() => fault.remove());
  const nothingChanged = async () => expect(await state()).toEqual({ ...unchanged(), audit: before.audit });
  return { res, nothingChanged };
}

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await seedReport(f.store, 'demo', 'i4.f2.2022-10.finance', bangkok('2022-10-20T09:00:00'), 'รายงานตุลาคม');
  a = await generate();
  await seedReport(f.store, 'demo', 'i4.f2.2022-11.finance', bangkok('2022-11-20T09:00:00'), 'รายงานพฤศจิกายน');
  b = await generate();
}, 300_000);
afterAll(async () => f?.close());
beforeEach(async () => {
  expect((await publish(a)).status).toBe(200);
});

const unchanged = () => ({ served: { pdf: a, docx: a }, recorded: a, listed: a });

describe('a publish that fails part-way changes nothing and says what is served', () => {
  it('the DOCX copy fails after the PDF was copied: generation A still served whole; 503 says so in Thai', async () => {
    const { res, nothingChanged } = await underFault(
      () => failCalls(f.s3, s3Call('PutObjectCommand', 'ita/demo/2566/results.docx'), { times: 1, label: 'f19-docx' }),
      () => publish(b),
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toContain(`เผยแพร่ฉบับที่ ${thai(b)} ไม่สำเร็จ`);
    expect(res.body.error.message_th).toContain(
      `ไม่มีการเปลี่ยนแปลง ที่อยู่สาธารณะ results.pdf และ results.docx ยังแสดงฉบับที่ ${thai(a)} ตามเดิม`,
    );
    expect(res.body.error.publicAddresses).toEqual({
      pdf: { served: 'before', generation: a },
      docx: { served: 'before', generation: a },
    });
    await nothingChanged();
  });

  it("generation B's DOCX cannot be read: nothing copied, 503 says A is still served", async () => {
    const key = `demo/2566/annual-report/${b}/report.docx`;
    const { res, nothingChanged } = await underFault(
      () => failCalls(f.s3, s3Call('GetObjectCommand', key), { label: 'f19-read' }),
      () => publish(b),
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toContain('report.docx');
    expect(res.body.error.message_th).toContain(`ยังแสดงฉบับที่ ${thai(a)} ตามเดิม`);
    await nothingChanged();
  });

  it("generation B's DOCX is missing: 404 with a Thai message, nothing copied", async () => {
    const key = `demo/2566/annual-report/${b}/report.docx`;
    const { res, nothingChanged } = await underFault(
      () => failCalls(f.s3, s3Call('GetObjectCommand', key), { label: 'f19-missing', name: 'NoSuchKey', status: 404 }),
      () => publish(b),
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message_th).toMatch(/report\.docx.*ไม่พบ/);
    await nothingChanged();
  });

  it('the copy and its roll-back both fail: the answer names what each address serves', async () => {
    const { res } = await underFault(
      () => failCalls(f.s3, s3Call('PutObjectCommand', 'ita/demo/2566/results.docx'), { label: 'f19-both' }),
      () => publish(b),
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toContain(`results.pdf แสดงฉบับที่ ${thai(a)}`);
    expect(res.body.error.message_th).toContain('results.docx ไม่ทราบแน่ชัดว่าแสดงฉบับใด');
    expect(res.body.error.message_th).toContain('สั่งเผยแพร่อีกครั้ง');
    expect(res.body.error.publicAddresses.pdf).toEqual({ served: 'before', generation: a });
    expect(res.body.error.publicAddresses.docx).toEqual({ served: 'unknown', generation: null });
  });
});

describe('a withdrawal that fails part-way changes nothing and says what is served', () => {
  it('the DOCX cannot be deleted: the PDF is put back, the record and page still say A, 503', async () => {
    const { res, nothingChanged } = await underFault(
      () =>
        failCalls(f.s3, s3Call('DeleteObjectCommand', 'ita/demo/2566/results.docx'), { times: 1, label: 'f19-del' }),
      () => withdraw(a),
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toContain(`ถอนการเผยแพร่ฉบับที่ ${thai(a)} ไม่สำเร็จ`);
    expect(res.body.error.message_th).toContain(`ยังแสดงฉบับที่ ${thai(a)} ตามเดิม`);
    await nothingChanged();
  });
});

describe('a publication record that cannot be written after the copies changed', () => {
  it.each([
    ['publishing B: the copies are put back', 'ITAPUB#', () => publish(b), `เผยแพร่ฉบับที่ ${thai(2)}`],
    ['withdrawing A: the copies are put back', '"Delete"', () => withdraw(a), `ถอนการเผยแพร่ฉบับที่ ${thai(1)}`],
  ])('%s, 503 in Thai, no audit entry', async (_name, item, send, said) => {
    const { res, nothingChanged } = await underFault(
      () => failCalls(f.store.doc, transactions(item), { label: 'f19-record', name: 'InternalServerError' }),
      send,
    );
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toContain(`${said} ไม่สำเร็จ`);
    expect(res.body.error.message_th).toContain(`ยังแสดงฉบับที่ ${thai(a)} ตามเดิม`);
    await nothingChanged();
  });
});

describe("a 409 for the year's busy page means nothing changed", () => {
  const holdPage = (expiresAt: number) =>
    f.store.doc.send(
      new PutCommand({
        TableName: f.store.tableName,
        Item: { ...keys.publishingLease('demo', 2566, 'ita-page'), type: 'lease', holder: 'slow-writer', expiresAt },
      }),
    );
  const inAMinute = () => Math.floor(NOW.getTime() / 1000) + 60;

  it.each([
    ['publish', () => publish(b)],
    ['withdraw', () => withdraw(a)],
  ])(
    '%s: 409 in Thai, and A is still served, recorded, listed, with no new audit entry',
    async (_name, send) => {
      const before = await state();
      await holdPage(inAMinute());
      const res = await send().finally(() => holdPage(0));
      expect(res.status).toBe(409);
      expect(res.body.error.message_th).toMatch(/หน้าเผยแพร่ ITA.*ลองใหม่/);
      expect(await state()).toEqual({ ...unchanged(), audit: before.audit });
    },
    30_000,
  );

  it('once the page is free the same publish goes through whole', async () => {
    expect((await publish(b)).status).toBe(200);
    expect(await state()).toMatchObject({ served: { pdf: b, docx: b }, recorded: b, listed: b });
  });
});
