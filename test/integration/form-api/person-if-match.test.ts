// Two coordinators with the same person's page open: each page sends its whole view of a list
// (roles, acting appointments). Before: both got 200 and the second silently dropped the first's
// grant. Now the person view carries an `etag` of what a coordinator edits; the page sends it as
// If-Match, and a PUT whose If-Match is stale is refused with 412 in Thai, nothing written. A bounce
// mark meanwhile is not an edit: the same etag still matches.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../../../functions/mail-events/mail-events.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { runBefore } from '../../support/fault-injection.js';
import { addStaff, listedPerson, type ListedPerson } from '../../support/people-requests.js';
import { bounceEvent, snsEvent } from '../../support/ses-events.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const domain = `if-match-${randomUUID().slice(0, 8)}.example.org`;
const quiet = { info: () => undefined, warn: () => undefined };

const add = (local: string) => addStaff(f, `${local}@${domain}`, 'นางสาวสมศรี ตั้งใจ');
const listed = async (personId: string) => (await listedPerson(f, personId))!;
/** A PUT as a person page sends it: If-Match with the etag it drew the form from. */
const save = (as: string, personId: string, ifMatch: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as, body, headers: { 'If-Match': ifMatch } });
const updates = async (personId: string) => {
  const res = await call(f.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator });
  expect(res.status).toBe(200);
  return (res.body.items as { action: string }[]).filter((i) => i.action === 'person.update');
};
const refusedInThai = (res: { status: number; body: { error: { code: string; message_th: string } } }) => {
  expect(res.status, JSON.stringify(res.body)).toBe(412);
  expect(res.body.error.code).toBe('precondition_failed');
  expect(res.body.error.message_th).toMatch(/^ข้อมูลของผู้ใช้งานนี้ถูกแก้ไขโดยผู้อื่นหลังจากท่านเปิดหน้านี้/);
  expect(res.body.error.message_th).toContain('กรุณาตรวจสอบข้อมูลล่าสุดแล้วแก้ไขและบันทึกอีกครั้ง');
};

