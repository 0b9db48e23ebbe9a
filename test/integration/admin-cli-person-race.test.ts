// t36 P3: `npm run admin -- remove-person` / `reactivate-person` racing another writer of the same
// person (a loop of name PUTs) gave up with the page's words, "… กรุณาเปิดหน้านี้ใหม่แล้วบันทึกอีกครั้ง":
// a CLI user has no page. The admin CLI now says to run the command again (admin-words.ts). The other
// writer is a name change written to DynamoDB Local before each of the command's writes.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personChangeInCliWords } from '../../infra/cli/admin-words.js';
import { DomainError } from '../../shared/domain/errors.js';
import { localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { keys } from '../../shared/store/keys.js';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { addPerson, createOrg, setPersonActive } from '../../shared/use-cases/administer-org.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const ORG = 'race';
let store: TestStore;
let raced: DynamoDBDocumentClient;
const ctxOf = (doc: DynamoDBDocumentClient) => ({
  orgs: new OrgRepository({ doc, tableName: store.tableName }),
  feeds: new CalendarFeedRepository({ doc, tableName: store.tableName }),
  identity: localIdentityProvider,
  actor: 'cli:admin',
  now: new Date('2023-05-01T03:00:00Z'),
});
const ids = new Map<string, string>();

beforeAll(async () => {
  store = await createTestStore();
  const ctx = ctxOf(store.doc);
  await createOrg(ctx, { orgId: ORG, name: 'เทศบาลตำบลแข่งกัน', withMunicipalUnits: true });
  for (const [email, roles, unitId] of [
    ['ita@race.example.org', ['coordinator'], undefined],
    ['staff.education@race.example.org', ['staff'], 'education'],
    ['staff.finance@race.example.org', ['staff'], 'finance'],
    ['staff.health@race.example.org', ['staff'], 'finance'],
  ] as const) {
    const p = await addPerson(ctx, {
      orgId: ORG,
      email,
      name: `นาย${email.split('@')[0]}`,
      roles: [...roles],
      headOfUnit: false,
      ...(unitId ? { unitId } : {}),
    });
    ids.set(email, p.personId);
  }
  await setPersonActive(ctx, { orgId: ORG, email: 'staff.health@race.example.org', active: false });
  // a client whose every write is preceded by another writer's name change of each person
  raced = createDocumentClient({ endpoint: store.endpoint });
  let n = 0;
  raced.middlewareStack.add(
    (next, context) => async (args) => {
      if (/^(Put|Update|TransactWrite)/.test(context.commandName ?? ''))
        for (const personId of ids.values())
          await store.doc.send(
            new UpdateCommand({
              TableName: store.tableName,
              Key: keys.person(ORG, personId),
              UpdateExpression: 'SET #name = :name ADD #revision :one',
              ExpressionAttributeNames: { '#name': 'name', '#revision': 'revision' },
              ExpressionAttributeValues: { ':name': `นายแก้ชื่อ ครั้งที่ ${++n}`, ':one': 1 },
            }),
          );
      return next(args);
    },
    { step: 'initialize' },
  );
});
afterAll(async () => {
  raced?.destroy();
  await store?.drop();
});

/** What the admin CLI prints for the command's refusal (runCli: Thai, then English). */
async function refusalOf(email: string, active: boolean) {
  const error = await setPersonActive(ctxOf(raced), { orgId: ORG, email, active }).then(
    () => undefined,
    (e: unknown) => personChangeInCliWords(e),
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
const activeOf = async (email: string) => (await new OrgRepository(store).findByEmail(email))[0]?.active;

describe('npm run admin: a person change racing another writer', () => {
  it.each([
    ['remove-person of a staff member', 'staff.education@race.example.org', false],
    ['remove-person of another', 'staff.finance@race.example.org', false],
    ['reactivate-person', 'staff.health@race.example.org', true],
  ])('%s: says to run the command again, not to reopen a page; nothing changed', async (_n, email, active) => {
    const refusal = await refusalOf(email, active);
    expect(`${refusal.message_th}\n${refusal.message_en}`).toBe(
      'ข้อมูลของผู้ใช้งานนี้กำลังถูกแก้ไขจากที่อื่นในเวลาเดียวกัน จึงยังไม่ได้เปลี่ยนแปลงอะไร กรุณาสั่งคำสั่งเดิมอีกครั้ง\n' +
        'this person is being changed elsewhere at the same time, so nothing was changed: run the same command again',
    );
    expect(refusal.message_th).not.toContain('หน้านี้');
    expect(await activeOf(email)).toBe(!active);
  });

  it("remove-person of the last coordinator keeps the refusal's own words and field", async () => {
    const refusal = await refusalOf('ita@race.example.org', false);
    expect(refusal.message_th).toBe('ต้องมีคณะทำงาน ITA ที่ใช้งานอยู่อย่างน้อยหนึ่งคน');
    expect(refusal.fields.map((f) => f.path)).toEqual(['body.active']);
  });
});
