// A coordinator's change of a person reads them, then writes them whole. Before: anything written
// to the person between that read and that write was lost (a bounce's "undeliverable" mark, another
// coordinator's change) or brought back (a mark an invitation had just cleared). Now the write only
// goes over the revision it read; otherwise the change is applied again to the person as stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../../../functions/mail-events/mail-events.js';
import { type ApiResponse, call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { runBefore } from '../../support/fault-injection.js';
import { mailFor } from '../../support/mailbox.js';
import { addStaff, listedPerson, type ListedPerson } from '../../support/people-requests.js';
import { bounceEvent, snsEvent } from '../../support/ses-events.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const domain = `interleaved-${randomUUID().slice(0, 8)}.example.org`;
const quiet = { info: () => undefined, warn: () => undefined };
const bounce = (email: string, at: string) =>
  mailEventsHandler({ store: f.store, log: quiet })(
    snsEvent(bounceEvent({ orgId: 'demo', kind: 'invitation', to: [email], sentAt: at }, at)),
  );

const add = (local: string) => addStaff(f, `${local}@${domain}`, 'นายสมชาย ใจดี');
const change = (personId: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.coordinator, body });
const listed = async (personId: string) => (await listedPerson(f, personId))!;
/** The person's own write: a transaction whose first item is their Put. */
const writesPerson = (personId: string) => (command: string, input: Record<string, unknown>) =>
  command === 'TransactWriteItemsCommand' &&
  (input.TransactItems as { Put?: { Item?: { type?: string; personId?: string } } }[])[0]?.Put?.Item?.personId ===
    personId;

describe('a change of a person while something else writes them', () => {
  it('a bounce recorded while a coordinator renames the person: the new name and the undeliverable mark both stay', async () => {
    const person = await add('renamed.during.bounce');
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      () => bounce(person.email, '2023-04-20T03:00:00Z'),
      {
        times: 1,
        name: 'bounce-between',
      },
    );
    const res = await change(person.personId, { name: 'นายสมชาย ใจงาม' });
    between.remove();
    expect(between.ran).toBe(1);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const now = await listed(person.personId);
    expect(now.name).toBe('นายสมชาย ใจงาม');
    expect(now.undeliverable).toMatchObject({ reason: 'bounced' });
  });

  it("another coordinator's change lands while one is saving: both changes stay", async () => {
    const person = await add('two.coordinators');
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      async () => expect((await change(person.personId, { roles: ['staff', 'executive'] })).status).toBe(200),
      { times: 1, name: 'other-coordinator-between' },
    );
    const res = await change(person.personId, { name: 'นายสมชาย ใจเย็น' });
    between.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const now = await listed(person.personId);
    expect(now.name).toBe('นายสมชาย ใจเย็น');
    expect(now.roles).toEqual(['staff', 'executive']);
  });

  it('an invitation sent again while the person is being renamed: the mark it cleared does not come back', async () => {
    const person = await add('resent.during.rename');
    await bounce(person.email, '2023-04-20T02:00:00Z');
    expect((await listed(person.personId)).undeliverable).toBeDefined();
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      async () =>
        expect(
          (
            await call(f.handler, {
              method: 'POST',
              path: `/v1/people/${person.personId}/invitation`,
              as: who.coordinator,
            })
          ).status,
        ).toBe(200),
      { times: 1, name: 'invitation-between' },
    );
    const res = await change(person.personId, { name: 'นายสมชาย ใจสู้' });
    between.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const now = await listed(person.personId);
    expect(now.name).toBe('นายสมชาย ใจสู้');
    expect(now.undeliverable).toBeUndefined();
  });

  it('a person written again before every attempt: 409 that says so in Thai, and the change is not written', async () => {
    const person = await add('always.changed');
    let n = 0;
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      () => bounce(person.email, `2023-04-2${++n}T03:00:00Z`),
      { name: 'always-between' },
    );
    const res = await change(person.personId, { name: 'นายสมชาย ไม่ได้เปลี่ยน' });
    between.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.message_th).toMatch(/กำลังถูกแก้ไขจากที่อื่น/);
    expect(between.ran).toBe(3);
    expect((await listed(person.personId)).name).toBe('นายสมชาย ใจดี');
  });
});

/** The admin deactivates the person, as the person page's "ปิดการใช้งาน" does; expects 200. */
const deactivate = async (personId: string) =>
  expect(
    (await call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.admin, body: { active: false } }))
      .status,
  ).toBe(200);
/** The actions of the person's history, newest first. */
const history = async (personId: string) => {
  const res = await call(f.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator });
  expect(res.status).toBe(200);
  return (res.body.items as { action: string }[]).map((e) => e.action);
};
const accessEnded = (res: ApiResponse, what: 'saved' | 'sent') => {
  expect(res.status, JSON.stringify(res.body)).toBe(409);
  expect(res.body.error.message_th).toBe(
    `ผู้ใช้งานนี้ถูกปิดการใช้งานในระหว่างนั้น สิทธิ์เข้าใช้งานสิ้นสุดแล้ว ${what === 'saved' ? 'การเปลี่ยนแปลงของท่านจึงยังไม่ได้บันทึก' : 'จึงไม่ได้ส่งอีเมลเชิญ'} หากยังต้องการ กรุณาเปิดใช้งานอีกครั้งก่อน`,
  );
  expect(res.body.error.message_en).toMatch(/^this person was deactivated meanwhile, so their access has ended/);
};

