// Reading why a TransactWriteItems was cancelled.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

export interface CancelledCondition {
  index: number;
  /** the item as it was, when ReturnValuesOnConditionCheckFailure is ALL_OLD */
  item?: Record<string, unknown>;
}

/** The failed conditions of a cancelled transaction, or undefined for any other error. */
export function failedConditions(error: unknown): CancelledCondition[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  const failed = reasons.flatMap((r, index) =>
    r.Code === 'ConditionalCheckFailed' ? [{ index, ...(r.Item ? { item: unmarshall(r.Item) } : {}) }] : [],
  );
  return failed.length > 0 ? failed : undefined;
}

/** Concurrent transactions on one item are cancelled with TransactionConflict; try again shortly. */
export async function withTransactionRetries<T>(send: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const conflicted =
        error instanceof TransactionCanceledException &&
        (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict') &&
        !(error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
      if (!conflicted || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 25 * 2 ** attempt));
    }
  }
}
