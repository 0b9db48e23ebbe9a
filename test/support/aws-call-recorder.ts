// Every AWS SDK command our code sends (or presigns) while a test runs it "as" one Lambda function,
// recorded at the SDK level: Command.resolveMiddlewareWithContext, which every client's send and
// getSignedUrl go through, is wrapped once per process. Nothing of ours is mocked; calls made outside
// `as` (the test's own seeding) are not recorded.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

/** One command as sent: the Lambda function it ran in, the SDK client and command, its input and outcome. */
export interface RecordedCall {
  fn: string;
  client: string;
  /** without the "Command" suffix: GetObject, BatchWriteItem, ... */
  command: string;
  input: Record<string, unknown>;
  /** true for a presigned URL: the signer's role must allow what the URL's holder does */
  presigned: boolean;
  /** 'ok', or the error's name (NoSuchKey, NotFound, ...) */
  outcome: string;
}

/** An SDK-level answer instead of the service's (SQS, which has no emulator), or a thrown fault. */
export type StubAnswer = (call: Omit<RecordedCall, 'outcome'>) => Record<string, unknown> | undefined;

const running = new AsyncLocalStorage<string>();
const calls: RecordedCall[] = [];
const stubs: StubAnswer[] = [];
let installed = false;

type Handler = (args: { input: Record<string, unknown> }) => Promise<unknown>;
interface CommandContext {
  clientName: string;
  commandName: string;
}

function install(): void {
  if (installed) return;
  installed = true;
  // the SDK's own copy (CommonJS, as the clients load it)
  const { Command } = createRequire(import.meta.url)('@smithy/core/client') as {
    Command: { prototype: Record<string, unknown> };
  };
  const original = Command.prototype.resolveMiddlewareWithContext as (...args: unknown[]) => Handler;
  Command.prototype.resolveMiddlewareWithContext = function (
    this: unknown,
    stack: { identify(): string[] },
    config: unknown,
    options: unknown,
    context: CommandContext,
  ): Handler {
    const handler = original.call(this, stack, config, options, context);
    return async (args) => {
      const fn = running.getStore();
      if (!fn) return handler(args);
      const call = {
        fn,
        client: context.clientName,
        command: context.commandName.replace(/Command$/, ''),
        input: { ...args.input },
        presigned: stack.identify().some((name) => name.startsWith('presignInterceptMiddleware')),
      };
      try {
        for (const stub of stubs) {
          const output = stub(call);
          if (output) {
            calls.push({ ...call, outcome: 'ok' });
            return { output: { $metadata: {}, ...output }, response: {} };
          }
        }
        const result = await handler(args);
        calls.push({ ...call, outcome: 'ok' });
        return result;
      } catch (error) {
        calls.push({ ...call, outcome: error instanceof Error ? error.name : 'error' });
        throw error;
      }
    };
  };
}

/** Runs `body` as the Lambda function `fn` (its logical id prefix, e.g. 'ApiFunction'): its AWS calls are recorded as fn's. */
export function runAs<T>(fn: string, body: () => Promise<T>): Promise<T> {
  install();
  return running.run(fn, body);
}

/** Answers matching calls at the SDK level (the first stub that returns an output wins). */
export function stubAnswers(stub: StubAnswer): void {
  install();
  stubs.push(stub);
}

/** The calls recorded so far in this process. */
export const recordedCalls = (): readonly RecordedCall[] => calls;
