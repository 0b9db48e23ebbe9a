// Rules of the code's shape that review alone does not keep: read the sources, name the offenders.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}
const offenders = (dirs: string[], pattern: RegExp, allowed: string[] = []) =>
  dirs
    .flatMap(sources)
    .filter((f) => !allowed.includes(f.replaceAll('\\', '/')))
    .filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8')))
    .map((f) => relative(ROOT, join(ROOT, f)));

describe('the shape of the code', () => {
  it('reads the process environment only in the environment parsers (shared code takes values, not process.env)', () => {
    expect(
      offenders(['shared'], /process\.env/, [
        'shared/environment/environment.ts',
        'shared/jobs/job-config.ts',
        'shared/store/dynamo-client.ts',
      ]),
    ).toEqual([]);
  });

  it('builds repositories only in the composition root (use cases, jobs, mail and publishing take them as ports)', () => {
    expect(
      offenders(['shared/use-cases', 'shared/jobs', 'shared/mail', 'shared/publishing'], /new \w+Repository\(/),
    ).toEqual([]);
  });

  // session 38: npm run import made a second client to name the units; admin built one per command, token its own repository
  it("builds the CLIs' DynamoDB client and repositories in one place (infra/cli/cli-store.ts), once a run", () => {
    expect(
      offenders(['infra/cli'], /createDocumentClient\(|createRepositories\(|new \w+Repository\(/, [
        'infra/cli/cli-store.ts',
      ]),
    ).toEqual([]);
  });

  it('writes every transaction through transact(), so one that meets another (TransactionConflict) is tried again', () => {
    expect(
      offenders(['shared', 'functions', 'infra'], /new TransactWriteCommand\(/, ['shared/store/writes.ts']),
    ).toEqual([]);
  });

  it('never scans the table in a request or job path', () => {
    expect(offenders(['shared', 'functions'], /\bScanCommand\b|\.scan\(/)).toEqual([]);
  });
});
