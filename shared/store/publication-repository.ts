// Which generation of each document is published at its public address: one item per (org, fy,
// kind), written with its audit entry in one transaction.
import { withPrefix } from './query-pages.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { madeAs, type PublicFormat, type PublishedKind } from '../domain/public-addresses.js';
import { transact } from './writes.js';
import { auditPut } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fyPartition, keys, prefixes } from './keys.js';
import { failedConditions } from './transaction-errors.js';

export interface Publication {
  kind: PublishedKind;
  generation: number;
  publishedAt: string;
  publishedBy: string;
  /** the publisher's name when they published (records from session 30 on; older: none) */
  publishedByName?: string;
  /** `signed`: the PDF is the generation's signed copy (ฉบับลงนาม) */
  files: { format: PublicFormat; size: number; sha256: string; signed?: boolean }[];
}

export class PublicationRepository {
  constructor(private readonly store: Store) {}

  /** The year's publications (at most one per kind), in one Query. */
  async list(orgId: string, fy: number): Promise<Publication[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        ...withPrefix(fyPartition(orgId, fy), prefixes.publication),
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      kind: i.kind as PublishedKind,
      generation: Number(i.generation),
      publishedAt: String(i.publishedAt),
      publishedBy: String(i.publishedBy),
      ...(typeof i.publishedByName === 'string' ? { publishedByName: i.publishedByName } : {}),
      files: i.files as Publication['files'],
    }));
  }

  /** Record `publication` as the one published (replacing any other generation), with its audit entry. */
  async put(orgId: string, fy: number, publication: Publication): Promise<void> {
    await transact(this.store, [
      {
        Put: {
          TableName: this.store.tableName,
          Item: { ...keys.publication(orgId, fy, publication.kind), type: 'publication', ...publication },
        },
      },
      auditPut(this.store.tableName, {
        orgId,
        actor: publication.publishedBy,
        actorName: publication.publishedByName,
        // the half-year report is an annual-report generation: its history says so
        action: `${madeAs(publication.kind)}.publish`,
        target: `${madeAs(publication.kind)}:${fy}/${publication.generation}`,
        at: new Date(publication.publishedAt),
        details: { generation: publication.generation, document: publication.kind },
      }),
    ]);
  }

  /** Withdraw `generation` of `kind` if it is the one published; false when it was not. */
  async remove(orgId: string, fy: number, kind: PublishedKind, generation: number, actor: string, at: Date) {
    try {
      // a conflict with a publish at the same moment is tried again; then the condition decides
      await transact(this.store, [
        {
          Delete: {
            TableName: this.store.tableName,
            Key: keys.publication(orgId, fy, kind),
            ConditionExpression: 'generation = :g',
            ExpressionAttributeValues: { ':g': generation },
          },
        },
        auditPut(this.store.tableName, {
          orgId,
          actor,
          action: `${madeAs(kind)}.withdraw`,
          target: `${madeAs(kind)}:${fy}/${generation}`,
          at,
          details: { generation, document: kind },
        }),
      ]);
      return true;
    } catch (error) {
      if (failedConditions(error)) return false;
      throw error;
    }
  }
}
