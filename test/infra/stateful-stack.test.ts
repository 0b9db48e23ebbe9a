import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { StatefulStack } from '../../infra/cdk/stateful-stack.js';
import { TABLE } from '../../shared/store/table-definition.js';

const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const template = Template.fromStack(new StatefulStack(app, 'Test'));

describe('stateful stack', () => {
  it('keeps the table: PITR, deletion protection, retained on stack deletion', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: {
        Replicas: [
          {
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          },
        ],
      },
    });
  });

  it('has the key schema, indexes and TTL attribute the store uses', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'))[0]!.Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes.map((g: { IndexName: string }) => g.IndexName)).toEqual(
      TABLE.indexes.map((i) => i.indexName),
    );
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: TABLE.ttlAttribute, Enabled: true });
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
  });
});
