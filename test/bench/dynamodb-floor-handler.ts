// The floor under any function that reads DynamoDB with the AWS SDK v3 (which the stack requires):
// load the DynamoDB client and document client, send one GetItem. Nothing of ours is loaded, so the
// API's cold start can come near this figure but not below it.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'ap-southeast-1',
    ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
  }),
);

export const handler = async () => {
  await doc.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: 'ORG#demo', sk: 'ORG' } }));
  return { statusCode: 200, body: '{}' };
};
