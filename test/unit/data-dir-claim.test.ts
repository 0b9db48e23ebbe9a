// One npm start a data folder (tester s57 D): a second start on a folder another running start holds
// is refused, naming that process; a claim left by a process that has ended is taken over.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimDataDir, claimFile, folderInUseMessage, releaseDataDir } from '../../infra/local/data-dir-claim.js';

const folder = () => mkdtempSync(join(tmpdir(), 'ita-claim-'));
/** The id of a process that has ended. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the data folder of npm start', () => {
  it('a folder no one holds is claimed: its file names this process', () => {
    const dir = folder();
    expect(claimDataDir(dir)).toBeUndefined();
    expect(readFileSync(claimFile(dir), 'utf8').trim()).toBe(String(process.pid));
  });

  it('a folder a running process holds is refused, naming that process, and its claim is kept', () => {
    const dir = folder();
    writeFileSync(claimFile(dir), `${process.pid}\n`);
    expect(claimDataDir(dir, process.pid + 1_000_000)).toBe(process.pid);
    expect(readFileSync(claimFile(dir), 'utf8').trim()).toBe(String(process.pid));
  });

  it.each([
    ['a process that has ended', () => `${endedPid()}\n`],
    ['an empty file', () => ''],
    ['words, not a process id', () => 'npm start\n'],
  ])('a claim left by %s is taken over', (_name, content) => {
    const dir = folder();
    writeFileSync(claimFile(dir), content());
    expect(claimDataDir(dir)).toBeUndefined();
    expect(readFileSync(claimFile(dir), 'utf8').trim()).toBe(String(process.pid));
  });

  it('is let go on stop only by the process that holds it', () => {
    const dir = folder();
    claimDataDir(dir);
    releaseDataDir(dir, process.pid + 1_000_000);
    expect(claimDataDir(dir, process.pid + 1_000_000)).toBe(process.pid);
    releaseDataDir(dir);
    expect(claimDataDir(dir, process.pid + 1_000_000)).toBeUndefined();
  });

  it('tells the second start, in Thai then English, to use the running system or a folder of its own', () => {
    expect(folderInUseMessage('.local', 4242)).toBe(
      'โฟลเดอร์ข้อมูล .local ใช้อยู่โดย npm start อีกชุด (process 4242) ใช้ระบบที่เปิดอยู่นั้น หรือหยุดระบบนั้นก่อน' +
        ' หรือเริ่มอีกชุดด้วยโฟลเดอร์ข้อมูลของตัวเอง เช่น ITA_DATA_DIR=.local-2 npm start' +
        ' / The data folder .local is in use by another npm start (process 4242): use that system, stop it' +
        ' first, or start another with a data folder of its own, e.g. ITA_DATA_DIR=.local-2 npm start',
    );
  });
});
