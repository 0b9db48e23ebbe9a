// The admin CLI against a deployed table (no DYNAMODB_ENDPOINT) changes people's sign-ins in Cognito:
// without USER_POOL_ID it used to print "sign-in deleted" and leave the user pool untouched (break
// s30-o F13). The deployed table is played here by DynamoDB Local reached through the AWS SDK's own
// endpoint setting (AWS_ENDPOINT_URL_DYNAMODB), which the CLI does not see: for the CLI, it is AWS.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { addPerson, createOrg, setPersonActive } from '../../shared/use-cases/administer-org.js';
import { localAdminContext } from '../support/admin-context.js';
import { runCliScript } from '../support/cli-process.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

vi.setConfig({ testTimeout: 90_000 });

let store: TestStore;
const ORG = 'pool-org';
const ctx = () => localAdminContext(store);

beforeAll(async () => {
  store = await createTestStore();
  await createOrg(ctx(), { orgId: ORG, name: 'เทศบาลตำบลทดสอบ', withMunicipalUnits: true });
  const person = (email: string, name: string, roles: ('staff' | 'coordinator')[]) =>
    addPerson(ctx(), { orgId: ORG, email, name, roles, unitId: 'clerk', headOfUnit: false });
  await person('ita@pool.example.org', 'คณะทำงาน', ['staff', 'coordinator']);
  await person('deputy@pool.example.org', 'รองปลัด', ['staff', 'coordinator']);
  await person('staying@pool.example.org', 'นางสาวยังอยู่ ทำงาน', ['staff']);
  await person('left@pool.example.org', 'นายสมชาย ใจดี', ['staff']);
  await setPersonActive(ctx(), { orgId: ORG, email: 'left@pool.example.org', active: false });
});
afterAll(async () => store?.drop());

/** The CLI as run against AWS without USER_POOL_ID: TABLE_NAME and credentials only. */
const adminOnAws = (...args: string[]) =>
  runCliScript('infra/cli/admin.ts', args, {
    env: {
      ...process.env,
      TABLE_NAME: store.tableName,
      DYNAMODB_ENDPOINT: '',
      USER_POOL_ID: '',
      AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
      AWS_REGION: 'ap-southeast-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const people = async () =>
  Object.fromEntries((await new OrgRepository(store).listPeople(ORG)).map((p) => [p.email, [p.name, p.active]]));

describe('npm run admin against the deployed table without USER_POOL_ID', () => {
  const cases: [string, string[]][] = [
    ['add-person', ['--email', 'new@pool.example.org', '--name', 'นายใหม่ มาแล้ว', '--roles', 'staff']],
    ['remove-person', ['--email', 'staying@pool.example.org']],
    ['reactivate-person', ['--email', 'left@pool.example.org']],
    ['erase-person', ['--email', 'left@pool.example.org']],
  ];
  for (const [command, args] of cases)
    it(`${command} refuses, naming USER_POOL_ID and the stack output it comes from, and changes nothing`, async () => {
      const before = await people();
      const out = await adminOnAws(command, '--org', ORG, ...args);
      expect(out.code).toBe(1);
      expect(out.stdout).toBe('');
      const [thai, english] = out.stderr.split('\n');
      expect(thai).toMatch(/^ยังไม่ได้ตั้ง USER_POOL_ID .*Cognito.*UserPoolId/);
      expect(english).toMatch(/^USER_POOL_ID is not set: .*Cognito.*UserPoolId/);
      expect(await people()).toEqual(before);
      expect(before['left@pool.example.org']).toEqual(['นายสมชาย ใจดี', false]);
      expect(before['new@pool.example.org']).toBeUndefined();
    });

  it('commands that touch no sign-in still run (create-org, add-unit)', async () => {
    const out = await adminOnAws('add-unit', '--org', ORG, '--unit', 'welfare', '--name', 'กองสวัสดิการสังคม');
    expect(out).toMatchObject({
      code: 0,
      stdout: `เพิ่มหน่วยงาน กองสวัสดิการสังคม (welfare) ใน ${ORG} แล้ว\nadded unit welfare to ${ORG}\n`,
    });
  });
});

/** The environment with no AWS setting at all (no keys, profile, files or instance metadata). */
const withoutAws = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_'))),
  HOME: '/nonexistent-home',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent-home/credentials',
  AWS_CONFIG_FILE: '/nonexistent-home/config',
  AWS_EC2_METADATA_DISABLED: 'true',
  TABLE_NAME: 'ita-measures-prod-table',
  USER_POOL_ID: 'ap-southeast-7_abc',
});

describe('a CLI run against AWS that AWS cannot answer says what to set, Thai first', () => {
  const run = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
    runCliScript(script, args, { env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  const noCredentials: [string, string[]][] = [
    ['infra/cli/admin.ts', ['create-org', '--org', 'don-arang', '--name', 'เทศบาลตำบลดอนอะระง']],
    ['infra/cli/admin.ts', ['set-closure-days', '--org', 'don-arang', '--days', '2024-12-31']],
    ['infra/cli/run-job.ts', ['preview', '--org', 'don-arang', '--from', '2024-01-01', '--to', '2024-01-31']],
  ];
  for (const [script, args] of noCredentials)
    it(`without credentials: ${script} ${args[0]} names aws configure, AWS_PROFILE and AWS_REGION`, async () => {
      const out = await run(script, args, withoutAws());
      expect(out.code).toBe(1);
      const [thai, english] = out.stderr.split('\n');
      expect(thai).toMatch(/^ไม่พบข้อมูลรับรอง AWS .*aws configure.*AWS_PROFILE.*AWS_REGION/);
      expect(english).toMatch(/^no AWS credentials: .*aws configure.*AWS_PROFILE.*AWS_REGION/);
    });

  it('a table that is not there (a wrong name or region) names TableName, UserPoolId and AWS_REGION', async () => {
    const env = { ...process.env, TABLE_NAME: 'no-such-table', DYNAMODB_ENDPOINT: '', USER_POOL_ID: '' };
    const out = await run('infra/cli/admin.ts', ['add-unit', '--org', ORG, '--unit', 'x', '--name', 'กองใหม่'], {
      ...env,
      AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
    expect(out.code).toBe(1);
    const [thai, english] = out.stderr.split('\n');
    expect(thai).toMatch(/^ไม่พบตารางหรือกลุ่มผู้ใช้ใน AWS .*TableName.*UserPoolId.*AWS_REGION/);
    expect(english).toMatch(/^AWS has no such table or user pool: .*TableName.*UserPoolId.*AWS_REGION/);
  });
});
