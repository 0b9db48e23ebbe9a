// Counts DynamoDB requests by command and the capacity they consume (ReturnConsumedCapacity), via SDK middleware.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface Meter {
  requests: Map<string, number>;
  capacity: { read: number; write: number };
  reset(): void;
  total(): number;
}

const CAPACITY_COMMANDS = new Set([
  'GetItemCommand',
  'QueryCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
  'TransactGetItemsCommand',
  'ScanCommand',
]);

export function meter(doc: DynamoDBDocumentClient): Meter {
  const m: Meter = {
    requests: new Map(),
    capacity: { read: 0, write: 0 },
    reset() {
      m.requests.clear();
      m.capacity.read = 0;
      m.capacity.write = 0;
    },
    total: () => [...m.requests.values()].reduce((a, b) => a + b, 0),
  };
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      const input = args.input as Record<string, unknown>;
      if (CAPACITY_COMMANDS.has(name)) input.ReturnConsumedCapacity = 'TOTAL';
      m.requests.set(name, (m.requests.get(name) ?? 0) + 1);
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      for (const c of [consumed].flat().filter(Boolean) as {
        CapacityUnits?: number;
        ReadCapacityUnits?: number;
        WriteCapacityUnits?: number;
      }[]) {
        const writes = /Put|Update|Delete|Write/.test(name);
        if (writes) m.capacity.write += c.WriteCapacityUnits ?? c.CapacityUnits ?? 0;
        else m.capacity.read += c.ReadCapacityUnits ?? c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'benchMeter' },
  );
  return m;
}
