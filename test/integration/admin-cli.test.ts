import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let store: TestStore;
beforeAll(async () => (store = await createTestStore()));
afterAll(async () => store?.drop());

const admin = (...args: string[]) =>
  run(`${root}node_modules/.bin/tsx`, ['infra/cli/admin.ts', ...args], {
    cwd: root,
    env: { ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint, USER_POOL_ID: '' },
  });

describe('npm run admin', () => {
  it('creates an org with the usual municipal units, a unit of its own, and people with roles', async () => {
    await admin('create-org', '--org', 'nong-bua', '--name', 'เทศบาลตำบลหนองบัว', '--municipal-units');
    await admin(
      'add-unit',
      '--org',
      'nong-bua',
      '--unit',
      'welfare',
      '--name',
      'กองสวัสดิการสังคม',
      '--alias',
      'กองสวัสดิการ',
    );
    const { stdout } = await admin(
      'add-person',
      '--org',
      'nong-bua',
      '--email',
      'ita@nong-bua.example.org',
      '--name',
      'คณะทำงาน ITA',
      '--roles',
      'staff,coordinator',
      '--unit',
      'clerk',
    );
    expect(stdout).toMatch(/added staff\+coordinator/);
    const orgs = new OrgRepository(store);
    expect((await orgs.listUnits('nong-bua')).map((u) => u.unitId).sort()).toEqual([
      'clerk',
      'education',
      'engineering',
      'finance',
      'health',
      'welfare',
    ]);
    const [person] = await orgs.findByEmail('ita@nong-bua.example.org');
    expect(person).toMatchObject({ orgId: 'nong-bua', unitId: 'clerk', roles: ['staff', 'coordinator'], active: true });
    expect((await orgs.findBySubject(person!.personId)).map((p) => p.orgId)).toEqual(['nong-bua']);
  });

  it('deactivates a person instead of deleting them', async () => {
    await admin('remove-person', '--org', 'nong-bua', '--email', 'ita@nong-bua.example.org');
    const [person] = await new OrgRepository(store).findByEmail('ita@nong-bua.example.org');
    expect(person?.active).toBe(false);
  });

  it('refuses a unit that does not exist and an org that already exists, with one clear line', async () => {
    const noUnit = await admin(
      'add-person',
      '--org',
      'nong-bua',
      '--email',
      'x@nong-bua.example.org',
      '--name',
      'x',
      '--roles',
      'staff',
      '--unit',
      'nowhere',
    ).catch((e) => e);
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr).toContain('no unit "nowhere"');
    const again = await admin('create-org', '--org', 'nong-bua', '--name', 'ซ้ำ').catch((e) => e);
    expect(again.stderr).toContain('already exists');
  });

  it.each([
    ['a unit name with U+202E', ['add-unit', '--org', 'nong-bua', '--unit', 'ctl', '--name', 'กอง\u202eทดสอบ']],
    [
      'a unit alias with a tab',
      ['add-unit', '--org', 'nong-bua', '--unit', 'ctl2', '--name', 'กองทดสอบ', '--alias', 'กอง\tแท็บ'],
    ],
    [
      'a person name with a line break',
      [
        'add-person',
        '--org',
        'nong-bua',
        '--email',
        'ctl@nong-bua.example.org',
        '--name',
        'สม\nชาย',
        '--roles',
        'executive',
      ],
    ],
  ])('refuses what the API refuses, %s, and writes nothing', async (_name, args) => {
    const refused = await admin(...args).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not allowed|ไม่อนุญาต/);
    const orgs = new OrgRepository(store);
    expect((await orgs.listUnits('nong-bua')).map((u) => u.unitId)).not.toContain('ctl');
    expect(await orgs.findByEmail('ctl@nong-bua.example.org')).toEqual([]);
  });

  it.each([
    ['in another letter case', ['--unit', 'it-2', '--name', 'it center']],
    ['in fullwidth Latin', ['--unit', 'it-3', '--name', 'ＩＴ Ｃｅｎｔｅｒ']],
    ['as an alias in upper case', ['--unit', 'it-4', '--name', 'ศูนย์ข้อมูล', '--alias', 'IT CENTER']],
  ])('refuses a unit named like an active unit %s, in Thai and English, and writes nothing', async (_name, args) => {
    const orgs = new OrgRepository(store);
    if (!(await orgs.getUnit('nong-bua', 'it'))) {
      await admin('add-unit', '--org', 'nong-bua', '--unit', 'it', '--name', 'IT Center');
    }
    const refused = await admin('add-unit', '--org', 'nong-bua', ...args).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('มีหน่วยงานชื่อ "IT Center" แล้ว');
    expect(refused.stderr).toContain('a name or alias is taken by another active unit');
    expect((await orgs.listUnits('nong-bua')).map((u) => u.unitId)).not.toContain(args[1]);
  });

  it.each([
    ['a unit name of U+3164 HANGUL FILLER', ['add-unit', '--org', 'nong-bua', '--unit', 'blank', '--name', '\u3164']],
    [
      'a unit alias of U+2800 BRAILLE PATTERN BLANK',
      ['add-unit', '--org', 'nong-bua', '--unit', 'blank', '--name', 'กองว่าง', '--alias', '\u2800'],
    ],
    [
      'a person name of U+200B ZERO WIDTH SPACE',
      [
        'add-person',
        '--org',
        'nong-bua',
        '--email',
        'blank@nong-bua.example.org',
        '--name',
        '\u200b',
        '--roles',
        'executive',
      ],
    ],
    ['an org name of Thai tone marks only', ['create-org', '--org', 'blank-org', '--name', '\u0e48\u0e49']],
  ])('refuses a name with nothing visible, %s, in Thai and English, and writes nothing', async (_name, args) => {
    const refused = await admin(...args).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/มองเห็นได้/);
    expect(refused.stderr).toMatch(/visible character/);
    const orgs = new OrgRepository(store);
    expect((await orgs.listUnits('nong-bua')).map((u) => u.unitId)).not.toContain('blank');
    expect(await orgs.findByEmail('blank@nong-bua.example.org')).toEqual([]);
    expect(await orgs.getOrg('blank-org')).toBeUndefined();
  });
});

