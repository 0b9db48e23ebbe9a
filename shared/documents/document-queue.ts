// Where a claimed generation goes to be produced: the document function's SQS queue in AWS, a
// background task in this process locally and in tests. The API only claims and enqueues.
import * as z from 'zod';
import { DOCUMENT_KINDS } from '../domain/document-kinds.js';
import { OrgId, PlainDateSchema } from '../domain/ids.js';
import type { GenerationRequest } from './document-generation.js';

export interface DocumentQueue {
  /** Hand a claimed (pending) generation over to be produced; resolves once it is handed over. */
  start(request: GenerationRequest): Promise<void>;
}

/** The SQS message body of a requested generation (a scheduled work item has no `generation` key). */
export const GenerationMessage = z.object({
  generation: z.object({
    kind: z.enum(DOCUMENT_KINDS),
    orgId: OrgId,
    fy: z.number().int(),
    generation: z.number().int().positive(),
    trigger: z.string(),
    asOf: z.iso.datetime({ offset: true }),
    scope: z.literal('half-year').optional(),
    announcedOn: PlainDateSchema.optional(),
  }),
});

export function generationMessage(request: GenerationRequest): string {
  return JSON.stringify({ generation: { ...request, asOf: request.asOf.toISOString() } });
}

export function parseGenerationMessage(body: unknown): GenerationRequest {
  const { generation } = GenerationMessage.parse(body);
  return { ...generation, asOf: new Date(generation.asOf) };
}

/** SQS in AWS. The SQS SDK loads on the first request that needs it. */
export function sqsDocumentQueue(
  queueUrl: string,
  /** endpoint and maxAttempts: tests only */
  config: { region?: string; endpoint?: string; maxAttempts?: number } = {},
): DocumentQueue & { destroy(): void } {
  let client: Promise<import('@aws-sdk/client-sqs').SQSClient> | undefined;
  return {
    start: async (request) => {
      const sdk = await import('@aws-sdk/client-sqs');
      client ??= Promise.resolve(new sdk.SQSClient(config));
      await (
        await client
      ).send(new sdk.SendMessageCommand({ QueueUrl: queueUrl, MessageBody: generationMessage(request) }));
    },
    destroy: () => void client?.then((c) => c.destroy()),
  };
}

/**
 * In this process, after the current request has answered (locally and in tests). `idle()` resolves
 * when every generation started so far has finished, for tests and for stopping cleanly.
 */
export function inProcessDocumentQueue(
  produce: (request: GenerationRequest) => Promise<unknown>,
): DocumentQueue & { idle(): Promise<void> } {
  const running = new Set<Promise<unknown>>();
  return {
    start: (request) => {
      const task: Promise<unknown> = new Promise((resolve) => setImmediate(resolve))
        .then(() => produce(request))
        .catch(() => undefined)
        .finally(() => running.delete(task));
      running.add(task);
      return Promise.resolve();
    },
    idle: async () => {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
