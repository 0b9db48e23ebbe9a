// SDK-level fault injection: a middleware that throws AWS-shaped errors on a share of calls.
// Added at the 'initialize' step the SDK does not retry it; at 'finalizeRequest' the SDK's own
// retry strategy sees it, as it would see a throttled response.
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