describe('npm run admin: the org settings the reminders read', () => {
  const org = async () => (await new OrgRepository(store).getOrg('nong-bua'))!;

  it('sets "monthly reports due on the 5th of the next month" and a quarterly rule, and takes one back', async () => {
    await admin('set-due-rule', '--org', 'nong-bua', '--cadence', 'monthly', '--rule', 'day-of-next-month:5');
    const { stdout } = await admin(
      'set-due-rule',
      '--org',
      'nong-bua',
      '--cadence',
      'quarterly',
      '--rule',
      'days-after:10',
    );
    expect(stdout).toContain('"monthly":{"kind":"day-of-next-month","day":5}');
    expect((await org()).dueRules).toEqual({
      monthly: { kind: 'day-of-next-month', day: 5 },
      quarterly: { kind: 'days-after', days: 10 },
    });
    await admin('set-due-rule', '--org', 'nong-bua', '--cadence', 'quarterly', '--rule', 'default');
    expect((await org()).dueRules).toEqual({ monthly: { kind: 'day-of-next-month', day: 5 } });
  });

  it('sets the closure days (sorted, once each) and clears them', async () => {
    const { stdout } = await admin(
      'set-closure-days',
      '--org',
      'nong-bua',
      '--days',
      '2023-12-29,2023-02-17,2023-12-29',
    );
    expect(stdout).toContain('closure days of nong-bua: 2023-02-17, 2023-12-29');
    expect((await org()).closureDays).toEqual(['2023-02-17', '2023-12-29']);
    await admin('set-closure-days', '--org', 'nong-bua', '--days', '');
    expect((await org()).closureDays).toEqual([]);
  });

  it.each([
    [
      'day 31 of the next month (at most 28)',
      ['set-due-rule', '--cadence', 'monthly', '--rule', 'day-of-next-month:31'],
    ],
    ['an unknown cadence', ['set-due-rule', '--cadence', 'weekly', '--rule', 'days-after:3']],
    ['a Buddhist-era closure day', ['set-closure-days', '--days', '2566-02-17']],
    ['30 February', ['set-closure-days', '--days', '2023-02-30']],
  ])('refuses %s with a field-level message, Thai first, and writes nothing', async (_name, [command, ...rest]) => {
    const before = await org();
    const refused = await admin(command!, '--org', 'nong-bua', ...rest).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ข้อมูลไม่ถูกต้อง/);
    expect(refused.stderr).toMatch(/(due-rule|closure-days)\.\w+/);
    expect(await org()).toEqual(before);
  });
});
