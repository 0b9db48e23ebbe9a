// A bundled function's logs name our error classes: the bundle is minified (infra/cdk/bundling.ts),
// which renames classes, so a name taken from the class (`new.target.name`, `constructor.name`)
// would be logged as a letter or two. Each error class states its own name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, esbuildOptions, NODE_OPTIONS } from '../../infra/cdk/bundling.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'error-names-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  bundle = join(dir, BUNDLE_FILE);
  await build({
    ...esbuildOptions(),
    entryPoints: [join(ROOT, 'test/fixtures/functions/logged-errors.ts')],
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bundle on each event in turn, as Lambda would: the handler's answers and the JSON log lines. */
function run(events: { via: 'api' | 'sqs' | 'classes'; error?: string }[]): {
  answers: unknown[];
  logs: Record<string, unknown>[];
} {
  const script = `
    const m = require(${JSON.stringify(bundle)});
    (async () => {
      const answers = [];
      for (const e of ${JSON.stringify(events)}) answers.push(await m.handler(e));
      process.stdout.write('ANSWERS ' + JSON.stringify(answers));
    })();`;
  const child = spawnSync(process.execPath, ['-e', script], {
    cwd: dir,
    // the AWS SDK is left out of bundles (Lambda's runtime has it): here it comes from the project
    env: { ...process.env, NODE_OPTIONS, NODE_PATH: join(ROOT, 'node_modules'), POWERTOOLS_LOG_LEVEL: 'INFO' },
    encoding: 'utf8',
  });
  // Powertools writes errors to stderr, other levels to stdout
  const lines = `${child.stdout}\n${child.stderr}`.split('\n');
  return {
    answers: JSON.parse(lines.find((line) => line.startsWith('ANSWERS '))!.slice('ANSWERS '.length)) as unknown[],
    logs: lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('errors logged by a bundled function', () => {
  it('are each named by their class, though the bundle is minified', () => {
    const [classes] = run([{ via: 'classes' }]).answers as [string, string][][];
    // the domain's errors, the environment's, the jobs', the mailer's and the store's
    expect(classes!.length).toBeGreaterThanOrEqual(15);
    for (const [exported, name] of classes!) expect(name, exported).toBe(exported);
  });

  it('are named by their class in the API log line of a 5xx (UnavailableError, OrgChangedError)', () => {
    const { logs } = run([
      { via: 'api', error: 'UnavailableError' },
      { via: 'api', error: 'OrgChangedError' },
    ]);
    expect(logs.map((l) => [l.message, l.errorName, l.status])).toEqual([
      ['request failed', 'UnavailableError', 503],
      ['request failed', 'OrgChangedError', 503],
    ]);
  });

  it("are named by their class in the SQS functions' log line of a failed record", () => {
    const { logs } = run([
      { via: 'sqs', error: 'SendRateContentionError' },
      { via: 'sqs', error: 'PlanChangedError' },
      { via: 'sqs', error: 'EnvironmentError' },
    ]);
    expect(logs.map((l) => [l.message, l.errorName])).toEqual([
      ['work item failed', 'SendRateContentionError'],
      ['work item failed', 'PlanChangedError'],
      ['work item failed', 'EnvironmentError'],
    ]);
  });
});
