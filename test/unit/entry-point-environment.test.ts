import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EnvironmentError } from '../../shared/environment/environment.js';
import { localConfig } from '../../infra/local/local-config.js';
import { holdPorts } from '../support/free-port.js';
import { localStartBundle } from '../support/local-start-bundle.js';

/** What the CDK stack gives the API function (infra/cdk/stateless-stack.ts). */
const API_ENV = {
  TABLE_NAME: 'ita-measures-test',
  BUCKET_NAME: 'ita-files',
  USER_POOL_ID: 'ap-southeast-1_AbCdEf123',
  DOCUMENT_QUEUE_URL: 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/DocumentWork',
  PUBLIC_BUCKET_NAME: 'ita-public',
  PUBLIC_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
  CORS_ORIGINS: 'https://ita.example.go.th',
  REPORT_RETENTION_YEARS: '10',
};
/** What it gives the org worker. */
const WORKER_ENV = {
  TABLE_NAME: 'ita-measures-test',
  BUCKET_NAME: 'ita-files',
  MAIL_FROM: 'ita-noreply@example.go.th',
  SES_REGION: 'ap-southeast-1',
  MAIL_MAX_PER_SECOND: '10',
  FORM_URL: 'https://d111111abcdef8.cloudfront.net',
};
const NAMES = [
  ...new Set([
    ...Object.keys(API_ENV),
    ...Object.keys(WORKER_ENV),
    'DYNAMODB_ENDPOINT',
    'AWS_REGION',
    'ORIGIN_SECRET',
    'SES_ENDPOINT',
    'S3_ENDPOINT',
  ]),
];

/** Loads an entry point module afresh with exactly `env` (of the variables above) set. */
async function start(entry: string, env: Record<string, string>): Promise<unknown> {
  for (const name of NAMES) vi.stubEnv(name, env[name] ?? '');
  vi.resetModules();
  try {
    await import(entry);
    return undefined;
  } catch (error) {
    return error;
  }
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllEnvs());

describe('the API function checks its environment at start', () => {
  it('starts with the environment the stack gives it', async () => {
    expect(await start('../../functions/api/handler.js', API_ENV)).toBeUndefined();
  });

  it('refuses to start without TABLE_NAME or USER_POOL_ID, naming both', async () => {
    const { TABLE_NAME: _t, USER_POOL_ID: _u, ...rest } = API_ENV;
    const error = await start('../../functions/api/handler.js', rest);
    expect((error as Error).name).toBe('EnvironmentError'); // a fresh module instance: not instanceof
    expect((error as Error).message).toMatch(/^api function: /);
    expect((error as EnvironmentError).problems).toEqual([
      expect.stringMatching(/^TABLE_NAME is not set/),
      expect.stringMatching(/^USER_POOL_ID is not set/),
    ]);
  });

  it.each([
    ['DOCUMENT_QUEUE_URL', 'DocumentWork'],
    ['CORS_ORIGINS', 'https://ita.example.go.th, ita.example.go.th'],
    ['REPORT_RETENTION_YEARS', 'ten'],
  ])('refuses a malformed %s, naming it and its value', async (name, value) => {
    const error = await start('../../functions/api/handler.js', { ...API_ENV, [name]: value });
    expect((error as EnvironmentError).problems).toEqual([expect.stringContaining(`${name}=${JSON.stringify(value)}`)]);
  });
});

describe("the API function's origin secret (ORIGIN_SECRET, with the API's own domain)", () => {
  it('starts with a 48-character secret', async () => {
    expect(
      await start('../../functions/api/handler.js', { ...API_ENV, ORIGIN_SECRET: 'a1'.repeat(24) }),
    ).toBeUndefined();
  });

  it('refuses a secret shorter than 32 characters, naming the variable but never printing its value', async () => {
    const secret = 'short-but-secret-value';
    const error = await start('../../functions/api/handler.js', { ...API_ENV, ORIGIN_SECRET: secret });
    expect((error as EnvironmentError).problems).toEqual([
      expect.stringMatching(/^ORIGIN_SECRET=\(hidden\) is not valid: at least 32/),
    ]);
    expect((error as Error).message).not.toContain(secret);
  });
});

