// The DynamoDB document client, configured from the environment.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { parseEnvironment, StoreEnvironment } from '../environment/environment.js';

export interface StoreConfig {
  tableName: string;
  /** DynamoDB Local or another endpoint; unset in AWS */
  endpoint?: string;
  region?: string;
}

/** The table from TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION; EnvironmentError (naming `entryPoint`) if unusable. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env, entryPoint = 'ita-measures'): StoreConfig {
  const parsed = parseEnvironment(entryPoint, StoreEnvironment, env);
  return {
    tableName: parsed.TABLE_NAME,
    ...(parsed.DYNAMODB_ENDPOINT ? { endpoint: parsed.DYNAMODB_ENDPOINT } : {}),
    ...(parsed.AWS_REGION ? { region: parsed.AWS_REGION } : {}),
  };
}

export function createDocumentClient(
  config: Omit<StoreConfig, 'tableName'>,
  extra: DynamoDBClientConfig = {},
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region ?? 'ap-southeast-1',
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...extra,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

export interface Store {
  doc: DynamoDBDocumentClient;
  tableName: string;
}
