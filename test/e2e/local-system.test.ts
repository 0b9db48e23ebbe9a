// The README's walk, over HTTP, against `npm start`'s system started as a child process on free ports.
import { type ChildProcess, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalSystemSetup,
  localSystemSetup,
  processesUsing,
  repoRoot as root,
  startLocalSystem,
  stopLocalSystem as stop,
  tsx,
} from '../support/local-system.js';

const run = promisify(execFile);
let setup: LocalSystemSetup;
let env: NodeJS.ProcessEnv;
let api: string;
let system: ChildProcess | undefined;

async function start(...args: string[]): Promise<ChildProcess> {
  const { child, output } = await startLocalSystem(setup, ...args);
  expect(output).toContain(`API             ${api}/v1`);
  expect(output).toContain(`Web page        ${api}/`);
  expect(output).toContain('TOKEN=$(npm run -s token -- staff.finance@demo.example.org)');
  return child;
}

const leftovers = () => processesUsing(setup.dataDir);

const token = async (email: string) =>
  (await run(tsx, ['infra/cli/token.ts', email], { cwd: root, env })).stdout.trim();
const get = async (path: string, bearer: string) =>
  fetch(`${api}${path}`, { headers: { authorization: `Bearer ${bearer}` } });

beforeAll(async () => {
  setup = await localSystemSetup();
  env = { ...setup.env, ITA_SES_URL: setup.sesUrl };
  api = setup.api;
  system = await start('--fresh');
}, 60_000);

afterAll(async () => {
  if (system && system.exitCode === null) await stop(system);
});

describe('the local system, following the README', () => {
  let staff: string;

  it("gives a demo staff token that lists กองคลัง's FY2566 obligations", async () => {
    staff = await token('staff.finance@demo.example.org');
    const res = await get('/v1/fiscal-years/2566/obligations?from=2023-04-01&to=2023-04-30', staff);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { unitId: string; periodLabel: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(new Set(body.items.map((o) => o.unitId))).toEqual(new Set(['finance']));
  });

  it('refuses a request without a token, or with a forged one, as API Gateway would', async () => {
    expect((await fetch(`${api}/v1/me`)).status).toBe(401);
    expect((await get('/v1/me', `${staff.slice(0, -4)}AAAA`)).status).toBe(401);
  });

  it('accepts a report PUT', async () => {
    const res = await fetch(`${api}/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ progress: 'done', summary: 'รายงานผลต่อที่ประชุมประจำเดือนแล้ว' }),
    });
    expect(res.status).toBe(200);
  });

  it('puts Thai emails in the mail viewer when the monthly reminders are fired for 1 April 2023', async () => {
    const { stdout } = await run(
      tsx,
      ['infra/cli/run-job.ts', 'reminders', '--kind', 'monthly', '--at', '2023-03-01T08:30:00+07:00'],
      { cwd: root, env },
    );
    expect(stdout).toMatch(/sent \d+/);
    const store = (await (await fetch(`${env.ITA_SES_URL}/store`)).json()) as { emails: { subject: string }[] };
    expect(store.emails.some((e) => e.subject.includes('ประจำเดือนมีนาคม ๒๕๖๖'))).toBe(true);
    const viewer = await fetch(`${env.ITA_SES_URL}/`);
    expect(viewer.status).toBe(200);
  });

  it('generates the FY2566 annual report into the local S3, and the download link returns the PDF', async () => {
    const coordinator = await token('ita@demo.example.org');
    const res = await fetch(`${api}/v1/fiscal-years/2566/annual-report`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(res.status).toBe(202);
    const { generation, status } = (await res.json()) as { generation: number; status: string };
    expect(status).toBe('pending');
    // the page polls the list the same way until the generation is ready
    const stateOf = async () =>
      (
        (await (await get('/v1/fiscal-years/2566/annual-report', staff)).json()) as {
          items: { generation: number; status: string }[];
        }
      ).items.find((g) => g.generation === generation)?.status;
    await expect.poll(stateOf, { timeout: 60_000, interval: 250 }).toBe('ready');
    const link = (await (await get(`/v1/fiscal-years/2566/annual-report/${generation}/report.pdf`, staff)).json()) as {
      url: string;
    };
    const pdf = Buffer.from(await (await fetch(link.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('stops everything on Ctrl-C, leaving no process behind', async () => {
    expect(leftovers().length).toBeGreaterThan(0);
    expect(await stop(system!)).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the data on a second start, and clears it with --fresh', async () => {
    system = await start();
    const versions = await get(
      '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report/versions',
      await token('staff.finance@demo.example.org'),
    );
    expect(((await versions.json()) as { items: unknown[] }).items).toHaveLength(1);
    expect(await stop(system)).toBe(0);

    system = await start('--fresh');
    const after = await get(
      '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report/versions',
      await token('staff.finance@demo.example.org'),
    );
    expect(((await after.json()) as { items: unknown[] }).items).toHaveLength(0);
    expect(await stop(system)).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});
