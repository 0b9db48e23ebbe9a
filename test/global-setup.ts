// Starts the real local parts once for the whole run, on free ports, and stops them afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { scanLogs } from './support/log-leaks.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { startS3Emulator } from '../infra/local/s3-emulator.js';
import { startSesEmulator } from '../infra/local/ses-emulator.js';
import { freePort } from './support/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
    sesEndpoint: string;
    logCaptureDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [dynamodb, s3, ses] = await Promise.all([
    startDynamoDbLocal({ port: await freePort() }),
    startS3Emulator({ port: await freePort() }),
    startSesEmulator({ port: await freePort() }),
  ]);
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  const logCaptureDir = mkdtempSync(join(tmpdir(), 'ita-logs-'));
  project.provide('logCaptureDir', logCaptureDir);
  return async () => {
    await Promise.all([dynamodb.stop(), s3.stop(), ses.stop()]);
    const { lines, leaks } = scanLogs(logCaptureDir);
    rmSync(logCaptureDir, { recursive: true, force: true });
    process.stdout.write(`logs: ${lines.toLocaleString('en')} lines captured, ${leaks.length} leaks\n`);
    if (leaks.length > 0) throw new Error(`personal data in logs:\n${leaks.slice(0, 20).join('\n')}`);
  };
}
