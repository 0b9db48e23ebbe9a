// The README's walk, over HTTP, against `npm start`'s system started as a child process on free ports
// (start.ts bundled once, as the browser files start it: test/support/local-start-bundle.ts).
import { type ChildProcess, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { generationFilePath, generationsPath, publicationPath } from '../support/document-paths.js';
import {
  type LocalSystemSetup,
  localSystemSetup,
  processesUsing,
  repoRoot,
  startDeadline,
  startLocalSystem,
  startLocalSystemOnFreePorts,
  stopLocalSystem as stop,
} from '../support/local-system.js';
import { runCliEntry } from '../support/cli-process.js';
import { localStartBundle } from '../support/local-start-bundle.js';
import { freePort } from '../support/free-port.js';
import { tokenCli } from '../../infra/cli/token.js';
import { jobCli } from '../../infra/cli/run-job.js';

/** What one start of the system may take: a generous ceiling, so that a loaded machine is no failure. */
const START_MS = 180_000;
let setup: LocalSystemSetup;
let env: NodeJS.ProcessEnv;
let api: string;
let system: ChildProcess | undefined;
let bundle: string;

/** A start on the file's ports (the first one may move to others: startLocalSystemOnFreePorts). */
async function start(...args: string[]): Promise<ChildProcess> {
  return bannerChecked(await startLocalSystem(setup, args, startDeadline(START_MS), bundle));
}

function bannerChecked({ child, output }: { child: ChildProcess; output: string }): ChildProcess {
  expect(output).toContain(`API             ${api}/v1`);
  expect(output).toContain(`Web page        ${api}/`);
  expect(output).toContain('TOKEN=$(npm run -s token -- staff.finance@demo.example.org)');
  return child;
}

const leftovers = () => processesUsing(setup.dataDir);

// `npm run token` and `npm run job` by their entry functions in this process (test/support/cli-process.ts:
// nothing here needs a process of their own; node started one for each of the seven runs before)
const token = async (email: string) => (await runCliEntry(tokenCli, [email], { env })).stdout.trim();
const get = async (path: string, bearer: string) =>
  fetch(`${api}${path}`, { headers: { authorization: `Bearer ${bearer}` } });

beforeAll(async () => {
  setup = await localSystemSetup();
  bundle = await localStartBundle();
  const first = await startLocalSystemOnFreePorts(setup, ['--fresh'], startDeadline(START_MS), bundle);
  env = { ...setup.env, ITA_SES_URL: setup.sesUrl };
  api = setup.api;
  system = bannerChecked(first);
  // DynamoDB Local's JVM, the seed and the banner: ~10 s on a quiet machine, a minute at load ~20
}, START_MS);

afterAll(async () => {
  if (system && system.exitCode === null) await stop(system);
});

describe('the local system, following the README', () => {
  let staff: string;

  it("gives a demo staff token that lists กองคลัง's FY2566 obligations", async () => {
    staff = await token('staff.finance@demo.example.org');
    const res = await get(
      apiPath('/v1/fiscal-years/{fy}/obligations', { fy: 2566 }, { from: '2023-04-01', to: '2023-04-30' }),
      staff,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { unitId: string; periodLabel: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(new Set(body.items.map((o) => o.unitId))).toEqual(new Set(['finance']));
  });

  it('refuses a request without a token, or with a forged one, as API Gateway would', async () => {
    expect((await fetch(`${api}${apiPath('/v1/me')}`)).status).toBe(401);
    expect((await get(apiPath('/v1/me'), `${staff.slice(0, -4)}AAAA`)).status).toBe(401);
  });

  it('accepts a report PUT', async () => {
    const report = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
      fy: 2566,
      obligationId: 'i4.f2.2023-04.finance',
    });
    const res = await fetch(`${api}${report}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ progress: 'done', summary: 'รายงานผลต่อที่ประชุมประจำเดือนแล้ว' }),
    });
    expect(res.status).toBe(200);
  });

  it("marks a person added as bounce@simulator.amazonses.com undeliverable once their invitation bounces (SES's mailbox simulator)", async () => {
    const coordinator = await token('ita@demo.example.org');
    const added = await fetch(`${api}${apiPath('/v1/people')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'bounce+e2e@simulator.amazonses.com',
        name: 'นายทดลอง อีเมลตีกลับ',
        roles: ['staff'],
        unitId: 'finance',
      }),
    });
    expect(added.status).toBe(201);
    const { personId } = (await added.json()) as { personId: string };
    const markOf = async () =>
      (
        (await (await get(apiPath('/v1/people'), coordinator)).json()) as {
          items: { personId: string; undeliverable?: { reason: string; kind: string } }[];
        }
      ).items.find((p) => p.personId === personId)?.undeliverable;
    await expect.poll(markOf, { timeout: 10_000 }).toMatchObject({ reason: 'bounced', kind: 'invitation' });
  });

  it('puts Thai emails in the mail viewer when the monthly reminders are fired for 1 April 2023', async () => {
    const { stdout } = await runCliEntry(
      jobCli,
      ['reminders', '--kind', 'monthly', '--at', '2023-03-01T08:30:00+07:00'],
      { env },
    );
    expect(stdout).toMatch(/ส่งแล้ว [๐-๙]+, .*\(sent \d+,/);
    const store = (await (await fetch(`${env.ITA_SES_URL}/store`)).json()) as { emails: { subject: string }[] };
    expect(store.emails.some((e) => e.subject.includes('ประจำเดือนมีนาคม ๒๕๖๖'))).toBe(true);
    const viewer = await fetch(`${env.ITA_SES_URL}/`);
    expect(viewer.status).toBe(200);
  });

  // the first document loads the PDF code and the fonts: up to the poll's 60 s, beyond the default 30 s
  it(
    'generates the FY2566 annual report into the local S3, and the download link returns the PDF',
    { timeout: 90_000 },
    async () => {
      const coordinator = await token('ita@demo.example.org');
      const res = await fetch(`${api}${generationsPath('annual-report', 2566)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${coordinator}` },
      });
      expect(res.status).toBe(202);
      const { generation, status } = (await res.json()) as { generation: number; status: string };
      expect(status).toBe('pending');
      // the page polls the list the same way until the generation is ready
      const stateOf = async () =>
        (
          (await (await get(generationsPath('annual-report', 2566), coordinator)).json()) as {
            items: { generation: number; status: string }[];
          }
        ).items.find((g) => g.generation === generation)?.status;
      await expect.poll(stateOf, { timeout: 60_000, interval: 250 }).toBe('ready');
      // unpublished generations are for coordinators and executives (staff: 403)
      expect((await get(generationFilePath('annual-report', 2566, generation, 'report.pdf'), staff)).status).toBe(403);
      const link = (await (
        await get(generationFilePath('annual-report', 2566, generation, 'report.pdf'), coordinator)
      ).json()) as { url: string };
      const pdf = Buffer.from(await (await fetch(link.url)).arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  // each test generates one or two documents (each polled for up to 60 s)
  describe('publishing to the ITA, as an assessor sees it (no token)', { timeout: 150_000 }, () => {
    let coordinator: string;
    const send = async (method: string, path: string) =>
      fetch(`${api}${path}`, { method, headers: { authorization: `Bearer ${coordinator}` } });
    /** generate one document and wait until it is ready; its number */
    const generate = async (kind: DocumentKind) => {
      const res = await send('POST', generationsPath(kind, 2566));
      expect(res.status).toBe(202);
      const { generation } = (await res.json()) as { generation: number };
      const stateOf = async () =>
        (
          (await (await get(generationsPath(kind, 2566), coordinator)).json()) as {
            items: { generation: number; status: string }[];
          }
        ).items.find((g) => g.generation === generation)?.status;
      await expect.poll(stateOf, { timeout: 60_000, interval: 250 }).toBe('ready');
      return generation;
    };
    const privateBytes = async (kind: DocumentKind, generation: number, file: string) => {
      const link = (await (await get(generationFilePath(kind, 2566, generation, file), coordinator)).json()) as {
        url: string;
      };
      return Buffer.from(await (await fetch(link.url)).arrayBuffer());
    };
    const publicBytes = async (path: string) => Buffer.from(await (await fetch(`${api}${path}`)).arrayBuffer());
    let results: number;
    let measures: number;

    it('generates both documents and publishes them: the page and four stable addresses answer without a token', async () => {
      coordinator = await token('ita@demo.example.org');
      results = await generate('annual-report');
      measures = await generate('plan-document');
      for (const kind of ['annual-report', 'plan-document'] as const) {
        const generation = kind === 'annual-report' ? results : measures;
        const res = await send('POST', publicationPath(kind, 2566, generation));
        expect(res.status, kind).toBe(200);
      }
      const page = await fetch(`${api}/ita/demo/2566/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain('href="measures.pdf"');
      expect(html).toContain('href="results.docx"');
      const types = {
        pdf: 'application/pdf',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      };
      for (const name of ['measures', 'results'])
        for (const [ext, type] of Object.entries(types)) {
          const res = await fetch(`${api}/ita/demo/2566/${name}.${ext}`);
          expect(res.status, `${name}.${ext}`).toBe(200);
          expect(res.headers.get('content-type'), `${name}.${ext}`).toBe(type);
        }
      expect(
        (await publicBytes('/ita/demo/2566/measures.pdf')).equals(
          await privateBytes('plan-document', measures, 'plan.pdf'),
        ),
      ).toBe(true);
    });

    it('publishing a newer generation makes the same address serve its bytes', async () => {
      const newer = await generate('annual-report');
      expect((await send('POST', publicationPath('annual-report', 2566, newer))).status).toBe(200);
      const served = await publicBytes('/ita/demo/2566/results.pdf');
      expect(served.equals(await privateBytes('annual-report', newer, 'report.pdf'))).toBe(true);
      expect(served.equals(await privateBytes('annual-report', results, 'report.pdf'))).toBe(false);
      results = newer;
    });

    it('an unpublished generation and the private files are not reachable under /ita/', async () => {
      for (const path of [
        `/ita/demo/2566/annual-report/${results - 1}/report.pdf`,
        `/ita/demo/2566/${results - 1}/report.pdf`,
        '/ita/demo/2566/report.json',
        '/ita/demo/2566/plan.json',
        '/ita/demo/2566/../../demo/2566/annual-report/1/report.pdf',
        '/ita/demo/2565/results.pdf',
      ]) {
        expect((await fetch(`${api}${path}`)).status, path).toBe(404);
      }
    });

    it('withdrawing makes the stable address answer 404, and the page says not published', async () => {
      expect((await send('DELETE', publicationPath('annual-report', 2566, results))).status).toBe(200);
      expect((await fetch(`${api}/ita/demo/2566/results.pdf`)).status).toBe(404);
      expect((await fetch(`${api}/ita/demo/2566/results.docx`)).status).toBe(404);
      expect((await fetch(`${api}/ita/demo/2566/measures.pdf`)).status).toBe(200);
      expect(await (await fetch(`${api}/ita/demo/2566/`)).text()).not.toContain('results.pdf');
    });
  });

  // tester s57 D: the busy-port advice's ports with the same folder ran a second DynamoDB Local on
  // the same database files; with --fresh it would delete the running system's data
  it('refuses a second npm start on the same data folder, even on other ports with --fresh, and the first keeps its data', async () => {
    const ports = {
      ITA_API_PORT: await freePort(),
      ITA_DYNAMODB_PORT: await freePort(),
      ITA_SES_PORT: await freePort(),
      ITA_S3_PORT: await freePort(),
    };
    const second = spawnSync(process.execPath, [bundle, '--fresh'], {
      cwd: repoRoot,
      env: { ...setup.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`ใช้อยู่โดย npm start อีกชุด (process ${system!.pid})`);
    const list = await get('/v1/fiscal-years/2566/obligations?limit=1', await token('staff.finance@demo.example.org'));
    expect(list.status).toBe(200);
  });

  it('stops everything on Ctrl-C, leaving no process behind', async () => {
    expect(leftovers().length).toBeGreaterThan(0);
    expect(await stop(system!)).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  // two starts and two stops: twice the start hook's time
  it('keeps the data on a second start, and clears it with --fresh', { timeout: 2 * START_MS }, async () => {
    const versionsPath = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', {
      fy: 2566,
      obligationId: 'i4.f2.2023-04.finance',
    });
    // s36 F2: the mail viewer started empty on each start; it keeps the mails with the data now
    const mailViewer = async () =>
      ((await (await fetch(`${env.ITA_SES_URL}/store`)).json()) as { emails: { subject: string }[] }).emails.map(
        (e) => e.subject,
      );
    system = await start();
    const versions = await get(versionsPath, await token('staff.finance@demo.example.org'));
    expect(((await versions.json()) as { items: unknown[] }).items).toHaveLength(1);
    expect(await mailViewer()).toContainEqual(expect.stringContaining('ประจำเดือนมีนาคม ๒๕๖๖'));
    expect(await stop(system)).toBe(0);

    system = await start('--fresh');
    const after = await get(versionsPath, await token('staff.finance@demo.example.org'));
    expect(((await after.json()) as { items: unknown[] }).items).toHaveLength(0);
    expect(await mailViewer()).toEqual([]);
    expect(await stop(system)).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});