describe('two person pages open on the same person, each saving over what it drew', () => {
  it('both grant a role and an acting appointment: the first is saved, the second gets 412 in Thai and nothing of it is written', async () => {
    const person = await add('two.grants');
    const drawn = (await listed(person.personId)).etag;
    const first = await save(who.coordinator, person.personId, drawn, {
      roles: ['staff', 'executive'],
      actingHeadOf: ['education'],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await save(who.admin, person.personId, drawn, {
      roles: ['staff', 'coordinator'],
      actingHeadOf: ['engineering'],
    });
    refusedInThai(second);
    const now = await listed(person.personId);
    expect(now.roles).toEqual(['staff', 'executive']);
    expect(now.actingHeadOf).toEqual(['education']);
    expect(await updates(person.personId)).toHaveLength(1);
    // the answer's etag is the new one: a page redrawn from it saves
    expect(now.etag).toBe((first.body as ListedPerson).etag);
    expect(now.etag).not.toBe(drawn);
    const again = await save(who.admin, person.personId, now.etag, {
      roles: ['staff', 'executive', 'coordinator'],
      actingHeadOf: ['education', 'engineering'],
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect((await listed(person.personId)).roles).toEqual(['staff', 'executive', 'coordinator']);
  });

  it('the other coordinator saves while this save is between its read and its write: 412, not a silent overwrite', async () => {
    const person = await add('same.moment');
    const drawn = (await listed(person.personId)).etag;
    const between = runBefore(
      f.store.doc,
      (command, input) =>
        command === 'TransactWriteItemsCommand' &&
        (input.TransactItems as { Put?: { Item?: { personId?: string } } }[])[0]?.Put?.Item?.personId ===
          person.personId,
      async () =>
        expect(
          (
            await save(who.coordinator, person.personId, drawn, {
              roles: ['staff', 'executive'],
              actingHeadOf: ['education'],
            })
          ).status,
        ).toBe(200),
      { times: 1, name: 'other-page-between' },
    );
    const res = await save(who.admin, person.personId, drawn, {
      roles: ['staff', 'coordinator'],
      actingHeadOf: ['engineering'],
    });
    between.remove();
    expect(between.ran).toBe(1);
    refusedInThai(res);
    const now = await listed(person.personId);
    expect(now.roles).toEqual(['staff', 'executive']);
    expect(now.actingHeadOf).toEqual(['education']);
  });

  it('both change the name: the second page gets 412 and the first name stays', async () => {
    const person = await add('same.field');
    const drawn = (await listed(person.personId)).etag;
    expect((await save(who.coordinator, person.personId, drawn, { name: 'นางสาวสมศรี ใจดี' })).status).toBe(200);
    refusedInThai(await save(who.admin, person.personId, drawn, { name: 'นางสมศรี ตั้งใจ' }));
    expect((await listed(person.personId)).name).toBe('นางสาวสมศรี ใจดี');
  });

  it('the other page changed a different field (the name) since: a role change from the stale page gets 412 too', async () => {
    const person = await add('other.field');
    const drawn = (await listed(person.personId)).etag;
    expect((await save(who.coordinator, person.personId, drawn, { name: 'นางสาวสมศรี ใจเย็น' })).status).toBe(200);
    refusedInThai(await save(who.admin, person.personId, drawn, { roles: ['staff', 'executive'] }));
    const now = await listed(person.personId);
    expect(now.roles).toEqual(['staff']);
    expect(now.name).toBe('นางสาวสมศรี ใจเย็น');
  });

  it('only a bounce marked since the page was drawn: the same If-Match still saves, and the mark stays', async () => {
    const person = await add('bounced.meanwhile');
    const drawn = (await listed(person.personId)).etag;
    // a strong entity tag, as If-Match compares them (RFC 9110 §8.8.3)
    expect(drawn).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const at = '2023-04-20T03:00:00Z';
    await mailEventsHandler({ store: f.store, log: quiet })(
      snsEvent(bounceEvent({ orgId: 'demo', kind: 'invitation', to: [person.email], sentAt: at }, at)),
    );
    const marked = await listed(person.personId);
    expect(marked.undeliverable).toMatchObject({ reason: 'bounced' });
    expect(marked.etag).toBe(drawn);
    const res = await save(who.coordinator, person.personId, drawn, { roles: ['staff', 'executive'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const now = await listed(person.personId);
    expect(now.roles).toEqual(['staff', 'executive']);
    expect(now.undeliverable).toMatchObject({ reason: 'bounced' });
  });

  // tester s38: If-Match "7" (a report's version, a made-up value) was told someone else had edited
  // the person; still 412 (RFC 9110 §13.1.1), saying it is no person's etag
  it.each([['"7"'], ['7'], ['W/"q5f0mYV2mCkLxA3b9Xz1Qw"']])(
    'If-Match %s, no etag a person has: 412 saying so, on headers.if-match, nothing written',
    async (ifMatch) => {
      const person = await add(`not.an.etag.${ifMatch.length}`);
      const res = await save(who.coordinator, person.personId, ifMatch, { name: 'นางสาวสมศรี ใจงาม' });
      expect(res.status, JSON.stringify(res.body)).toBe(412);
      expect(res.body.error.message_th).toMatch(/^If-Match ของผู้ใช้งานคือค่า etag ที่ได้จากการอ่านข้อมูลผู้ใช้งาน/);
      expect(res.body.error.message_th).not.toContain('ถูกแก้ไขโดยผู้อื่น');
      expect(res.body.error.fields).toEqual([expect.objectContaining({ path: 'headers.if-match' })]);
      expect((await listed(person.personId)).name).toBe('นางสาวสมศรี ตั้งใจ');
      expect(await updates(person.personId)).toHaveLength(0);
    },
  );

  it('a PUT without If-Match (the admin CLI, scripts) still applies its fields to the person as stored', async () => {
    const person = await add('no.if.match');
    const drawn = (await listed(person.personId)).etag;
    expect((await save(who.coordinator, person.personId, drawn, { name: 'นางสาวสมศรี ใจงาม' })).status).toBe(200);
    const res = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${person.personId}`,
      as: who.admin,
      body: { roles: ['staff', 'executive'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const now = await listed(person.personId);
    expect(now.name).toBe('นางสาวสมศรี ใจงาม');
    expect(now.roles).toEqual(['staff', 'executive']);
  });

  it('OpenAPI declares the If-Match header and the 412 on PUT /v1/people/{personId}', async () => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/openapi.json', as: who.coordinator });
    expect(res.status).toBe(200);
    const put = res.body.paths['/v1/people/{personId}'].put as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, unknown>;
    };
    expect(put.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: false }));
    expect(put.responses).toHaveProperty('412');
  });
});

// session 37: the validator was in the body only; HTTP clients read it from the ETag header
// (RFC 9110 §8.8.3). There is no GET of one person (people are listed), so the person's one
// answer that may carry it is POST's 201; a PUT's answer may not (RFC 9110 §9.3.4: it merges the body).
describe("the person's entity tag in the ETag header", () => {
  const PAGE_ORIGIN = 'https://ita.example.org';
  const addWithOrigin = (local: string) =>
    call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      headers: { origin: PAGE_ORIGIN },
      body: { email: `${local}@${domain}`, name: 'นายสมชาย ใจดี', roles: ['staff'], unitId: 'finance' },
    });

  it("adding a person answers ETag, the same strong tag as the body's etag and as listed", async () => {
    const res = await addWithOrigin('etag.added');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers.etag).toBe(res.body.etag);
    expect((await listed(res.body.personId)).etag).toBe(res.headers.etag);
  });

  it('the header sent back as If-Match saves; once the person changed, the same header gets 412', async () => {
    const res = await addWithOrigin('etag.sent.back');
    const { personId } = res.body as ListedPerson;
    expect((await save(who.coordinator, personId, res.headers.etag!, { roles: ['staff', 'executive'] })).status).toBe(
      200,
    );
    refusedInThai(await save(who.admin, personId, res.headers.etag!, { name: 'นายสมชาย ใจเย็น' }));
    expect((await listed(personId)).name).toBe('นายสมชาย ใจดี');
  });

  it('a page on another allowed origin may read it (Access-Control-Expose-Headers), and Location', async () => {
    const res = await addWithOrigin('etag.cors');
    expect(res.headers['Access-Control-Allow-Origin']).toBe(PAGE_ORIGIN);
    const exposed = res.headers['Access-Control-Expose-Headers']?.toLowerCase().split(',');
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'location']));
  });

  it("OpenAPI declares ETag on POST /v1/people's 201; a PUT's answer has the new etag in its body only", async () => {
    const doc = await call(f.handler, { method: 'GET', path: '/v1/openapi.json', as: who.coordinator });
    const paths = doc.body.paths as Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>;
    expect(paths['/v1/people']!.post!.responses['201']!.headers).toHaveProperty('ETag');
    expect(paths['/v1/people/{personId}']!.put!.responses['200']!.headers ?? {}).not.toHaveProperty('ETag');
    const person = await add('etag.put');
    const res = await save(who.coordinator, person.personId, person.etag, { roles: ['staff', 'executive'] });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeUndefined();
    expect(res.body.etag).toBe((await listed(person.personId)).etag);
  });
});
