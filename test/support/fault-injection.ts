// SDK-level fault injection: a middleware that throws AWS-shaped errors on a share of calls.
// Added at the 'initialize' step the SDK does not retry it; at 'finalizeRequest' the SDK's own
// retry strategy sees it, as it would see a throttled response.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { MiddlewareStack } from '@smithy/types';

export interface FaultSwitch {
  injected: number;
  calls: number;
  remove(): void;
}

type Stack = { middlewareStack: MiddlewareStack<any, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

export function injectFaults(
  client: Stack,
  options: { rate: number; errors: { name: string; status: number }[]; retried: boolean; name: string },
): FaultSwitch {
  const state: FaultSwitch = { injected: 0, calls: 0, remove: () => client.middlewareStack.remove(options.name) };
  client.middlewareStack.add(
    (next) => async (args) => {
      state.calls++;
      if (Math.random() < options.rate) {
        state.injected++;
        const pick = options.errors[state.injected % options.errors.length]!;
        throw Object.assign(new Error(`injected ${pick.name}`), {
          name: pick.name,
          $fault: 'server',
          $metadata: { httpStatusCode: pick.status },
        });
      }
      return next(args);
    },
    { step: options.retried ? 'finalizeRequest' : 'initialize', name: options.name } as {
      step: 'initialize';
      name: string;
    },
  );
  return state;
}

export const DYNAMODB_FAULTS = [
  { name: 'ProvisionedThroughputExceededException', status: 400 },
  { name: 'InternalServerError', status: 500 },
];

/**
 * SDK-level network jitter: every call of `client` waits 0..maxMs (uniform) before it is sent, so
 * concurrent requests interleave in varied orders, as they do over a real network.
 */
export function injectLatency(client: Stack, maxMs: number, name = 'test-latency'): { remove(): void } {
  client.middlewareStack.add(
    (next) => async (args) => {
      await new Promise((r) => setTimeout(r, Math.random() * maxMs));
      return next(args);
    },
    { step: 'initialize', name } as { step: 'initialize'; name: string },
  );
  return { remove: () => client.middlewareStack.remove(name) };
}

export type CallMatch = (commandName: string, input: Record<string, unknown>) => boolean;

/**
 * Holds the first call of `client` that `match`es until `release()` (later matching calls pass),
 * to force one interleaving of concurrent requests at the SDK level.
 */
export function holdFirstCall(client: Stack, match: CallMatch, name: string): { release(): void; remove(): void } {
  let open!: () => void;
  const released = new Promise<void>((r) => (open = r));
  let taken = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!taken && match(String(context.commandName), args.input as Record<string, unknown>)) {
        taken = true;
        await released;
      }
      return next(args);
    },
    { step: 'initialize', name } as { step: 'initialize'; name: string },
  );
  return { release: () => open(), remove: () => client.middlewareStack.remove(name) };
}

/** Resolves once the `nth` call of `client` that `match`es has completed (successfully or not). */
export function afterCall(client: Stack, match: CallMatch, name: string, nth = 1): Promise<void> & { remove(): void } {
  let done!: () => void;
  const completed = new Promise<void>((r) => (done = r));
  let seen = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!match(String(context.commandName), args.input as Record<string, unknown>)) return next(args);
      const mine = ++seen;
      try {
        return await next(args);
      } finally {
        if (mine === nth) done();
      }
    },
    { step: 'initialize', name } as { step: 'initialize'; name: string },
  );
  return Object.assign(completed, { remove: () => client.middlewareStack.remove(name) });
}

/**
 * The first `times` TransactWriteItems calls of `client` that `match` are cancelled with
 * TransactionConflict (another transaction held one of their items), as DynamoDB does under
 * concurrent writes; DynamoDB Local serialises transactions and never does. Nothing is written
 * by a cancelled call.
 */
export function conflictTransactions(
  client: Stack,
  times: number,
  match: CallMatch = () => true,
  name = 'test-transaction-conflict',
): { readonly injected: number; remove(): void } {
  const state = { injected: 0, remove: () => client.middlewareStack.remove(name) };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TransactItems?: unknown[] };
      if (
        String(context.commandName).startsWith('TransactWrite') &&
        state.injected < times &&
        match(String(context.commandName), args.input as Record<string, unknown>)
      ) {
        state.injected++;
        throw new TransactionCanceledException({
          message:
            'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: (input.TransactItems ?? []).map((_, i) =>
            i === 0 ? { Code: 'TransactionConflict' } : { Code: 'None' },
          ),
        });
      }
      return next(args);
    },
    { step: 'initialize', name } as { step: 'initialize'; name: string },
  );
  return state;
}

/**
 * The first `times` calls of `client` that `match` fail with an AWS-shaped server error (`name`,
 * HTTP `status`) before they are sent, not retried by the SDK: a read or write that failed.
 */
export function failCalls(
  client: Stack,
  match: CallMatch,
  options: { times?: number; name?: string; status?: number; label: string },
): { readonly injected: number; remove(): void } {
  const { times = Infinity, name = 'InternalError', status = 500, label } = options;
  const state = { injected: 0, remove: () => client.middlewareStack.remove(label) };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (state.injected < times && match(String(context.commandName), args.input as Record<string, unknown>)) {
        state.injected++;
        throw Object.assign(new Error(`injected ${name}`), {
          name,
          $fault: 'server',
          $metadata: { httpStatusCode: status },
        });
      }
      return next(args);
    },
    { step: 'initialize', name: label } as { step: 'initialize'; name: string },
  );
  return state;
}

/**
 * Runs `before` ahead of each of the first `times` calls of `client` that `match`, then lets the call
 * go on: another writer's request landing between a read and the write that follows it. Calls that
 * `before` itself makes pass untouched.
 */
export function runBefore(
  client: Stack,
  match: CallMatch,
  before: () => Promise<unknown>,
  options: { times?: number; name: string },
): { readonly ran: number; remove(): void } {
  const { times = Infinity, name } = options;
  const state = { ran: 0, remove: () => client.middlewareStack.remove(name) };
  let running = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!running && state.ran < times && match(String(context.commandName), args.input as Record<string, unknown>)) {
        state.ran++;
        running = true;
        try {
          await before();
        } finally {
          running = false;
        }
      }
      return next(args);
    },
    { step: 'initialize', name } as { step: 'initialize'; name: string },
  );
  return state;
}