describe('the API function takes only http(s) origins in CORS_ORIGINS (break-16 B7)', () => {
  it.each([['ftp://x'], ['javascript:alert(1)'], ['https://ita.example.go.th/path'], ['https://ita.example.go.th/']])(
    'refuses CORS_ORIGINS=%j',
    async (value) => {
      const error = await start('../../functions/api/handler.js', { ...API_ENV, CORS_ORIGINS: value });
      expect((error as EnvironmentError).problems).toEqual([expect.stringContaining('CORS_ORIGINS=')]);
    },
  );

  it('takes origins with a port, or http for a local page', async () => {
    const value = 'https://ita.example.go.th:8443, http://localhost:5173';
    expect(await start('../../functions/api/handler.js', { ...API_ENV, CORS_ORIGINS: value })).toBeUndefined();
  });
});

describe('the calendar, schemas and plan-import functions check their environment at start', () => {
  // what the stack gives each (infra/cdk/stateless-stack.ts): the plan-import function also reads
  // uploaded plan files from the files bucket
  const STACK_ENV = {
    calendar: { TABLE_NAME: 'ita-measures-test' },
    schemas: { TABLE_NAME: 'ita-measures-test' },
    'plan-import': { TABLE_NAME: 'ita-measures-test', BUCKET_NAME: 'ita-files' },
  };
  const entries = [
    ['calendar', '../../functions/calendar/handler.js'],
    ['schemas', '../../functions/schemas/handler.js'],
    ['plan-import', '../../functions/plan-import/handler.js'],
  ] as const;

  it.each(entries)('the %s function starts with what the stack gives it', async (name, entry) => {
    expect(await start(entry, STACK_ENV[name])).toBeUndefined();
  });

  it.each(entries)(
    'the %s function refuses to start without TABLE_NAME, naming itself and the variable',
    async (name, entry) => {
      const { TABLE_NAME: _t, ...rest } = STACK_ENV[name];
      const error = await start(entry, rest);
      expect((error as Error).message).toMatch(new RegExp(`^${name} function: `));
      expect((error as EnvironmentError).problems).toEqual([expect.stringMatching(/^TABLE_NAME is not set/)]);
    },
  );

  it('the plan-import function refuses to start without BUCKET_NAME (it reads uploaded plan files), naming it', async () => {
    const error = await start('../../functions/plan-import/handler.js', { TABLE_NAME: 'ita-measures-test' });
    expect((error as Error).message).toMatch(/^plan-import function: /);
    expect((error as EnvironmentError).problems).toEqual([expect.stringMatching(/^BUCKET_NAME is not set/)]);
  });
});

describe('the org worker checks its environment at start', () => {
  it('starts with the environment the stack gives it', async () => {
    expect(await start('../../functions/jobs/org-worker.js', WORKER_ENV)).toBeUndefined();
  });

  it.each([
    ['MAIL_MAX_PER_SECOND', 'ten'],
    ['MAIL_FROM', 'not an address'],
    ['SES_REGION', 'Singapore'],
    ['FORM_URL', 'd111111abcdef8.cloudfront.net'],
    // only http(s) URLs (break-16 B7)
    ['FORM_URL', 'javascript:alert(1)//'],
    ['FORM_URL', 'ftp://ita.example.go.th/'],
    ['SES_ENDPOINT', 'ftp://x'],
    ['S3_ENDPOINT', 'file:///tmp/s3'],
    ['DYNAMODB_ENDPOINT', 'javascript:alert(1)'],
  ])('refuses a malformed %s, naming it', async (name, value) => {
    const error = await start('../../functions/jobs/org-worker.js', { ...WORKER_ENV, [name]: value });
    expect((error as Error).name).toBe('EnvironmentError'); // a fresh module instance: not instanceof
    expect((error as Error).message).toMatch(/^org-worker function: /);
    expect((error as EnvironmentError).problems).toEqual([expect.stringContaining(`${name}=`)]);
  });

  it('refuses to start without TABLE_NAME', async () => {
    const { TABLE_NAME: _t, ...rest } = WORKER_ENV;
    const error = await start('../../functions/jobs/org-worker.js', rest);
    expect((error as EnvironmentError).problems).toEqual([expect.stringMatching(/^TABLE_NAME is not set/)]);
  });
});

/**
 * infra/local/start.ts as the browser and e2e files start it (test/support/local-start-bundle.ts: built
 * once a run, its late imports chunks), not started with tsx each time: a run of `--help` took 4.3 s of
 * CPU with tsx (two node processes, the compile), 1.2 s as one bundle of everything, ~0.2 s now that
 * start.ts loads the system (start-system.ts) only past its arguments, environment and ports.
 */
let startScript: string;
beforeAll(async () => {
  startScript = await localStartBundle();
});

