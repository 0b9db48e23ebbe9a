// A test's local system whose port was taken between choosing it and listening on it starts on
// other ports (session 38's CI: a browser file's start exited on a busy port and its 19 tests did
// not run).
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { localStartBundle } from '../support/local-start-bundle.js';
import {
  type LocalSystemSetup,
  localSystemSetup,
  START_HOOK_MS,
  startDeadline,
  startLocalSystemOnFreePorts,
  stopLocalSystem,
} from '../support/local-system.js';

const taken: Server[] = [];
let setup: LocalSystemSetup | undefined;
let stop: (() => Promise<unknown>) | undefined;

/** `port` listened on by another program (this test) until the test ends. */
const take = (port: number) =>
  new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => (taken.push(server), resolve()));
  });

afterEach(async () => {
  await stop?.();
  stop = undefined;
  await Promise.all(taken.splice(0).map((s) => new Promise((r) => s.close(r))));
  if (setup) {
    const raw = new DynamoDBClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' });
    await raw.send(new DeleteTableCommand({ TableName: setup.tableName })).catch(() => undefined);
    raw.destroy();
    rmSync(setup.dataDir, { recursive: true, force: true });
  }
});

describe("a test's local system whose chosen port was taken meanwhile", () => {
  it.each(['api', 'ses', 's3'] as const)(
    'the %s port taken: it starts on other free ports and its banner names the new API address',
    { timeout: START_HOOK_MS },
    async (part) => {
      setup = await localSystemSetup({
        endpoint: inject('dynamodbEndpoint'),
        tableName: `ita-taken-${part}-${process.pid}-${Date.now()}`,
      });
      const chosen = setup.ports[part];
      await take(chosen);
      const bundle = await localStartBundle();
      const { child, output } = await startLocalSystemOnFreePorts(
        setup,
        ['--fresh'],
        startDeadline(START_HOOK_MS),
        bundle,
      );
      stop = () => stopLocalSystem(child);
      expect(setup.ports[part]).not.toBe(chosen);
      expect(setup.env[`ITA_${part.toUpperCase()}_PORT`]).toBe(String(setup.ports[part]));
      expect(output).toContain(`API             ${setup.api}/v1`);
      expect((await fetch(`${setup.api}/`)).status).toBe(200);
    },
  );
});
