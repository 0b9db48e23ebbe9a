// A person's "email undeliverable" mark (Person.undeliverable), written by the mail-events function
// from SES's bounce, complaint and reject notifications. Found without a Scan: the email's claim
// in the org (keys.personEmail) names the person, then one conditional UpdateItem on them.
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { OrgId } from '../domain/ids.js';
import type { Person } from '../domain/organisation.js';
import type { Store } from './dynamo-client.js';
import { keys } from './keys.js';

export type MarkOutcome = 'marked' | 'unchanged' | 'unknown';

/**
 * Marks the person of `orgId` who holds `email` (trimmed, lower case, as the claim keys it):
 * 'unknown' when the org has no such email (or the org id is not one); 'unchanged' when the mark
 * is already this one or newer, or the mark was cleared after `mark.at` (deliverableSince), so the
 * same notification twice, or an old one arriving late, changes nothing.
 */
export async function markUndeliverable(
  store: Store,
  orgId: string,
  email: string,
  mark: NonNullable<Person['undeliverable']>,
): Promise<MarkOutcome> {
  let claimKey;
  try {
    claimKey = keys.personEmail(OrgId.parse(orgId), email);
  } catch {
    return 'unknown';
  }
  const { Item: claim } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: claimKey, ConsistentRead: true }),
  );
  const personId = claim?.personId as string | undefined;
  if (!personId) return 'unknown';
  try {
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keys.person(orgId, personId),
        // a new revision: an edit that read the person before this mark does not write over it
        UpdateExpression: 'SET #mark = :mark ADD #revision :one',
        ConditionExpression:
          'attribute_exists(pk) AND (attribute_not_exists(#mark) OR #mark.#at < :at) AND (attribute_not_exists(#since) OR #since < :at)',
        ExpressionAttributeNames: {
          '#mark': 'undeliverable',
          '#at': 'at',
          '#since': 'deliverableSince',
          '#revision': 'revision',
        },
        ExpressionAttributeValues: { ':mark': mark, ':at': mark.at, ':one': 1 },
      }),
    );
    return 'marked';
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return 'unchanged';
    throw error;
  }
}
