// One npm start a data folder: a second one on the same folder (its ports moved, as the busy-port
// advice says) ran a second DynamoDB Local on the same database files and overwrote the CLIs'
// runtime-env.json (tester s57 D); with --fresh it would delete the running system's data.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file holding the process id of the npm start that uses the folder. */
export const claimFile = (dataDir: string) => join(dataDir, 'npm-start.pid');

/** Whether a process `pid` runs (signal 0 checks without sending; EPERM: it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `dataDir` (which must exist) for process `pid`: writes its id there and answers undefined,
 * or answers the process id of another running npm start that holds it. A claim left by a process
 * that ended (killed, crashed) is taken over.
 */
export function claimDataDir(dataDir: string, pid = process.pid): number | undefined {
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(claimFile(dataDir), 'utf8').trim());
  } catch {
    holder = undefined;
  }
  if (holder && Number.isInteger(holder) && holder !== pid && running(holder)) return holder;
  writeFileSync(claimFile(dataDir), `${pid}\n`);
  return undefined;
}

/** Lets the folder go, if `pid` still holds it. */
export function releaseDataDir(dataDir: string, pid = process.pid): void {
  try {
    if (Number(readFileSync(claimFile(dataDir), 'utf8').trim()) === pid) rmSync(claimFile(dataDir));
  } catch {
    // gone already
  }
}

/** What a second npm start on a folder in use is told, Thai then English. */
export function folderInUseMessage(shownDir: string, holder: number): string {
  return (
    `โฟลเดอร์ข้อมูล ${shownDir} ใช้อยู่โดย npm start อีกชุด (process ${holder}) ใช้ระบบที่เปิดอยู่นั้น หรือหยุดระบบนั้นก่อน` +
    ` หรือเริ่มอีกชุดด้วยโฟลเดอร์ข้อมูลของตัวเอง เช่น ITA_DATA_DIR=.local-2 npm start` +
    ` / The data folder ${shownDir} is in use by another npm start (process ${holder}): use that system, stop it` +
    ` first, or start another with a data folder of its own, e.g. ITA_DATA_DIR=.local-2 npm start`
  );
}
