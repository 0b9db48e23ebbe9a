import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { inject, describe, expect, it } from 'vitest';

describe("the test run's temp folder", () => {
  it("a test's and its child processes' temp files go under the run's own folder (removed when the run ends)", () => {
    const runDir = inject('runTempDir');
    expect(runDir).toMatch(/ita-test-run-/);
    expect(tmpdir()).toBe(runDir);
    const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], {
      encoding: 'utf8',
    });
    expect(child).toBe(runDir);
  });
});
