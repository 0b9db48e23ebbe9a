// A Cognito failure after a person's write: the answer says the change was saved and the sign-in
// not yet updated (503), and the same request again brings the sign-in in line with the table.
// Cognito is stubbed at the SDK level; one command is made to fail once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

/** The next `times` sends of `commandName` reject as Cognito throttling does. */
function failNext(commandName: string, times = 1): void {
  const client = f.cognito.client as unknown as { send: (...a: unknown[]) => Promise<unknown> };
  const send = client.send.bind(client);
  let left = times;
  client.send = (command: unknown, ...rest: unknown[]) => {
    if ((command as { constructor: { name: string } }).constructor.name === commandName && left-- > 0) {
      return Promise.reject(
        Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException', $fault: 'client' }),
      );
    }
    return send(command, ...rest);
  };
}

const put = (id: string, body: Record<string, unknown>) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${id}`, as: who.coordinator, body });

async function add(email: string): Promise<string> {
  const added = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email, name: 'นางสาวทดสอบ ระบบ', roles: ['staff'], unitId: 'finance' },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body.personId as string;
}

const activeInTable = async (id: string) =>
  (await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator })).body.items.find(
    (p: { personId: string }) => p.personId === id,
  )?.active;

function expectSavedNotSynced(res: { status: number; body: { error: { message_th: string; message_en: string } } }) {
  expect(res.status, JSON.stringify(res.body)).toBe(503);
  expect(res.body.error.message_th).toContain('บันทึกการเปลี่ยนแปลงแล้ว');
  expect(res.body.error.message_en).toContain('the change was saved');
  expect(JSON.stringify(res.body)).toContain('"saved":true');
}

it('a reactivation whose sign-in enable fails says "saved, sign-in not yet updated", and the same PUT again enables the sign-in', async () => {
  const email = 'flaky.on@shared.example.org';
  const id = await add(email);
  expect((await put(id, { active: false })).status).toBe(200);
  expect(f.cognito.users.get(email)?.enabled).toBe(false);

  failNext('AdminEnableUserCommand');
  expectSavedNotSynced(await put(id, { active: true }));
  expect(await activeInTable(id)).toBe(true);

  const again = await put(id, { active: true });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  expect(f.cognito.users.get(email)?.enabled, 'active in the table, so the sign-in is enabled').toBe(true);
});

it('a deactivation whose sign-in disable fails says so, and the same PUT again disables the sign-in', async () => {
  const email = 'flaky.off@shared.example.org';
  const id = await add(email);

  failNext('AdminDisableUserCommand');
  expectSavedNotSynced(await put(id, { active: false }));
  expect(await activeInTable(id)).toBe(false);
  expect(f.cognito.users.get(email)?.enabled).toBe(true);

  const again = await put(id, { active: false });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  expect(f.cognito.users.get(email)?.enabled, 'inactive everywhere, so the sign-in is disabled').toBe(false);
});

it('an add whose sign-in enable fails says the person was saved, and a PUT of active:true then enables the sign-in', async () => {
  const email = 'flaky.add@shared.example.org';
  failNext('AdminEnableUserCommand');
  const added = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email, name: 'นายทดสอบ เพิ่มใหม่', roles: ['staff'], unitId: 'finance' },
  });
  expectSavedNotSynced(added);
  const listed = (await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator })).body.items.find(
    (p: { email: string }) => p.email === email,
  );
  expect(listed?.active, 'the person was saved').toBe(true);
  expect(added.body.error.fields[0].message_en).toContain(`PUT /v1/people/${listed.personId}`);
  f.cognito.users.get(email)!.enabled = false; // as if the sign-in were disabled before (linked)
  const again = await put(listed.personId, { active: true });
  expect(again.status, JSON.stringify(again.body)).toBe(200);
  expect(f.cognito.users.get(email)?.enabled).toBe(true);
});
