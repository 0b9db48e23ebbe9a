// A generation is rendered at most MAX_GENERATION_ATTEMPTS times, counting renders that threw or never
// returned (break s31-o F12): a poisoned one ends `failed` with a Thai reason instead of being
// delivered again for ever. Against DynamoDB Local and the S3 emulator; the render fails on its data.
import { fixtureJobDeps } from '../support/fixture-job-deps.js';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_GENERATION_ATTEMPTS } from '../../shared/domain/document-kinds.js';
import { handleWorkItem } from '../../shared/jobs/run-scheduled-job.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { keys } from '../../shared/store/keys.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationsPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';

const USED_UP_TH = 'จัดทำเอกสารไม่สำเร็จหลังพยายาม ๓ ครั้ง กรุณาแจ้งผู้ดูแลระบบ';
let f: ApiFixture;
let generations: DocumentGenerationRepository;
let ses: SESClient;

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-10-02T09:00:00'), otherOrgHasPlan: true });
  generations = new DocumentGenerationRepository(f.store);
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // the other org's FY2566 has a report item no report reader can read (a field of the wrong kind):
  // every render of its documents throws on it
  await f.store.doc.send(
    new PutCommand({
      TableName: f.store.tableName,
      Item: { ...keys.report('other', 2566, 'i4.f2.m01.finance'), obligationId: 'i4.f2.m01.finance', progress: 42 },
    }),
  );
}, 60_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

/** The stored generation item as DynamoDB has it (attempts included). */
const stored = async (orgId: string, generation: number) =>
  (
    await f.store.doc.send(
      new GetCommand({
        TableName: f.store.tableName,
        Key: keys.generation('annual-report', orgId, 2566, generation),
        ConsistentRead: true,
      }),
    )
  ).Item!;

/** What the org's coordinator sees of a generation in the list (GET …/annual-report). */
async function listed(generation: number, as: string = who.otherCoordinator) {
  const res = await call(f.handler, { method: 'GET', path: generationsPath('annual-report', 2566), as });
  expect(res.status).toBe(200);
  return res.body.items.find((g: { generation: number }) => g.generation === generation);
}

describe('a generation is rendered at most three times', () => {
  it('a poisoned 1 October run throws for SQS twice, then ends failed with a Thai reason and is rendered no more', async () => {
    expect(MAX_GENERATION_ATTEMPTS).toBe(3);
    const deps = fixtureJobDeps(f, ses);
    const item = { orgId: 'other', kind: 'annual-report', scheduledTime: '2023-09-30T23:00:00.000Z' } as const;
    // deliveries 1 and 2: the render throws, the work item fails, SQS delivers it again
    await expect(handleWorkItem(deps, item)).rejects.toThrow();
    await expect(handleWorkItem(deps, item)).rejects.toThrow();
    const [scheduled] = (await generations.list('annual-report', 'other', 2566)).filter((g) =>
      g.trigger.startsWith('schedule:'),
    );
    expect((await stored('other', scheduled!.generation)).attempts).toBe(2);
    // delivery 3, the last attempt: failed for good, the work item done (no dead-letter loop)
    await expect(handleWorkItem(deps, item)).resolves.toMatchObject({ orgId: 'other', sent: 0 });
    expect(await listed(scheduled!.generation)).toMatchObject({
      status: 'failed',
      failure: { message_th: USED_UP_TH },
    });
    // a replay from the dead-letter queue renders nothing and changes nothing
    await expect(handleWorkItem(deps, item)).resolves.toMatchObject({ orgId: 'other', sent: 0 });
    expect((await stored('other', scheduled!.generation)).attempts).toBe(3);
    expect((await listed(scheduled!.generation)).failure.message_th).toBe(USED_UP_TH);
  });

  it("a coordinator's poisoned generation delivered four times is rendered three times and ends with the Thai reason", async () => {
    const now = bangkok('2023-10-02T09:00:00');
    const request = {
      kind: 'annual-report',
      orgId: 'other',
      fy: 2566,
      trigger: `person:${who.otherCoordinator}`,
    } as const;
    const { generation } = await generations.claim({ ...request, now });
    const outcomes = [];
    for (let delivery = 1; delivery <= 4; delivery++)
      outcomes.push(await f.documents.produce({ ...request, generation, asOf: now }));
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect((await stored('other', generation)).attempts).toBe(3);
    expect(await listed(generation)).toMatchObject({ status: 'failed', failure: { message_th: USED_UP_TH } });
    expect((await listed(generation)).files).toBeUndefined();
  });

  it('a generation whose three renders never returned (the function timed out) ends failed, not rendered a fourth time', async () => {
    // demo's FY2566 renders fine: only its three recorded attempts stop it
    const now = bangkok('2023-10-02T09:00:00');
    const request = { kind: 'annual-report', orgId: 'demo', fy: 2566, trigger: `person:${who.coordinator}` } as const;
    const { generation } = await generations.claim({ ...request, now });
    await f.store.doc.send(
      new UpdateCommand({
        TableName: f.store.tableName,
        Key: keys.generation('annual-report', 'demo', 2566, generation),
        UpdateExpression: 'SET attempts = :three',
        ExpressionAttributeValues: { ':three': 3 },
      }),
    );
    const outcome = await f.documents.produce({ ...request, generation, asOf: now });
    expect(outcome.status).toBe('failed');
    expect(await listed(generation, who.coordinator)).toMatchObject({
      status: 'failed',
      failure: { message_th: USED_UP_TH },
    });
    expect((await stored('demo', generation)).attempts).toBe(3);
    // a new request makes a new generation, which is rendered and ready
    const next = await generations.claim({ ...request, now });
    expect((await f.documents.produce({ ...request, generation: next.generation, asOf: now })).status).toBe('ready');
  });
});