// session 37: a change racing the deactivation was applied to the person as deactivated: the acting
// list then got its 400 ("a deactivated person cannot be acting head"), a page's If-Match its 412,
// and a rename was written on the deactivated person; an invitation sent again went out after it
describe("a change or an invitation racing the person's deactivation: 409, the access ended meanwhile", () => {
  /** Adds a staff member, then sends `request` with their deactivation landing between its read and its write. */
  const racingDeactivation = async (local: string, request: (person: ListedPerson) => Promise<ApiResponse>) => {
    const person = await add(local);
    const between = runBefore(f.store.doc, writesPerson(person.personId), () => deactivate(person.personId), {
      times: 1,
      name: `deactivated-before-${local}`,
    });
    const res = await request(person);
    between.remove();
    expect(between.ran).toBe(1);
    accessEnded(res, 'saved');
    return (await listedPerson(f, person.personId))!;
  };

  it("an acting appointment given while the admin deactivates them: 409, not the acting list's 400; nothing of it written", async () => {
    const now = await racingDeactivation('acting.during.deactivation', (p) =>
      change(p.personId, { actingHeadOf: ['education'] }),
    );
    expect(now).toMatchObject({ active: false, actingHeadOf: [] });
    expect(await history(now.personId)).toEqual(['person.update', 'person.add']);
  });

  it('a rename while they are deactivated: 409, the name is not written on the deactivated person', async () => {
    const now = await racingDeactivation('renamed.during.deactivation', (p) =>
      change(p.personId, { name: 'นายสมชาย ชื่อใหม่' }),
    );
    expect(now.name).toBe('นายสมชาย ใจดี');
    expect(await history(now.personId)).toEqual(['person.update', 'person.add']);
  });

  it("the person page's save (If-Match) while they are deactivated: 409 saying so, not the 412 of an edit", async () => {
    const now = await racingDeactivation('page.during.deactivation', (p) =>
      call(f.handler, {
        method: 'PUT',
        path: `/v1/people/${p.personId}`,
        as: who.coordinator,
        headers: { 'If-Match': p.etag },
        body: { roles: ['staff', 'executive'] },
      }),
    );
    expect(now.roles).toEqual(['staff']);
  });

  it('the invitation sent again while they are deactivated: 409, no email, no history entry, the bounce mark kept', async () => {
    const person = await add('invited.during.deactivation');
    await bounce(person.email, '2023-04-20T06:00:00Z');
    const mails = async () => (await mailFor(domain)).filter((m) => m.to.includes(person.email)).length;
    const before = await mails();
    // the deactivation lands after the resend read the person (and renewed the password), as it
    // reads the org for the email: before the email goes
    let personRead = false;
    const between = runBefore(
      f.store.doc,
      (command, input) => {
        if (!/^Get(Item)?Command$/.test(command)) return false;
        const key = JSON.stringify(input.Key);
        if (key.includes(person.personId)) personRead = true;
        return personRead && String((input.Key as { sk?: unknown }).sk).startsWith('ORG#');
      },
      () => deactivate(person.personId),
      { times: 1, name: 'deactivated-before-invitation' },
    );
    const res = await call(f.handler, {
      method: 'POST',
      path: `/v1/people/${person.personId}/invitation`,
      as: who.coordinator,
    });
    between.remove();
    expect(between.ran).toBe(1);
    accessEnded(res, 'sent');
    expect(await mails()).toBe(before);
    expect(await history(person.personId)).not.toContain('person.invite');
    expect((await listedPerson(f, person.personId))?.undeliverable).toMatchObject({ reason: 'bounced' });
  });
});

/** Each GetItem of the person the calls after this send: whether it was a consistent read (on AWS, not stale). */
const readsOf = (personId: string, name: string) => {
  const consistent: boolean[] = [];
  const watch = runBefore(
    f.store.doc,
    (command, input) => {
      if (/^Get(Item)?Command$/.test(command) && JSON.stringify(input.Key).includes(personId))
        consistent.push(input.ConsistentRead === true);
      return false;
    },
    () => Promise.resolve(),
    { name },
  );
  return { consistent, remove: () => watch.remove() };
};

describe('the reads of a change of a person (on AWS a plain read may miss the write that refused ours)', () => {
  it('a bounce recorded between the read and the write: the read again after the refused write is consistent, and so is the first', async () => {
    const person = await add('consistent.after.conflict');
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      () => bounce(person.email, '2023-04-20T04:00:00Z'),
      { times: 1, name: 'bounce-before-consistent' },
    );
    const reads = readsOf(person.personId, 'reads-after-conflict');
    const res = await change(person.personId, { name: 'นายสมชาย อ่านใหม่' });
    reads.remove();
    between.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(reads.consistent).toEqual([true, true]);
    expect((await listed(person.personId)).name).toBe('นายสมชาย อ่านใหม่');
  });

  it('a change with nothing meanwhile reads the person once, consistently', async () => {
    const person = await add('consistent.once');
    const reads = readsOf(person.personId, 'reads-once');
    const res = await change(person.personId, { roles: ['staff', 'executive'] });
    reads.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(reads.consistent).toEqual([true]);
  });

  it('written again before every attempt: each of the three reads is consistent, then 409', async () => {
    const person = await add('consistent.three');
    let n = 0;
    const between = runBefore(
      f.store.doc,
      writesPerson(person.personId),
      () => bounce(person.email, `2023-04-2${++n}T05:00:00Z`),
      { name: 'always-before-consistent' },
    );
    const reads = readsOf(person.personId, 'reads-three');
    const res = await change(person.personId, { name: 'นายสมชาย ไม่ได้อ่านใหม่' });
    reads.remove();
    between.remove();
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(reads.consistent).toEqual([true, true, true]);
  });
});
