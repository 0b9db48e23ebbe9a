// Publishes and withdrawals (and generations) written before the documents history existed
// (session 29) were only in the org's monthly audit trail: GET /v1/fiscal-years/{fy}/documents/audit
// did not show them. `npm run admin -- repair-documents-history` indexes them once; the history then
// shows every entry of the year, newest first, paged, whichever code wrote it.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { keys } from '../../shared/store/keys.js';
import { PublicationRepository } from '../../shared/store/publication-repository.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { repairDocumentsHistory } from '../../shared/use-cases/repair-documents-history.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { adminCli } from '../../infra/cli/admin.js';
import { runCliEntry } from '../support/cli-process.js';

const NOW = new Date('2023-10-02T02:00:00.000Z');
let f: ApiFixture;

/** An audit entry as the code before session 29 wrote it: the monthly trail only, no generation in details. */
async function olderEntry(entryId: string, action: string, actor: string, target: string, at: string) {
  await f.store.doc.send(
    new PutCommand({
      TableName: f.store.tableName,
      Item: { ...keys.audit('demo', new Date(at), entryId), type: 'audit', orgId: 'demo', actor, action, target, at },
    }),
  );
}

interface HistoryItem {
  at: string;
  actor: { personId: string; name: string };
  action: string;
  summary_th: string;
}
const history = async (fy: number, query: Record<string, string> = {}) => {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/documents/audit', { fy }),
    as: who.coordinator,
    query,
  });
  expect(res.status).toBe(200);
  return res.body as { items: HistoryItem[]; cursor?: string };
};
const repair = (apply: boolean) =>
  repairDocumentsHistory(
    { store: f.store, repos: createRepositories(f.store) },
    { orgIds: ['demo'], from: new Date('2022-01-01T00:00:00Z'), to: NOW, apply },
  );

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await olderEntry(
    'e1',
    'annual-report.generate',
    `person:${who.coordinator}`,
    'annual-report:2566/1',
    '2023-09-28T03:00:00.000Z',
  );
  await olderEntry('e2', 'annual-report.publish', who.coordinator, 'annual-report:2566/1', '2023-09-29T03:00:00.000Z');
  // a plan document made and published before its fiscal year began
  await olderEntry('e3', 'plan-document.publish', who.coordinator, 'plan-document:2566/1', '2022-09-15T03:00:00.000Z');
  await olderEntry(
    'e4',
    'annual-report.generate',
    'schedule:2023-10-01T01:00:00.000Z',
    'annual-report:2566/2',
    '2023-10-01T01:00:05.000Z',
  );
  await olderEntry('e5', 'annual-report.withdraw', who.coordinator, 'annual-report:2566/1', '2023-10-01T03:00:00.000Z');
  // another year's publish in the same month, and an entry no history shows
  await olderEntry('e6', 'annual-report.publish', who.coordinator, 'annual-report:2565/4', '2023-09-29T04:00:00.000Z');
  await olderEntry('e7', 'mail.sent', 'system:reminders', 'mail:m1', '2023-09-29T05:00:00.000Z');
  // and one written today's way
  await new PublicationRepository(f.store).put('demo', 2566, {
    kind: 'annual-report',
    generation: 2,
    publishedAt: NOW.toISOString(),
    publishedBy: who.coordinator,
    files: [],
  });
}, 120_000);
afterAll(async () => f?.close());

/** What the coordinator reads of each entry: the summary and who. */
const read = (items: HistoryItem[]) => items.map((i) => `${i.at} ${i.summary_th} โดย ${i.actor.name}`);
const ALL_OF_2566 = [
  // written today's way: it names the year's report; the older entries do not say which (before session 46)
  '2023-10-02T02:00:00.000Z เผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒ โดย คณะทำงาน ITA',
  '2023-10-01T03:00:00.000Z ถอนการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๑ โดย คณะทำงาน ITA',
  '2023-10-01T01:00:05.000Z จัดทำรายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๒ โดย ระบบอัตโนมัติ',
  '2023-09-29T03:00:00.000Z เผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๑ โดย คณะทำงาน ITA',
  '2023-09-28T03:00:00.000Z จัดทำรายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๑ โดย คณะทำงาน ITA',
  '2022-09-15T03:00:00.000Z เผยแพร่เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ๑ โดย คณะทำงาน ITA',
];

