// Starts the real local parts once for the whole run, on free ports, and stops them afterwards
// (the 'api', 'system' and 'isolated' projects' tests use them; the log capture is
// test/global-logs.ts). Each of them (vitest.config.ts) lists this file: the first starts the
// emulators, the last stops them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { startS3Emulator } from '../infra/local/s3-emulator.js';
import { startSesEmulator } from '../infra/local/ses-emulator.js';
import { freePort } from './support/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
    sesEndpoint: string;
  }
}

type Emulators = Awaited<ReturnType<typeof startEmulators>>;

/**
 * DynamoDB Local, the S3 and the SES emulators on `ports` (free ones unless given). When one fails,
 * the others are stopped before the failure is thrown: DynamoDB Local's JVM outlived a failed run.
 */
export async function startEmulators(ports?: { dynamodb: number; s3: number; ses: number }) {
  const [dynamodb, s3, ses] = await Promise.allSettled([
    // this machine only, as npm start's (break-16 B2): 127.0.0.1, a foreign Host refused
    startDynamoDbLocal({ port: ports?.dynamodb ?? (await freePort()), quick: true, localOnly: true }),
    startS3Emulator({ port: ports?.s3 ?? (await freePort()) }),
    startSesEmulator({ port: ports?.ses ?? (await freePort()) }),
  ]);
  if (dynamodb.status === 'fulfilled' && s3.status === 'fulfilled' && ses.status === 'fulfilled')
    return { dynamodb: dynamodb.value, s3: s3.value, ses: ses.value };
  await Promise.allSettled(
    [dynamodb, s3, ses].flatMap((part) => (part.status === 'fulfilled' ? [part.value.stop()] : [])),
  );
  throw [dynamodb, s3, ses].find((part) => part.status === 'rejected')!.reason;
}

/** Kept on the main process's global: vitest loads this file once per project. */
const shared = globalThis as { itaEmulators?: { started: Promise<Emulators>; users: number } };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.itaEmulators ??= { started: startEmulators(), users: 0 };
  const emulators = shared.itaEmulators;
  emulators.users++;
  const { dynamodb, s3, ses } = await emulators.started;
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    if (--emulators.users > 0) return;
    delete shared.itaEmulators;
    await Promise.all([dynamodb.stop(), s3.stop(), ses.stop()]);
    // the CLI bundles test/support/cli-process.ts made
    rmSync(join(project.config.root, 'test-results', 'cli'), { recursive: true, force: true });
  };
}
