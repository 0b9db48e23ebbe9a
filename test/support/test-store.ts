// A fresh table in DynamoDB Local for one test file.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient, type Store } from '../../shared/store/dynamo-client.js';
import { createTable } from '../../shared/store/create-table.js';

export interface TestStore extends Store {
  endpoint: string;
  drop(): Promise<void>;
}

export async function createTestStore(): Promise<TestStore> {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `test-${randomUUID()}`;
  const raw = new DynamoDBClient({ endpoint, region: 'ap-southeast-1' });
  await createTable(raw, tableName);
  const doc = createDocumentClient({ endpoint });
  return {
    endpoint,
    tableName,
    doc,
    drop: async () => {
      await raw.send(new DeleteTableCommand({ TableName: tableName }));
      raw.destroy();
      doc.destroy();
    },
  };
}
