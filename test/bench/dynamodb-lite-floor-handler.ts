// A lower floor, for comparison only (session 31): the lightest maintained DynamoDB client we found,
// aws-lite (@aws-lite/client with its @aws-lite/dynamodb plugin, node:https and aws4 signing), one
// GetItem, as dynamodb-floor-handler.ts does with the AWS SDK v3. The stack keeps the SDK (the brief
// requires @aws-sdk/client-dynamodb); this row shows how far a client swap alone would go.
import awsLite from '@aws-lite/client';
import dynamodb from '@aws-lite/dynamodb';

let client: Awaited<ReturnType<typeof awsLite>> | undefined;

export const handler = async () => {
  client ??= await awsLite({
    region: process.env.AWS_REGION ?? 'ap-southeast-1',
    plugins: [dynamodb],
    ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
  });
  // aws-lite's plugin takes plain values and marshals them itself
  await (client as unknown as Record<string, { GetItem(input: object): Promise<unknown> }>).DynamoDB!.GetItem({
    TableName: process.env.TABLE_NAME,
    Key: { pk: 'ORG#demo', sk: 'ORG' },
  });
  return { statusCode: 200, body: '{}' };
};