describe('the documents history holds entries written before it existed', () => {
  it('a dry run lists the older entries of every year and writes nothing', async () => {
    expect(read((await history(2566)).items)).toEqual([ALL_OF_2566[0]]);
    const found = await repair(false);
    expect(found.map((e) => `${e.target} ${e.action} ${e.outcome}`)).toEqual([
      'plan-document:2566/1 plan-document.publish dry-run',
      'annual-report:2566/1 annual-report.generate dry-run',
      'annual-report:2566/1 annual-report.publish dry-run',
      'annual-report:2565/4 annual-report.publish dry-run',
      'annual-report:2566/2 annual-report.generate dry-run',
      'annual-report:2566/1 annual-report.withdraw dry-run',
    ]);
    expect(read((await history(2566)).items)).toEqual([ALL_OF_2566[0]]);
  });

  it('after the repair every generate, publish and withdraw of FY2566 is in its history, newest first, with generation and name', async () => {
    expect((await repair(true)).map((e) => e.outcome)).toEqual(Array(6).fill('indexed'));
    expect(read((await history(2566)).items)).toEqual(ALL_OF_2566);
    expect((await history(2566)).items[4]!.actor.personId).toBe(who.coordinator);
  });

  it('pages of 2 walk the history in three pages, each entry once, the last without a cursor', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await history(2566, { limit: '2', ...(cursor ? { cursor } : {}) });
      pages.push(read(page.items));
      cursor = page.cursor;
    } while (cursor);
    expect(pages).toEqual([ALL_OF_2566.slice(0, 2), ALL_OF_2566.slice(2, 4), ALL_OF_2566.slice(4)]);
  });

  it("another year's entry is in that year's history only; an entry no history shows is left as it was", async () => {
    expect(read((await history(2565)).items)).toEqual([
      '2023-09-29T04:00:00.000Z เผยแพร่รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ๔ โดย คณะทำงาน ITA',
    ]);
    const { Item } = await f.store.doc.send(
      new GetCommand({
        TableName: f.store.tableName,
        Key: keys.audit('demo', new Date('2023-09-29T05:00:00.000Z'), 'e7'),
      }),
    );
    expect(Item).toMatchObject({ action: 'mail.sent' });
    expect(Item).not.toHaveProperty('gsi1pk');
  });

  it('running it again (the CLI, every org) finds nothing and changes nothing', async () => {
    const { stdout } = await runCliEntry(adminCli, ['repair-documents-history', '--from', '2022-01', '--apply'], {
      env: { ...process.env, TABLE_NAME: f.store.tableName, DYNAMODB_ENDPOINT: f.store.endpoint, USER_POOL_ID: '' },
    });
    expect(stdout).toContain('every generate, publish and withdraw entry is in its documents history');
    expect(read((await history(2566)).items)).toEqual(ALL_OF_2566);
  });
});

// tester s54: the command's lines were English only (every other admin command says what it did Thai
// first), "--from 2023-13" said "ตั้งแต่วันที่มีอักขระหรือรูปแบบที่ไม่อนุญาต", and --from after --to read
// no month and said every entry was in its history
describe('npm run admin -- repair-documents-history says what it did Thai first, and checks its months', () => {
  const env = () => ({
    ...process.env,
    TABLE_NAME: f.store.tableName,
    DYNAMODB_ENDPOINT: f.store.endpoint,
    USER_POOL_ID: '',
  });
  const admin = (...args: string[]) =>
    runCliEntry(adminCli, ['repair-documents-history', ...args], { env: env() }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('a run that finds nothing says so in Thai, then English', async () => {
    const { stdout } = (await admin('--org', 'demo', '--from', '2022-01')) as { stdout: string };
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'บันทึกการจัดทำ เผยแพร่ และถอนการเผยแพร่เอกสารทุกรายการอยู่ในประวัติเอกสารแล้ว',
      'every generate, publish and withdraw entry is in its documents history',
    ]);
  });

  it.each([
    ['--from', '2023-13', 'เดือนไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด ปี ค.ศ. เช่น 2023-10'],
    ['--to', '2566-10', 'ใช้ปี ค.ศ. เช่น 2023-10 สำหรับ พ.ศ. ๒๕๖๖'],
    ['--from', '2023-1', 'เดือนไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด ปี ค.ศ. เช่น 2023-10'],
  ])('%s %s is refused naming the month’s form (a BE year: its CE month), exit 2', async (option, month, said) => {
    const { code, stderr } = (await admin(option, month)) as { code: number; stderr: string };
    expect(code).toBe(2);
    expect(stderr).toContain(`${option}: ${said}`);
    expect(stderr).not.toContain('อักขระ');
  });

  it('--from after --to is refused on --to, exit 2, not "every entry is in its history"', async () => {
    const { code, stderr, stdout } = (await admin('--from', '2023-10', '--to', '2023-01')) as {
      code: number;
      stderr: string;
      stdout: string;
    };
    expect(code).toBe(2);
    expect(stderr).toContain('--to: เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น (--from)');
    expect(stdout).not.toContain('every generate');
  });
});
