// A refused add leaves no Cognito user behind: every check runs before AdminCreateUser, and a
// sign-in made for an add the table then refuses is deleted again. Cognito is stubbed at the SDK level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Unit } from '../../../shared/domain/organisation.js';
import { DomainError } from '../../../shared/domain/errors.js';
import { cognitoIdentityProvider } from '../../../shared/identity/identity-provider.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { createPerson } from '../../../shared/use-cases/manage-people.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { addPerson, addUnit, updateUnit } from '../../support/coordinator-requests.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const coordinator = { personId: who.coordinator, orgId: 'demo', roles: ['coordinator' as const], headOfUnit: false };
const creates = (email: string) =>
  f.cognito.calls.filter((c) => c.command === 'AdminCreateUser' && c.input.Username === email);

/** The use case as the API runs it, with the repository `orgs` (a moment's stale reads, below). */
const addWith = (orgs: OrgRepository, body: { email: string; unitId?: string; roles?: ('staff' | 'executive')[] }) =>
  createPerson(
    {
      orgs,
      identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
      feeds: f.repos.calendarFeeds,
      clock: () => new Date('2023-04-20T03:00:00Z'),
    },
    coordinator,
    {
      name: 'นายทดสอบ ลงชื่อ',
      roles: body.roles ?? ['staff'],
      headOfUnit: false,
      email: body.email,
      ...(body.unitId ? { unitId: body.unitId } : {}),
    },
  ).catch((e: unknown) => e);

/** The email index has not caught up yet (DynamoDB's GSIs are eventually consistent). */
class LaggingEmailIndex extends OrgRepository {
  override findByEmail(): Promise<Person[]> {
    return Promise.resolve([]);
  }
}

/** Read the units before another request deactivated one: the check passes, the write refuses. */
class UnitsReadBefore extends OrgRepository {
  constructor(
    store: ConstructorParameters<typeof OrgRepository>[0],
    private readonly before: Unit[],
  ) {
    super(store);
  }
  override listUnits(): Promise<Unit[]> {
    return Promise.resolve(this.before);
  }
}

describe('a refused add leaves no Cognito user behind', () => {
  it('a person added a moment ago, added again before the email index shows them: 409, no AdminCreateUser', async () => {
    const email = `just.added@${f.mailDomain}`;
    const first = await addPerson(f, { email, name: 'นายเพิ่ง เพิ่มมา', roles: ['staff'], unitId: 'finance' });
    expect(first.status).toBe(201);
    const made = creates(email).length;
    const again = await addWith(new LaggingEmailIndex(f.store), { email, unitId: 'finance' });
    expect(again).toBeInstanceOf(DomainError);
    expect((again as DomainError).code).toBe('conflict');
    expect((again as DomainError).fields[0]?.message_th).toMatch(/อีเมลนี้มีอยู่แล้ว/);
    expect(creates(email)).toHaveLength(made);
    expect(f.cognito.users.get(email)?.sub).toBe(first.body.personId);
  });

  it.each([
    ['the same email in capitals', (e: string) => e.toUpperCase()],
    ['the same email with spaces around it', (e: string) => `  ${e} `],
  ])('%s, before the index shows the first: 409, no AdminCreateUser', async (_n, spell) => {
    const email = `just.added@${f.mailDomain}`;
    const made = creates(email).length;
    const again = await addWith(new LaggingEmailIndex(f.store), { email: spell(email), unitId: 'finance' });
    expect((again as DomainError).code).toBe('conflict');
    expect(creates(email)).toHaveLength(made);
  });

  it.each([
    ['staff', ['staff'] as const],
    ['an executive', ['executive'] as const],
  ])(
    'the unit closed between the check and the write (%s): 400, and the sign-in made for it is deleted',
    async (_n, roles) => {
      const orgs = new OrgRepository(f.store);
      const unitId = `closing-${roles[0]}`;
      const created = await addUnit(f, { unitId, name: `กองที่จะปิด ${roles[0]}` });
      expect(created.status).toBe(201);
      const before = await orgs.listUnits('demo');
      const closed = await updateUnit(f, unitId, { active: false });
      expect(closed.status).toBe(200);
      const email = `late.${roles[0]}@${f.mailDomain}`;
      const refused = await addWith(new UnitsReadBefore(f.store, before), { email, unitId, roles: [...roles] });
      expect((refused as DomainError).code, String(refused)).toBe('validation');
      expect((refused as DomainError).fields[0]?.message_th).toMatch(/ปิดการใช้งานแล้ว/);
      expect(creates(email)).toHaveLength(1);
      expect(f.cognito.calls.some((c) => c.command === 'AdminDeleteUser' && c.input.Username === email)).toBe(true);
      expect(f.cognito.users.has(email), 'no user left behind').toBe(false);
      expect(await orgs.findByEmail(email)).toEqual([]);
    },
  );

  it("a refused add of an email another org's person has keeps their sign-in", async () => {
    const email = `two.orgs@${f.mailDomain}`;
    const person = { email, name: 'นางสาวสองที่ ทำงาน' };
    const inOther = await addPerson(f, { ...person, roles: ['coordinator'] }, who.otherCoordinator);
    expect(inOther.status).toBe(201);
    const refused = await addPerson(f, { ...person, roles: ['staff'], unitId: 'no-such-unit' });
    expect(refused.status).toBe(400);
    expect(f.cognito.users.get(email)).toMatchObject({ sub: inOther.body.personId, enabled: true });
    expect(f.cognito.calls.filter((c) => c.command === 'AdminDeleteUser' && c.input.Username === email)).toEqual([]);
  });
});
