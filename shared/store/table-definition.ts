// The table's shape: read by infra/cdk, infra/local and the test setup.

export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** TTL attribute (epoch seconds) for idempotency records and send markers */
  ttlAttribute: 'expiresAt',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

export const BY_SUBJECT_INDEX = 'gsi1';
export const BY_EMAIL_INDEX = 'gsi2';
/** gsi2 again: audit entries by the person who wrote them (indexKeys.auditBy) */
export const BY_ACTOR_INDEX = 'gsi2';
