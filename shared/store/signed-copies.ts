// A generation's signed copy recorded on its item, with its audit entry: written only by the
// plan-import function (shared/use-cases/signed-copy.ts), so none of it is in the API's bundle.
import type { DocumentKind } from '../domain/document-kinds.js';
import { publishedAs } from '../domain/public-addresses.js';
import { auditPut } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import type { SignedCopy } from './document-generation-repository.js';
import { keys } from './keys.js';
import { failedConditions } from './transaction-errors.js';
import { transact } from './writes.js';

/**
 * Attach `signed` to a ready generation (replacing any), or remove it (undefined), with its audit
 * entry in one transaction; false when the generation is not ready (nothing written).
 */
export async function setSignedCopy(
  store: Store,
  kind: DocumentKind,
  orgId: string,
  fy: number,
  generation: number,
  change: { signed?: SignedCopy; actor: string; actorName?: string | undefined; at: Date; scope?: string | undefined },
): Promise<boolean> {
  const { signed } = change;
  try {
    await transact(store, [
      {
        Update: {
          TableName: store.tableName,
          Key: keys.generation(kind, orgId, fy, generation),
          UpdateExpression: signed ? 'SET #s = :s' : 'REMOVE #s',
          ConditionExpression: '#st IN (:ready, :complete)',
          ExpressionAttributeNames: { '#s': 'signedCopy', '#st': 'status' },
          ExpressionAttributeValues: {
            ':ready': 'ready',
            ':complete': 'complete',
            ...(signed ? { ':s': signed } : {}),
          },
        },
      },
      auditPut(store.tableName, {
        orgId,
        actor: change.actor,
        actorName: change.actorName,
        action: `${kind}.${signed ? 'sign' : 'unsign'}`,
        target: `${kind}:${fy}/${generation}`,
        at: change.at,
        details: { generation, document: publishedAs(kind, change.scope) },
      }),
    ]);
    return true;
  } catch (error) {
    if (failedConditions(error)) return false;
    throw error;
  }
}
