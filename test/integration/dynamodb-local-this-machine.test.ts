// npm start's DynamoDB Local answers this machine only (break-16 B2): it listened on every interface
// and answered any Host, so the table was readable from the LAN and through DNS rebinding.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningDynamoDb, startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { freePort } from '../support/free-port.js';

let port: number;
let dynamodb: RunningDynamoDb;

beforeAll(async () => {
  port = await freePort();
  // as npm start starts it (in memory here)
  dynamodb = await startDynamoDbLocal({ port, quick: true, localOnly: true });
}, 180_000);
afterAll(() => dynamodb?.stop());

/** DynamoDB's ListTables with any signature (DynamoDB Local checks none), sent with `host` as the Host header. */
function listTables(host: string, to = port) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: to,
        method: 'POST',
        path: '/',
        headers: {
          host,
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.ListTables',
          authorization:
            'AWS4-HMAC-SHA256 Credential=any/20230101/ap-southeast-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

/** The local addresses (hex, as /proc/net/tcp{,6} writes them) of the sockets listening on `port`. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
      .map((f) => f[1]!.split(':')[0]!),
  );
}
/** 127.0.0.1, ::ffff:127.0.0.1 and ::1 as /proc writes them (32-bit words in host order). */
const LOOPBACK = ['0100007F', '0000000000000000FFFF00000100007F', '00000000000000000000000001000000'];

describe("npm start's DynamoDB Local answers this machine only (break-16 B2)", () => {
  it('listens on the loopback address only, not on every interface', () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(LOOPBACK).toContain(address);
    expect(dynamodb.localOnly).toBe(true);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'])('answers a request with Host %s', async (name) => {
    const res = await listTables(`${name}:${port}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ TableNames: [] });
  });

  it.each([
    ['a rebinding DNS name', 'attacker.example:80'],
    ['a name that starts with localhost', 'localhost.attacker.example'],
    ['a name that starts with 127.0.0.1', '127.0.0.1.attacker.example:8000'],
    ['a LAN address', '192.168.1.20'],
    ['a public address', '93.184.216.34:80'],
  ])('refuses a request whose Host is %s (421, no tables)', async (_name, host) => {
    const res = await listTables(host);
    expect(res.status).toBe(421);
    expect(res.body).not.toContain('TableNames');
  });

  it("the tests' own DynamoDB Local (global setup) answers this machine only too", async () => {
    const testsPort = Number(new URL(inject('dynamodbEndpoint')).port);
    expect((await listTables('attacker.example:80', testsPort)).status).toBe(421);
    expect((await listTables(`127.0.0.1:${testsPort}`, testsPort)).status).toBe(200);
    for (const address of listeningAddresses(testsPort)) expect(LOOPBACK).toContain(address);
  });
});
