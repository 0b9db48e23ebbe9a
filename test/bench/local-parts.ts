// The bench's own DynamoDB Local, SES emulator and S3 emulator, on free ports.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { startS3Emulator } from '../../infra/local/s3-emulator.js';
import { startSesEmulator } from '../../infra/local/ses-emulator.js';
import { createTable } from '../../shared/store/create-table.js';
import { createDocumentClient, type Store } from '../../shared/store/dynamo-client.js';
import { freePort } from '../support/free-port.js';

export interface Parts {
  env: Record<string, string>;
  store(tableName: string): Promise<Store & { destroy(): void }>;
  stop(): Promise<void>;
}

export async function startParts(): Promise<Parts> {
  const [dynamodb, ses, s3] = await Promise.all([
    startDynamoDbLocal({ port: await freePort() }),
    startSesEmulator({ port: await freePort() }),
    startS3Emulator({ port: await freePort(), buckets: ['bench'] }),
  ]);
  const env = {
    DYNAMODB_ENDPOINT: dynamodb.endpoint,
    // the scale runs read its CPU time (/proc)
    DYNAMODB_LOCAL_PID: String(dynamodb.process.pid),
    SES_ENDPOINT: ses.endpoint,
    S3_ENDPOINT: s3.endpoint,
    BUCKET_NAME: 'bench',
    AWS_REGION: 'ap-southeast-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    MAIL_MAX_PER_SECOND: '100000',
  };
  Object.assign(process.env, env);
  return {
    env,
    async store(tableName) {
      const raw = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: 'ap-southeast-1' });
      await createTable(raw, tableName);
      raw.destroy();
      const doc = createDocumentClient({ endpoint: dynamodb.endpoint });
      return { doc, tableName, destroy: () => doc.destroy() };
    },
    stop: async () => {
      await Promise.all([dynamodb.stop(), ses.stop(), s3.stop()]);
    },
  };
}
