// The floor under any function that reads DynamoDB with the AWS SDK v3 (which the stack requires):
// load the DynamoDB client, send one GetItem. Nothing of ours is loaded, and no document client
// (@aws-sdk/lib-dynamodb, which the API uses: 12 M more instructions, 1.4% of this floor, session
// 16), so the API's cold start can come near this figure but not below it. @aws-sdk/client-dynamodb
// has one CommonJS file: importing one command loads every command and the aggregated client too.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({
  region: process.env.AWS_REGION ?? 'ap-southeast-1',
  ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
});

export const handler = async () => {
  await client.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: 'ORG#demo' }, sk: { S: 'ORG' } } }),
  );
  return { statusCode: 200, body: '{}' };
};
