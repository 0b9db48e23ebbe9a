// The local gateway hands the API its query as API Gateway's HTTP API (payload 2.0) does: a repeated
// parameter's values joined by commas (re-check s48 #1: locally the last one was taken silently, so
// ?announcedOn=2022-10-15&announcedOn=2030-01-01 printed 2030's day; deployed it is refused).
import type { Server } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../infra/local/api-gateway-server.js';
import { freePort } from '../support/free-port.js';

let server: Server;
let port: number;
beforeAll(async () => {
  port = await freePort();
  server = await startGateway({
    port,
    // answers with the query the API function was given
    handler: (event: APIGatewayProxyEventV2) =>
      Promise.resolve({
        statusCode: 200,
        body: JSON.stringify({ query: event.queryStringParameters ?? null, raw: event.rawQueryString }),
      }),
    verify: () => Promise.resolve({ sub: 'p1' }),
  });
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

const queryOf = async (search: string) => {
  const res = await fetch(`http://localhost:${port}/v1/fiscal-years/2566/plan-document${search}`, {
    method: 'POST',
    headers: { authorization: 'Bearer t' },
  });
  return ((await res.json()) as { query: Record<string, string> | null }).query;
};

describe("the local gateway's query, as API Gateway gives it", () => {
  it.each([
    ['?announcedOn=2022-10-15&announcedOn=2030-01-01', { announcedOn: '2022-10-15,2030-01-01' }],
    ['?scope=half-year&scope=year', { scope: 'half-year,year' }],
    ['?a=1&b=2&a=3&constructor=x', { a: '1,3', b: '2', constructor: 'x' }],
  ])("%s: a repeated parameter's values joined by commas, not the last one alone", async (search, query) => {
    expect(await queryOf(search)).toEqual(query);
  });

  it('a parameter given once is as given; none: no query', async () => {
    expect(await queryOf('?announcedOn=2022-10-15')).toEqual({ announcedOn: '2022-10-15' });
    expect(await queryOf('')).toBeNull();
  });
});
