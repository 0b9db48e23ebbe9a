// Counts the writes that reached DynamoDB (SDK middleware on the real client): "nothing was written".
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

export function countWrites(doc: DynamoDBDocumentClient): { readonly count: number } {
  const state = { count: 0 };
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (WRITES.has(String(context.commandName))) state.count++;
      return result;
    },
    { step: 'initialize', name: 'countWrites' },
  );
  return state;
}

/** Counts every request sent to DynamoDB, reads and writes (SDK middleware on the real client). */
export function countRequests(doc: DynamoDBDocumentClient): { readonly count: number } {
  const state = { count: 0 };
  doc.middlewareStack.add(
    (next) => async (args) => {
      state.count++;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return state;
}
