// Two coordinators add the same email at the same moment: the email claim (a conditional write in
// the person's transaction) lets exactly one through; the others get 409 and nothing of theirs stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';

let local: ApiFixture;
let cognito: ApiFixture;
beforeAll(async () => {
  [local, cognito] = await Promise.all([createApiFixture({ signIn: 'local' }), createApiFixture()]);
});
afterAll(async () => Promise.all([local?.close(), cognito?.close()]));

const add = (f: ApiFixture, email: string, as: string = who.coordinator) =>
  call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as,
    body: { email, name: 'นางสาวสมศรี มาใหม่', roles: ['staff'], unitId: 'finance' },
  });

/** Every person of the org holding this email, any letter case. */
const holders = async (f: ApiFixture, orgId: string, email: string) =>
  (await new OrgRepository(f.store).listPeople(orgId)).filter((p) => p.email === email.toLowerCase());

/** Adds written to the audit trail (one per person actually added). */
const addEntries = async (f: ApiFixture) => (await f.dump()).split('"person.add"').length - 1;

async function expectOneAdded(f: ApiFixture, emails: string[]) {
  const auditBefore = await addEntries(f);
  const answers = await Promise.all(emails.map((email) => add(f, email)));
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([201, ...emails.slice(1).map(() => 409)]);
  for (const refused of answers.filter((a) => a.status === 409)) {
    expect(refused.body.error.fields[0]).toMatchObject({
      path: 'body.email',
      message_th: expect.stringMatching(/อีเมลนี้มีอยู่แล้ว/),
    });
  }
  const people = await holders(f, 'demo', emails[0]!);
  expect(people.map((p) => p.personId)).toEqual([answers.find((a) => a.status === 201)!.body.personId]);
  expect(await addEntries(f)).toBe(auditBefore + 1);
}

describe('adding one email twice at the same moment (local sign-in: each add gets a new subject)', () => {
  it('two adds of one new email: one person is added, the other add gets 409', async () => {
    await expectOneAdded(local, [`race.one@${local.mailDomain}`, `race.one@${local.mailDomain}`]);
  });

  it('the same email in other letter cases at once: still one person', async () => {
    const e = `race.two@${local.mailDomain}`;
    await expectOneAdded(local, [e, e.toUpperCase(), `Race.Two@${local.mailDomain}`]);
  });

  it('five adds of one email at once: exactly one is added', async () => {
    await expectOneAdded(
      local,
      Array.from({ length: 5 }, () => `race.three@${local.mailDomain}`),
    );
  });

  it('a later add of a raced email is 409 as well, and the person can still be changed', async () => {
    const e = `race.one@${local.mailDomain}`;
    expect((await add(local, e)).status).toBe(409);
    const [person] = await holders(local, 'demo', e);
    const move = await call(local.handler, {
      method: 'PUT',
      path: `/v1/people/${person!.personId}`,
      as: who.coordinator,
      body: { unitId: 'engineering' },
    });
    expect(move.status, JSON.stringify(move.body)).toBe(200);
  });

  it('one email added to two orgs at once: a person in each (the claim is per org)', async () => {
    const e = `both.orgs@${local.mailDomain}`;
    const [demo, other] = await Promise.all([
      add(local, e),
      call(local.handler, {
        method: 'POST',
        path: '/v1/people',
        as: who.otherCoordinator,
        body: { email: e, name: 'นางสาวสมศรี มาใหม่', roles: ['coordinator'] },
      }),
    ]);
    expect([demo.status, other.status], JSON.stringify([demo.body, other.body])).toEqual([201, 201]);
    expect(await holders(local, 'demo', e)).toHaveLength(1);
    expect(await holders(local, 'other', e)).toHaveLength(1);
  });
});

describe('adding one email twice at the same moment (SDK-level Cognito)', () => {
  it('two adds of one new email: one person, one Cognito user, the other add gets 409', async () => {
    const e = `race.cognito@${cognito.mailDomain}`;
    await expectOneAdded(cognito, [e, e]);
    expect(cognito.cognito.users.get(e)?.enabled).toBe(true);
  });
});

describe('the last active coordinator, when two step down at the same moment', () => {
  const org = () => new OrgRepository(local.store);
  const activeCoordinators = async () =>
    (await org().listPeople('demo')).filter((p) => p.active && p.roles.includes('coordinator'));
  const addCoordinator = async (email: string) => {
    const res = await call(local.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.admin,
      body: { email, name: 'คณะทำงานเพิ่มเติม', roles: ['coordinator'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.personId as string;
  };
  const change = (personId: string, body: Record<string, unknown>) =>
    call(local.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.admin, body });

  async function race(bodies: [Record<string, unknown>, Record<string, unknown>]) {
    const [a, b] = (await activeCoordinators()).map((p) => p.personId);
    expect(b, 'two active coordinators before the race').toBeDefined();
    const answers = await Promise.all([change(a!, bodies[0]), change(b!, bodies[1])]);
    expect(answers.map((x) => x.status).sort(), JSON.stringify(answers.map((x) => x.body))).toEqual([200, 409]);
    const refused = answers.find((x) => x.status === 409)!;
    expect(refused.body.error.fields[0].message_th).toMatch(/คณะทำงาน ITA คนสุดท้าย/);
    expect(await activeCoordinators()).toHaveLength(1);
  }

  it('both deactivated at once: one is, the other gets 409, one coordinator remains', async () => {
    await addCoordinator(`second.coordinator@${local.mailDomain}`);
    await race([{ active: false }, { active: false }]);
  });

  it('both lose the coordinator role at once: one does, the other gets 409', async () => {
    await addCoordinator(`third.coordinator@${local.mailDomain}`);
    await race([{ roles: ['executive'] }, { roles: ['executive'] }]);
  });

  it('one deactivated while the other loses the role: one change goes through', async () => {
    await addCoordinator(`fourth.coordinator@${local.mailDomain}`);
    await race([{ active: false }, { roles: ['executive'] }]);
  });

  it('with three coordinators, two stepping down at once both go through', async () => {
    await addCoordinator(`fifth.coordinator@${local.mailDomain}`);
    await addCoordinator(`sixth.coordinator@${local.mailDomain}`);
    const ids = (await activeCoordinators()).map((p) => p.personId).sort();
    expect(ids).toHaveLength(3);
    // the two with the smaller ids step down; the greatest stays
    const answers = await Promise.all([change(ids[0]!, { active: false }), change(ids[1]!, { active: false })]);
    expect(answers.map((x) => x.status)).toEqual([200, 200]);
    expect((await activeCoordinators()).map((p) => p.personId)).toEqual([ids[2]]);
  });
});
