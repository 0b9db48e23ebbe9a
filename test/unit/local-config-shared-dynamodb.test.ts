// npm start on a DynamoDB Local already running (ITA_DYNAMODB_ENDPOINT, ITA_TABLE_NAME): the
// browser tests' local systems share the run's DynamoDB Local, each with a table of its own.
import { describe, expect, it } from 'vitest';
import { localConfig, localRuntimeEnv } from '../../infra/local/local-config.js';

describe("npm start's DynamoDB: its own, or one already running", () => {
  it('without ITA_DYNAMODB_ENDPOINT starts its own on ITA_DYNAMODB_PORT, table ita-measures-local', () => {
    const config = localConfig({ ITA_DYNAMODB_PORT: '8100' });
    expect(config.dynamodbEndpoint).toBeUndefined();
    expect(localRuntimeEnv(config)).toMatchObject({
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8100',
      TABLE_NAME: 'ita-measures-local',
    });
  });

  it('with ITA_DYNAMODB_ENDPOINT and ITA_TABLE_NAME, the jobs and CLIs are pointed at that table there', () => {
    const config = localConfig({ ITA_DYNAMODB_ENDPOINT: 'http://127.0.0.1:45123/', ITA_TABLE_NAME: 'ita-browser-1' });
    expect(config.dynamodbEndpoint).toBe('http://127.0.0.1:45123');
    expect(config.tableName).toBe('ita-browser-1');
    expect(localRuntimeEnv(config)).toMatchObject({
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:45123',
      TABLE_NAME: 'ita-browser-1',
    });
  });

  it('refuses an endpoint that is not an http(s) URL, and an empty table name, naming the variable', () => {
    expect(() => localConfig({ ITA_DYNAMODB_ENDPOINT: 'localhost:8000' })).toThrow(/ITA_DYNAMODB_ENDPOINT/);
    expect(() => localConfig({ ITA_DYNAMODB_ENDPOINT: 'ftp://127.0.0.1:8000' })).toThrow(/ITA_DYNAMODB_ENDPOINT/);
    expect(() => localConfig({ ITA_TABLE_NAME: ' ' })).toThrow(/ITA_TABLE_NAME/);
  });
});
