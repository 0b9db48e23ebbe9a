// The scheduled jobs against DynamoDB Local and the SES emulator, for one seeded org.
import { SESClient } from '@aws-sdk/client-ses';
import { inject } from 'vitest';
import { SEND_CLIENT_MAX_ATTEMPTS } from '../../shared/jobs/job-config.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import { rawMimeMessage } from '../../shared/mail/mime-message.js';
import { formatFrom } from '../../shared/mail/outgoing-mail.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { createRepositories, type Repositories } from '../../shared/store/repositories.js';
import { importSeedPlan } from './seed-plan.js';
import { SEED_TIME, seedOrg } from './seed-org.js';
import { createTestStore, type TestStore } from './test-store.js';
import { itemsOf, putItems, replacedIn } from './table-items.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { EVERY_DAY } from '../../shared/domain/working-days.js';
import { jobCli as runJobCli } from '../../infra/cli/run-job.js';
import { runCliEntry } from './cli-process.js';
import type { Plan } from '../../shared/domain/plan.js';
import { replaceOrgPlan } from '../../shared/use-cases/replace-plan.js';

export const bangkok = (local: string) => new Date(`${local}+07:00`);

export interface JobsFixture {
  orgId: string;
  store: TestStore;
  repos: Repositories;
  ses: SESClient;
  deps: (overrides?: Partial<JobDependencies>) => JobDependencies;
  close(): Promise<void>;
}

/** The org's id in the seeded table copied for each fixture (a string no test's org id holds). */
const TEMPLATE_ORG = 'jobsfixturetemplateorg';

/** The seed's writes through the repositories: the org, its units and people, and the plan. */
export async function seedJobsOrg(store: TestStore, orgId: string, seedPlan: boolean): Promise<void> {
  await seedOrg(store, orgId);
  const orgs = new OrgRepository(store);
  for (const u of MUNICIPAL_UNITS) {
    await orgs.putPerson(
      {
        orgId,
        personId: `${orgId}-head-${u.unitId}`,
        email: `head.${u.unitId}@${orgId}.example.org`,
        name: `ผู้อำนวยการ${u.name}`,
        unitId: u.unitId,
        roles: ['staff'],
        headOfUnit: true,
        active: true,
      },
      { actor: 'system:seed', now: SEED_TIME },
    );
  }
  if (seedPlan)
    await new PlanRepository(store).savePlan(importSeedPlan(orgId).plan, { actor: 'system:seed', now: SEED_TIME });
}

/**
 * The seed's items, written once a process (per variant) for TEMPLATE_ORG into a table of their
 * own: a fixture gets a copy with its org's id in place of it (session 53: the seed's ~25 writes cost
 * DynamoDB Local ~0.2 s and the test ~0.1 s of CPU a fixture). The org's id is all that differs
 * between two orgs' seeds (test/integration/jobs-fixture-copy.test.ts compares them).
 */
const templates = new Map<boolean, Promise<Record<string, unknown>[]>>();

function templateItems(seedPlan: boolean): Promise<Record<string, unknown>[]> {
  let items = templates.get(seedPlan);
  if (!items) {
    items = (async () => {
      const store = await createTestStore();
      try {
        await seedJobsOrg(store, TEMPLATE_ORG, seedPlan);
        return await itemsOf(store);
      } finally {
        await store.drop();
      }
    })();
    templates.set(seedPlan, items);
    items.catch(() => templates.delete(seedPlan));
  }
  return items;
}

/** `store`'s table seeded for `orgId` as seedJobsOrg writes it, by a copy of the template's items. */
export async function seedJobsOrgCopy(store: TestStore, orgId: string, seedPlan: boolean): Promise<void> {
  const items = await templateItems(seedPlan);
  await putItems(
    store,
    items.map((item) => replacedIn(item, TEMPLATE_ORG, orgId)),
  );
}

/**
 * Seeds the org with the FY2566 plan (unless `seedPlan` is false: a test that saves its own), five
 * units with staff, a head per unit, a coordinator and a mayor.
 */
export async function createJobsFixture(orgId: string, options: { seedPlan?: boolean } = {}): Promise<JobsFixture> {
  const store = await createTestStore();
  await seedJobsOrgCopy(store, orgId, options.seedPlan !== false);
  // as the jobs' own client: the SDK never resends a send (shared/jobs/job-config.ts)
  const ses = new SESClient({
    endpoint: inject('sesEndpoint'),
    region: 'ap-southeast-1',
    maxAttempts: SEND_CLIENT_MAX_ATTEMPTS,
  });
  const repos = createRepositories(store);
  const deps = (overrides: Partial<JobDependencies> = {}): JobDependencies => ({
    store,
    repos,
    mailer: sesMailer(ses, {
      from: 'ita@demo.example.org',
      maxPerSecond: 1000,
      retry: { attempts: 12, baseDelayMs: 2 },
      rawMessage: rawMimeMessage,
      formatFrom,
    }),
    wallClock: () => new Date(),
    // These tests are about what each run sends; which days may send is tested with the Thai
    // calendar in test/unit/working-days.test.ts and the year simulation.
    calendar: EVERY_DAY,
    settings: { formUrl: 'https://ita.example.org', dueSoonDays: 3, concurrency: 4 },
    ...overrides,
  });
  return {
    orgId,
    store,
    repos,
    ses,
    deps,
    close: async () => {
      ses.destroy();
      await store.drop();
    },
  };
}

/**
 * `npm run job -- ...args` against the fixture's table and the SES emulator: the script's entry
 * function (infra/cli/run-job.ts) in this process (runCliEntry); rejects on an exit code other than 0.
 */
export const jobCli = (f: JobsFixture, ...args: string[]) => runCliEntry(runJobCli, args, { env: jobCliEnv(f) });

/** The environment `jobCli` runs the job CLI with: the fixture's table and the SES emulator. */
export const jobCliEnv = (f: JobsFixture): NodeJS.ProcessEnv => ({
  ...process.env,
  TABLE_NAME: f.store.tableName,
  DYNAMODB_ENDPOINT: f.store.endpoint,
  SES_ENDPOINT: inject('sesEndpoint'),
  MAIL_MAX_PER_SECOND: '100',
});

/**
 * Saves `plan` as the fixture org's FY2566 plan, as its coordinator would, at Bangkok time `local`
 * (over the saved version, if any; no due rules).
 */
export async function savePlanAt(f: JobsFixture, plan: Plan, local: string): Promise<void> {
  const current = await f.repos.plans.getPlanVersion(f.orgId, 2566);
  await replaceOrgPlan(f.repos, {
    orgId: f.orgId,
    fy: 2566,
    plan,
    units: await f.repos.orgs.listUnits(f.orgId),
    actor: `${f.orgId}-coordinator`,
    now: bangkok(local),
    ...(current === undefined ? {} : { expectedVersion: current }),
    dueRules: {},
    path: 'body',
  });
}
