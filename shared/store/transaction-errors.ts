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
