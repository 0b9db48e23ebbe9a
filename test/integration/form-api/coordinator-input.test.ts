// What a coordinator (or anyone) may send to the units, people and calendar routes, and what they
// are told when it is wrong: one line of text per name, 403 before 400, human messages, no body.
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiRequest } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const THAI = /[\u0E00-\u0E7F]/;

/** The request is refused with these status and field, with Thai and English messages, and writes nothing. */
async function expectRefused(req: ApiRequest, status: number, field?: string) {
  const before = await f.dump();
  const res = await call(f.handler, req);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.message_th).toMatch(THAI);
  expect(res.body.error.message_en).not.toBe('');
  if (field) {
    const found = (res.body.error.fields as { path: string; message_th: string; message_en: string }[]).find(
      (x) => x.path === field,
    );
    expect(found, JSON.stringify(res.body.error.fields)).toBeDefined();
    expect(found!.message_th).toMatch(THAI);
    expect(found!.message_en).not.toBe('');
  }
  expect(await f.dump()).toBe(before);
  return res;
}

describe('names are one line of text: control and bidi characters are refused', () => {
  const asCoordinator = { as: who.coordinator };
  const cases: [string, ApiRequest, string][] = [
    [
      'a NUL in a new unit’s name',
      { method: 'POST', path: '/v1/units', ...asCoordinator, body: { name: 'กองคลัง\u0000ใหม่' } },
      'body.name',
    ],
    [
      'a newline in a new unit’s name',
      { method: 'POST', path: '/v1/units', ...asCoordinator, body: { name: 'กองพัสดุ\nDTSTART:20230101' } },
      'body.name',
    ],
    [
      'U+202E RIGHT-TO-LEFT OVERRIDE in a renamed unit',
      { method: 'PUT', path: '/v1/units/finance', ...asCoordinator, body: { name: 'กองคลัง\u202Efdp.exe' } },
      'body.name',
    ],
    [
      'a tab in an alias',
      { method: 'POST', path: '/v1/units', ...asCoordinator, body: { name: 'กองสวัสดิการ', aliases: ['กอง\tสวัสดิการ'] } },
      'body.aliases.0',
    ],
    [
      'U+2066 LEFT-TO-RIGHT ISOLATE in an alias',
      { method: 'PUT', path: '/v1/units/clerk', ...asCoordinator, body: { aliases: ['สป.', '\u2066สำนักปลัด'] } },
      'body.aliases.1',
    ],
    [
      'a C1 control (U+0085 NEXT LINE) in a person’s name',
      {
        method: 'POST',
        path: '/v1/people',
        ...asCoordinator,
        body: { email: 'c1@demo.example.org', name: 'นายสมศักดิ์\u0085ดี', roles: ['executive'] },
      },
      'body.name',
    ],
    [
      'a carriage return in a renamed person',
      { method: 'PUT', path: `/v1/people/${who.financeStaff}`, ...asCoordinator, body: { name: 'นางสมศรี\r\nX' } },
      'body.name',
    ],
    [
      'U+2029 PARAGRAPH SEPARATOR in a calendar label',
      { method: 'POST', path: '/v1/calendar-feeds', as: who.financeStaff, body: { label: 'งาน\u2029ของฉัน' } },
      'body.label',
    ],
  ];

  it.each(cases)('%s: 400 on the field, Thai first, nothing written', async (_name, req, field) => {
    const res = await expectRefused(req, 400, field);
    const message = res.body.error.fields.find((x: { path: string }) => x.path === field);
    expect(message.message_th).toContain('มีอักขระที่ไม่อนุญาต');
    expect(message.message_en).toContain('has characters that are not allowed');
  });

  it('Thai names with spaces, marks and digits are still accepted', async () => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/units',
      as: who.coordinator,
      body: { unitId: 'tax', name: 'ฝ่ายพัฒนารายได้ ๒', aliases: ['งานจัดเก็บรายได้ (เดิม)'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

// Tester s37 (P3): a person named "\u00a0นายสมชาย\u200b  ใจดี 😀\u3000" was stored as "นายสมชาย\u200b
// ใจดี 😀": the ends trimmed, the zero-width space kept. One rule (line, oneLine: shared/domain/text.ts)
// for names, aliases, labels and evidence titles: zero-width characters dropped, odd spaces one space.
describe('names are saved as one clean line: no zero-width characters, one plain space between words', () => {
  const asCoordinator = { as: who.coordinator };
  const newPerson = (email: string, name: string): ApiRequest => ({
    method: 'POST',
    path: '/v1/people',
    ...asCoordinator,
    body: { email, name, roles: ['executive'] },
  });
  const nameOf = (b: { name: string }) => b.name;
  it.each([
    [
      'a new person (the tester’s)',
      newPerson('zw1@demo.example.org', '\u00a0นายสมชาย\u200b  ใจดี 😀\u3000'),
      nameOf,
      'นายสมชาย ใจดี 😀',
    ],
    [
      'a renamed person: a BOM, a word joiner, an em space',
      {
        method: 'PUT',
        path: `/v1/people/${who.financeHead}`,
        ...asCoordinator,
        body: { name: '\ufeffนางสมศรี\u2060\u2003ใจงาม' },
      },
      nameOf,
      'นางสมศรี ใจงาม',
    ],
    [
      'a new unit’s name and alias: NBSP, narrow NBSP, en space, U+3000',
      {
        method: 'POST',
        path: '/v1/units',
        ...asCoordinator,
        body: { unitId: 'zwunit', name: 'กอง\u200bยุทธศาสตร์\u00a0', aliases: ['\u3000งาน\u202fยุทธ\u2002ศาสตร์\u200b'] },
      },
      (b: { name: string; aliases: string[] }) => [b.name, ...b.aliases].join(' | '),
      'กองยุทธศาสตร์ | งาน ยุทธ ศาสตร์',
    ],
    // tester s38: U+00AD and the other invisible format characters (Cf) stayed; a Thai name needs
    // none of them (ZWJ/ZWNJ included: the joined emoji shows side by side)
    [
      'a new person with soft hyphens (pasted from Word)',
      newPerson('shy1@demo.example.org', 'นาย\u00adสม\u00adชาย ใจ\u00adดี'),
      nameOf,
      'นายสมชาย ใจดี',
    ],
    [
      'a renamed unit: a soft hyphen, ZWNJ, an invisible separator (U+2063) and a tag character',
      {
        method: 'PUT',
        path: '/v1/units/finance',
        ...asCoordinator,
        body: { name: 'กอง\u00adคลัง\u200c\u2063\u{e0041}' },
      },
      nameOf,
      'กองคลัง',
    ],
    [
      'a person whose emoji joins with ZWJ: the joiner goes too',
      newPerson('zw2@demo.example.org', 'สมหญิง\u200b 👩\u200d💻'),
      nameOf,
      'สมหญิง 👩💻',
    ],
  ] as [string, ApiRequest, (b: never) => string, string][])(
    '%s: saved and answered clean',
    async (_n, req, read, saved) => {
      const res = await call(f.handler, req);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      expect(read(res.body as never)).toBe(saved);
    },
  );
});

describe('unit names that grow under Unicode normalisation (NFC) are names like any other', () => {
  it.each([
    // a name of marks alone is no name (400, see people-and-unit-names.test.ts): a letter carries them
    ['"a" and 151 × U+0344 (each becomes two marks)', 'grow-a', `a${'\u0344'.repeat(151)}`],
    ['101 × U+FB2C (each becomes three code points)', 'grow-b', '\ufb2c'.repeat(101)],
    ['a Thai name with 150 × U+0344 after it', 'grow-c', `กองทดสอบ${'\u0344'.repeat(150)}`],
  ])('%s: added once (201), a second unit with the same name is 409, never 500', async (_name, unitId, name) => {
    const add = (id: string) =>
      call(f.handler, { method: 'POST', path: '/v1/units', as: who.coordinator, body: { unitId: id, name } });
    const first = await add(unitId);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await add(`${unitId}-2`);
    expect(second.status, JSON.stringify(second.body)).toBe(409);
  });

  it('the same as an alias of another unit: 409 on the alias, never 500', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: '/v1/units/finance',
      as: who.coordinator,
      body: { aliases: [`a${'\u0344'.repeat(151)}`] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
  });
});

describe('evidence titles are made one line (the page takes them from file names)', () => {
  it.each([
    ['a newline in a link title', { url: 'https://www.example.go.th/a', title: 'ประกาศ\nที่ ๑' }, 'ประกาศ ที่ ๑'],
    [
      'U+202E in an uploaded file’s title',
      { key: 'demo/2566/evidence/i4.f2.2023-04.finance/1-a.pdf', title: 'รายงาน\u202Efdp.exe' },
      'รายงาน fdp.exe',
    ],
    [
      'a NUL and a tab around a title',
      { url: 'https://www.example.go.th/b', title: '\u0000\tภาพกิจกรรม\t' },
      'ภาพกิจกรรม',
    ],
    [
      'zero-width and ideographic spaces in a title (tester s37)',
      { url: 'https://www.example.go.th/c', title: '\u3000ภาพ\u200bกิจกรรม\u00a0\u00a0วันที่ ๑\ufeff' },
      'ภาพกิจกรรม วันที่ ๑',
    ],
  ])('%s: the report is saved with the title on one line', async (_name, evidence, title) => {
    const current = await call(f.handler, {
      method: 'GET',
      path: '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance',
      as: who.financeStaff,
    });
    const version = current.body.latestReport?.version;
    const res = await call(f.handler, {
      method: 'PUT',
      path: '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report',
      as: who.financeStaff,
      body: {
        progress: 'done',
        summary: 'ทำแล้ว',
        evidence: [evidence],
        ...(version ? { expectedVersion: version } : {}),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.evidence[0].title).toBe(title);
  });

  it('a title of control characters only is refused as empty: 400 on the title', async () => {
    await expectRefused(
      {
        method: 'PUT',
        path: '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report',
        as: who.financeStaff,
        body: { progress: 'done', summary: 'ทำแล้ว', evidence: [{ url: 'https://x.example.org/', title: '\r\n' }] },
      },
      400,
      'body.evidence.0.title',
    );
  });
});

describe('the calendar file never carries control characters, whatever is stored', () => {
  const finance = { orgId: 'demo', unitId: 'finance', name: 'กองคลัง', aliases: [], active: true };
  const stored = { ...finance, name: 'กองคลัง\r\nATTENDEE:mailto:x@evil.example\u0000\u202Egnp' };
  const orgs = () => new OrgRepository(f.store);
  // the API's cache of the org's units is dropped by any unit change through the API
  const touchUnits = () =>
    call(f.handler, { method: 'PUT', path: '/v1/units/clerk', as: who.coordinator, body: { aliases: ['สำนักปลัด'] } });
  // the unit as stored (with its revision: a unit write goes only over the one it read, s60-E)
  const storedFinance = async () => (await orgs().getUnit('demo', 'finance'))!;
  afterAll(async () => {
    await orgs().putUnit(finance, { actor: 'test', now: new Date() }, { previous: await storedFinance() });
    await touchUnits();
  });

  it('a unit name stored with a newline, NUL and U+202E reaches the .ics as one clean line', async () => {
    // as data written before the API refused them (the admin CLI, an older version)
    await orgs().putUnit(stored, { actor: 'test', now: new Date() }, { previous: await storedFinance() });
    expect((await touchUnits()).status).toBe(200);
    const created = await call(f.handler, { method: 'POST', path: '/v1/calendar-feeds', as: who.financeStaff });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const res = await call(f.handler, { method: 'GET', path: new URL(created.body.url).pathname });
    expect(res.status).toBe(200);
    const text = String(res.body);
    // only the CRLF line ends of RFC 5545 remain
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toMatch(/^ATTENDEE/m);
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.summary as unknown as string).toMatch(/ · กองคลัง ATTENDEE:mailto:x@evil\.example gnp$/);
      expect(e.description as unknown as string).toContain('หน่วยงาน: กองคลัง ATTENDEE:mailto:x@evil.example gnp\n');
    }
  });
});

describe('a caller whose role may not use a route gets 403, whatever the body', () => {
  const cases: [string, ApiRequest][] = [
    ['staff add a person with an empty body', { method: 'POST', path: '/v1/people', as: who.financeStaff, body: {} }],
    [
      'staff rename a unit to a number',
      { method: 'PUT', path: '/v1/units/finance', as: who.financeStaff, body: { name: 5 } },
    ],
    [
      'staff add a unit with a body that is not JSON',
      {
        method: 'POST',
        path: '/v1/units',
        as: who.financeStaff,
        rawBody: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    ],
    [
      'a unit head changes a person with an unknown field and a bad person id',
      { method: 'PUT', path: '/v1/people/bad%20id', as: who.financeHead, body: { colour: 'red' } },
    ],
    [
      'an executive adds a person with a bad email',
      { method: 'POST', path: '/v1/people', as: who.executive, body: { email: 'x', name: '', roles: [] } },
    ],
    // the same rule on the other role-checked routes that take a body
    [
      'staff review a report with no decision',
      {
        method: 'POST',
        path: '/v1/fiscal-years/2566/obligations/i4.f2.2023-03.finance/review',
        as: who.financeStaff,
        body: {},
      },
    ],
    [
      'an executive enters ITA scores that are not a list',
      { method: 'PUT', path: '/v1/fiscal-years/2566/ita-scores', as: who.executive, body: { indicators: 'all' } },
    ],
    [
      'staff replace the plan with an unknown format',
      { method: 'PUT', path: '/v1/fiscal-years/2566/plan', as: who.financeStaff, body: { format: 'csv' } },
    ],
  ];

  it.each(cases)('%s: 403, nothing written', async (_name, req) => {
    const res = await expectRefused(req, 403);
    expect(res.body.error.fields ?? []).toEqual([]);
  });
});

describe('validation messages are plain words in Thai and English', () => {
  const add = (body: unknown): ApiRequest => ({ method: 'POST', path: '/v1/units', as: who.coordinator, body });
  const addPerson = (body: unknown): ApiRequest => ({ method: 'POST', path: '/v1/people', as: who.coordinator, body });
  const cases: [string, ApiRequest, string, string, string][] = [
    [
      'aliases that are not a list',
      add({ name: 'กองใหม่', aliases: 'สป.' }),
      'body.aliases',
      'ชื่ออื่นที่ใช้ในเอกสารต้องเป็นรายการชื่อ เช่น ["กองคลัง"]',
      'aliases must be a list of names, e.g. ["กองคลัง"]',
    ],
    [
      'a unit id with Thai letters',
      add({ unitId: 'กองใหม่', name: 'กองใหม่' }),
      'body.unitId',
      'หน่วยงานมีอักขระหรือรูปแบบที่ไม่อนุญาต',
      'unit has characters that are not allowed (or is not in the expected form)',
    ],
    ['a name that is a number', add({ name: 12 }), 'body.name', 'ชื่อต้องเป็นข้อความ', 'name must be text'],
    [
      'no roles',
      addPerson({ email: 'a@demo.example.org', name: 'นายเอ', roles: [] }),
      'body.roles',
      'บทบาทต้องมีอย่างน้อย ๑ รายการ',
      'roles must have at least 1 item',
    ],
    [
      'an email without @',
      addPerson({ email: 'somchai.demo.example.org', name: 'นายสมชาย', roles: ['executive'] }),
      'body.email',
      'อีเมลไม่ถูกต้อง ต้องเป็นอีเมล เช่น somchai@example.go.th',
      'email is not a valid email address, e.g. somchai@example.go.th',
    ],
    [
      'head of unit as text',
      addPerson({ email: 'b@demo.example.org', name: 'นายบี', roles: ['executive'], headOfUnit: 'yes' }),
      'body.headOfUnit',
      'หัวหน้าหน่วยงานต้องเป็นค่าจริงหรือเท็จ',
      'head of unit must be true or false',
    ],
    // tester s37 #6: a plan save's format was only "รูปแบบไม่ถูกต้อง" / "does not match any allowed shape"
    ...(
      [
        ['a plan save without a format', { plan: {} }],
        ['a plan save in format xml', { format: 'xml', text: 'แผน' }],
        ['a plan save whose format is a number', { format: 5, measures: [] }],
      ] as const
    ).map(([name, body]): [string, ApiRequest, string, string, string] => [
      name,
      { method: 'PUT', path: '/v1/fiscal-years/2566/plan', as: who.coordinator, body },
      'body.format',
      'รูปแบบต้องเป็น ข้อความเอกสาร (document), รายการมาตรการ (json)',
      'format must be one of: document, json',
    ]),
  ];

  it.each(cases)('%s', async (_name, req, field, th, en) => {
    const res = await expectRefused(req, 400, field);
    expect(res.body.error.fields.find((x: { path: string }) => x.path === field)).toMatchObject({
      message_th: th,
      message_en: en,
    });
  });

  // tester s38: {"plan": {}} named body.format alone, not the field that is no field here
  it('a plan save {"plan": {}}: 400 naming the missing format with its choices and the unknown "plan", nothing written', async () => {
    const res = await expectRefused(
      { method: 'PUT', path: '/v1/fiscal-years/2566/plan', as: who.coordinator, body: { plan: {} } },
      400,
      'body.format',
    );
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'body.format',
        message_th: 'รูปแบบต้องเป็น ข้อความเอกสาร (document), รายการมาตรการ (json)',
      }),
      { path: 'body', message_th: 'ไม่รู้จักช่อง "plan"', message_en: 'unknown field(s): "plan"' },
    ]);
  });

  it('no message of a wide sweep of bad bodies uses zod words (regex, array, string, boolean, Invalid input)', async () => {
    const bodies = [
      { name: [], aliases: {}, unitId: 7, extra: 1 },
      { name: null, aliases: [1, null, ''], active: 'no' },
      { email: 5, name: true, roles: ['king'], unitId: '../x', headOfUnit: 1 },
      { email: 'x@y', name: 'x'.repeat(300), roles: 'staff' },
    ];
    for (const [path, body] of [
      ['/v1/units', bodies[0]],
      ['/v1/units', bodies[1]],
      ['/v1/people', bodies[2]],
      ['/v1/people', bodies[3]],
    ] as const) {
      const res = await call(f.handler, { method: 'POST', path, as: who.coordinator, body });
      expect(res.status).toBe(400);
      for (const field of res.body.error.fields as { message_th: string; message_en: string }[]) {
        expect(field.message_th).toMatch(THAI);
        expect(field.message_en).not.toMatch(
          /regex|array|string|boolean|undefined|Invalid input|\ba (array|object|int)\b/,
        );
      }
    }
  });
});

describe('a body whose fields are all optional may be left out', () => {
  const create = (extra: Partial<ApiRequest>) =>
    call(f.handler, { method: 'POST', path: '/v1/calendar-feeds', as: who.engineeringStaff, ...extra });

  it.each([
    ['no body and no content type', {}],
    ['an empty body sent as JSON', { rawBody: '', headers: { 'content-type': 'application/json' } }],
    ['a body of only spaces and a newline', { rawBody: '  \n', headers: { 'content-type': 'application/json' } }],
  ] as [string, Partial<ApiRequest>][])('POST /v1/calendar-feeds with %s creates a feed', async (_name, extra) => {
    const res = await create(extra);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.label).toBe('ปฏิทินของฉัน');
    expect(res.body.url).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  });

  it('a body with required fields left out says which fields are missing', async () => {
    const res = await expectRefused({ method: 'POST', path: '/v1/units', as: who.coordinator }, 400, 'body.name');
    expect(res.body.error.fields.find((x: { path: string }) => x.path === 'body.name')).toMatchObject({
      message_th: 'กรุณากรอกชื่อ',
      message_en: 'name is required',
    });
  });
});

describe('a unit that still has active people is not deactivated', () => {
  const putUnit = (unitId: string, body: Record<string, unknown>): ApiRequest => ({
    method: 'PUT',
    path: `/v1/units/${unitId}`,
    as: who.coordinator,
    body,
  });
  const activeIn = async (unitId: string) =>
    (await new OrgRepository(f.store).listPeople('demo')).filter((p) => p.active && p.unitId === unitId).length;

  it('deactivating กองคลัง with its staff and head is 409 saying how many, in Thai digits', async () => {
    const count = await activeIn('finance');
    expect(count).toBeGreaterThanOrEqual(2);
    const res = await expectRefused(putUnit('finance', { active: false }), 409, 'body.active');
    const thai = count.toLocaleString('th-TH-u-nu-thai');
    expect(res.body.error.message_th).toBe(`หน่วยงาน "กองคลัง" ยังมีผู้ใช้งานที่ใช้งานอยู่ ${thai} คน`);
    // s47: named, Thai order
    const names = (await new OrgRepository(f.store).listPeople('demo'))
      .filter((p) => p.active && p.unitId === 'finance')
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, 'th'));
    expect(res.body.error.fields[0].message_th).toBe(
      `ผู้ใช้งานที่ใช้งานอยู่ในหน่วยงานนี้ ${thai} คน: ${names.slice(0, 5).join(', ')}${count > 5 ? ` และอีก ${(count - 5).toLocaleString('th-TH-u-nu-thai')} คน` : ''} กรุณาย้ายไปหน่วยงานอื่นหรือปิดการใช้งานก่อน`,
    );
    expect(res.body.error.message_en).toBe(`the unit "กองคลัง" still has ${count} active people`);
  });

  it('renaming and deactivating at once is refused whole: the name stays', async () => {
    await expectRefused(putUnit('engineering', { name: 'กองช่างเดิม', active: false }), 409, 'body.active');
    const units = await new OrgRepository(f.store).listUnits('demo');
    expect(units.find((u) => u.unitId === 'engineering')).toMatchObject({ name: 'กองช่าง' });
  });

  it('a unit with one active person is refused; once they are deactivated the unit can be', async () => {
    const unit = await call(f.handler, {
      method: 'POST',
      path: '/v1/units',
      as: who.coordinator,
      body: { unitId: 'kiosk', name: 'ศูนย์บริการร่วม' },
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const person = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: `kiosk@${f.mailDomain}`, name: 'นางบริการ ดี', roles: ['staff'], unitId: 'kiosk' },
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const refused = await expectRefused(putUnit('kiosk', { active: false }), 409, 'body.active');
    expect(refused.body.error.message_en).toBe('the unit "ศูนย์บริการร่วม" still has 1 active person');
    const off = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${person.body.personId}`,
      as: who.coordinator,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    const res = await call(f.handler, putUnit('kiosk', { active: false }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.active).toBe(false);
  });
});

describe('a unit’s aliases are other spellings: a repeat is pointed at (400), nothing written', () => {
  it.each([
    [
      'an alias that is the new unit’s own name',
      {
        method: 'POST',
        path: '/v1/units',
        body: { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: ['กองสวัสดิการสังคม'] },
      },
      'body.aliases.0',
    ],
    [
      'the same alias twice, in another letter case and width',
      {
        method: 'POST',
        path: '/v1/units',
        body: { unitId: 'itc', name: 'ศูนย์ไอที', aliases: ['IT Center', 'it ｃｅｎｔｅｒ'] },
      },
      'body.aliases.1',
    ],
    [
      'an alias of กองคลัง that is its own name, written with a space',
      { method: 'PUT', path: '/v1/units/finance', body: { aliases: ['สำนักการคลัง', 'กอง คลัง'] } },
      'body.aliases.1',
    ],
  ] as const)('%s', async (_n, req, field) => {
    const res = await expectRefused({ ...req, as: who.coordinator }, 400, field);
    expect(res.body.error.fields[0].message_th).toMatch(/^ชื่ออื่น ".+" ซ้ำกับ/);
  });
});

describe('an email is trimmed before it is checked', () => {
  it.each([
    ['a trailing space', 'trail@pasted.example.org '],
    ['spaces before it', '   lead@pasted.example.org'],
    ['a tab and a line break around it, in capitals', '\tBOTH@Pasted.example.org\n'],
  ])('%s: the person is added with the bare address', async (_n, email) => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email, name: 'คัดลอกมา', roles: ['executive'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    expect(res.body.email).toBe(email.trim().toLowerCase());
  });
});

describe('a person whose access was ended is told so, not that they never joined', () => {
  it.each([
    ['with no org named', {}],
    ['naming the org with X-Org-Id', { 'x-org-id': 'demo' }],
  ])('a deactivated person %s: 403 saying their access to the org was ended', async (_n, headers) => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/me', as: who.removed, headers });
    expect(res.status).toBe(403);
    expect(res.body.error.message_th).toContain('ถูกยกเลิกแล้ว');
    expect(res.body.error.message_th).toContain('เทศบาล');
    expect(res.body.error.message_th).not.toContain('ยังไม่ได้เป็นสมาชิก');
    expect(res.body.error.message_en).toContain('was ended');
  });

  it('someone never added anywhere is still told they belong to no org (องค์กร, not หน่วยงาน)', async () => {
    const res = await call(f.handler, { method: 'GET', path: '/v1/me', as: who.stranger });
    expect(res.status).toBe(403);
    expect(res.body.error.message_th).toBe('บัญชีนี้ยังไม่ได้เป็นสมาชิกขององค์กรใด กรุณาติดต่อผู้ดูแลระบบ');
  });
});
