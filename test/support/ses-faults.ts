// SES errors stubbed at the SDK level: a middleware that fails sends to chosen addresses, before
// the request (refused) or after SES took it (accepted, then a 5xx).
import type { SESClient } from '@aws-sdk/client-ses';

export interface SesFault {
  /** which sends fail: by recipient */
  to: (address: string) => boolean;
  /** and by subject (default: any) */
  subject?: (subject: string) => boolean;
  name: string;
  status: number;
  /** fail after the emulator accepted the message (a 5xx after acceptance) */
  afterAcceptance?: boolean;
  /** fail this many times, then let sends through (default: always) */
  times?: number;
}

export function failSends(ses: SESClient, fault: SesFault, name = 'sesFault'): { failures: number; remove(): void } {
  const state = { failures: 0, remove: () => ses.middlewareStack.remove(name) };
  const error = () =>
    Object.assign(new Error(`stubbed ${fault.name}`), {
      name: fault.name,
      $fault: fault.status >= 500 ? 'server' : 'client',
      $metadata: { httpStatusCode: fault.status },
    });
  ses.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as {
        Destination?: { ToAddresses?: string[] };
        Message?: { Subject?: { Data?: string } };
      };
      const hit =
        (input.Destination?.ToAddresses ?? []).some(fault.to) &&
        (fault.subject?.(input.Message?.Subject?.Data ?? '') ?? true) &&
        state.failures < (fault.times ?? Infinity);
      if (hit && !fault.afterAcceptance) {
        state.failures++;
        throw error();
      }
      const out = await next(args);
      if (hit) {
        state.failures++;
        throw error();
      }
      return out;
    },
    { step: 'finalizeRequest', name },
  );
  return state;
}
