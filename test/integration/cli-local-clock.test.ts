// The CLIs on a local system started with `npm start -- --today D` save on D, as the page's saves
// do (tester s48: `npm run import` and `npm run admin` stamped the real day, so a plan imported on
// a time-travelled system was "added" today and its reports had no grace). npm start writes the
// clock's offset to runtime-env.json, which the CLIs read with the table's name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { adminCli } from '../../infra/cli/admin.js';
import { importPlanCli } from '../../infra/cli/import-plan.js';
import { auditTrail } from '../../shared/store/audit-log.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { runCliEntry } from '../support/cli-process.js';
import { SEED_DOCUMENT } from '../support/seed-plan.js';
import { seedOrg } from '../support/seed-org.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

vi.setConfig({ testTimeout: 60_000 });

let store: TestStore;
beforeAll(async () => (store = await createTestStore()));
afterAll(async () => store?.drop());

/** The env of a CLI run beside `npm start -- --today <today>`: no TABLE_NAME, the data folder's runtime-env.json. */
function besideLocalSystem(today: string): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(join(tmpdir(), 'ita-clock-'));
  const offset = Date.parse(`${today}T09:00:00+07:00`) - Date.now();
  const runtimeEnv = {
    TABLE_NAME: store.tableName,
    DYNAMODB_ENDPOINT: store.endpoint,
    ITA_CLOCK_OFFSET_MS: String(offset),
    // add-person's invitation goes to the SES emulator, as npm start's does
    USER_POOL_ID: '',
    FORM_URL: 'https://ita.example.org',
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: 'ita-noreply@example.org',
  };
  writeFileSync(join(dataDir, 'runtime-env.json'), JSON.stringify(runtimeEnv));
  const env: NodeJS.ProcessEnv = { ...process.env, ITA_DATA_DIR: dataDir };
  delete env.TABLE_NAME;
  delete env.DYNAMODB_ENDPOINT;
  return env;
}

/** Every day a saved plan marks as a follow-up's day added (markLateAdditions). */
const addedDays = async (orgId: string, fy: number) => {
  const plan = await new PlanRepository(store).getPlan(orgId, fy);
  return new Set(plan?.measures.flatMap((m) => m.followUps.flatMap((f) => (f.addedOn ? [f.addedOn] : []))));
};

describe('the CLIs beside a time-travelled npm start', () => {
  it.each(['2023-04-20', '2023-06-10', '2023-09-29'])(
    'a plan imported with npm run import on %s is added on that day, not the real one',
    async (today) => {
      const orgId = `clock-import-${today}`;
      await seedOrg(store, orgId);
      const { stderr } = await runCliEntry(
        importPlanCli,
        [fileURLToPath(SEED_DOCUMENT), '--org', orgId, '--fy', '2566'],
        { env: besideLocalSystem(today) },
      );
      expect(stderr).toContain('saved plan version 1');
      expect([...(await addedDays(orgId, 2566))]).toEqual([today]);
    },
  );

  it.each(['2023-04-20', '2023-07-03', '2024-01-15'])(
    'an acting head appointed with npm run admin on %s is acting since that day',
    async (today) => {
      const orgId = `clock-admin-${today}`;
      const env = besideLocalSystem(today);
      await runCliEntry(adminCli, ['create-org', '--org', orgId, '--name', 'เทศบาลตำบลทดสอบ', '--municipal-units'], {
        env,
      });
      await runCliEntry(
        adminCli,
        [
          'add-person',
          '--org',
          orgId,
          '--email',
          `acting@${orgId}.example.org`,
          '--name',
          'นางรักษาการ',
          '--roles',
          'staff',
          '--unit',
          'finance',
          '--acting-head-of',
          'engineering',
        ],
        { env },
      );
      const [person] = await new OrgRepository(store).findByEmail(`acting@${orgId}.example.org`);
      expect(person).toMatchObject({ actingHeadOf: ['engineering'], actingHeadSince: { engineering: today } });
      // the audit trail dates the org's creation on that day too
      const trail = await auditTrail(store, orgId, new Date(`${today}T12:00:00+07:00`));
      expect(trail.map((r) => r.at.slice(0, 10))).toContain(today);
    },
  );
});