/** `npm start -- ...args` with `env` added to this process's environment, run to its end. */
const startLocal = (env: Record<string, string>, args: readonly string[] = []) =>
  spawnSync(process.execPath, [startScript, ...args], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

describe('npm start refuses a bad variable or date in plain lines', () => {
  it.each([
    ['a port that is not a number', 1, { ITA_API_PORT: '3000x' }, [], 'ITA_API_PORT="3000x" is not valid'],
    ['a port out of range', 1, { ITA_S3_PORT: '70000' }, [], 'ITA_S3_PORT="70000" is not valid: at most 65535'],
    // a usage error: 2, as in every CLI (session 37; it was 1)
    [
      'a Buddhist-era --today',
      2,
      { ITA_API_PORT: '39311', ITA_DYNAMODB_PORT: '39312', ITA_SES_PORT: '39313', ITA_S3_PORT: '39314' },
      ['--today', '2566-04-20'],
      '--today: ใช้ปี ค.ศ. เช่น 2023-04-20 สำหรับ พ.ศ. ๒๕๖๖',
    ],
  ])('for %s: the line, no stack trace, exit %i', (_name, code, env, args, line) => {
    const run = startLocal(env, args);
    expect(run.status).toBe(code);
    expect(run.stderr).toContain(line);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('npm start reads its arguments before it probes its ports', () => {
  // a port held here for the whole test: every port npm start would use is busy
  let held: Awaited<ReturnType<typeof holdPorts>> | undefined;
  beforeAll(async () => {
    held = await holdPorts(1);
  });
  afterAll(() => held?.release());

  // session 37: these exited 1, where every CLI's usage error is 2
  it.each([
    ['a Buddhist-era --today', ['--today', '2566-04-20'], '--today: ใช้ปี ค.ศ. เช่น 2023-04-20 สำหรับ พ.ศ. ๒๕๖๖'],
    ['a --today that is no date', ['--today', '2023-02-30'], '--today: วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว'],
    [
      '--today without its date',
      ['--today'],
      'ตัวเลือก --today ต้องตามด้วยค่า เช่น --today <ค่า> กรุณาดูวิธีใช้ด้านล่าง\n--today needs a value after it',
    ],
    ['an unknown option', ['--todya', '2023-04-20'], 'ไม่รู้จักตัวเลือก --todya กรุณาดูวิธีใช้ด้านล่าง\nunknown option --todya'],
  ])('for %s with every port busy: the argument is what is told, exit 2 as a usage error', (_name, args, line) => {
    const port = held!.port;
    const env = {
      ITA_API_PORT: `${port}`,
      ITA_DYNAMODB_PORT: `${port}`,
      ITA_SES_PORT: `${port}`,
      ITA_S3_PORT: `${port}`,
    };
    const run = startLocal(env, args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(line);
    expect(run.stderr).not.toContain('in use');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([['--help'], ['-h']])('%s prints the usage on stdout, exit 0, with every port busy', (flag) => {
    const port = held!.port;
    const run = startLocal({ ITA_API_PORT: `${port}` }, [flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: npm start');
    expect(run.stderr).not.toContain('in use');
  });
});

describe('npm start names a free port when one is busy (break-16 B13)', () => {
  it('the API port and the one after it are busy: it suggests neither, Thai first', async () => {
    // the API port and the next one held here, as another running program would
    const { port: busy, release } = await holdPorts(2);
    try {
      const run = startLocal({
        ITA_API_PORT: `${busy}`,
        ITA_DYNAMODB_PORT: `${busy + 1}`,
        ITA_SES_PORT: `${busy + 1}`,
        ITA_S3_PORT: `${busy + 1}`,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^พอร์ต ${busy} \\(api\\) ถูกใช้อยู่`));
      expect(run.stderr).toContain(`Port ${busy} (api) is in use`);
      expect(run.stderr).not.toContain(`ITA_API_PORT=${busy + 1}`);
    } finally {
      await release();
    }
  });
});

describe('npm start checks its ports', () => {
  it('refuses a port that is not a port, naming the variable', () => {
    expect(() => localConfig({ ITA_API_PORT: '3000x' })).toThrow(/ITA_API_PORT="3000x" is not valid/);
    expect(() => localConfig({ ITA_S3_PORT: '70000' })).toThrow(/ITA_S3_PORT="70000" is not valid: at most 65535/);
    expect(localConfig({ ITA_API_PORT: '3001' }).ports).toEqual({ api: 3001, dynamodb: 8000, ses: 8005, s3: 4569 });
  });
});
