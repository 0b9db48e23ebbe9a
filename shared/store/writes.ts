// Writes the repositories share: one transaction (tried again on conflicts), an item created only
// once, and an update under a condition.
import { TransactWriteCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { withActorNames, type TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { withTransactionRetries } from './transaction-errors.js';

/**
 * Write `items` in one TransactWriteItems, tried again while other transactions hold its items
 * (withTransactionRetries); a failed condition throws TransactionCanceledException (failedConditions).
 * An audit entry a person wrote first gets their name as it is now (withActorNames: one read).
 */
export async function transact(store: Store, items: TransactItem[], attempts?: number): Promise<void> {
  const named = await withActorNames(store, items);
  await withTransactionRetries(() => store.doc.send(new TransactWriteCommand({ TransactItems: named })), attempts);
}

/**
 * A transaction item creating `item` (its keys included) only where no item has its key. With
 * `returnOld` a failed condition brings back the item there (failedConditions(error)[i].item).
 */
export function putNew(tableName: string, item: Record<string, unknown>, returnOld = false): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
      ...(returnOld ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
    },
  };
}

/** A write refused by its ConditionExpression (nothing was written). */
export const conditionFailed = (error: unknown): boolean =>
  (error as Error | undefined)?.name === 'ConditionalCheckFailedException';

/** An UpdateItem on the table under its ConditionExpression: false when the condition failed. */
export async function updateIf(store: Store, update: Omit<UpdateCommandInput, 'TableName'>): Promise<boolean> {
  try {
    await store.doc.send(new UpdateCommand({ TableName: store.tableName, ...update }));
    return true;
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
}
