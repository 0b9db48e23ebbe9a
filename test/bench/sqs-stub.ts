// SQS has no emulator: the planner's cold start (the scheduled-job bundle) sends its work items to
// this stub, which answers SendMessageBatch as SQS does (each entry taken, its body's MD5, which the
// SDK checks). The SDK sends to the queue URL's host (useQueueUrlAsEndpoint).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stub SQS endpoint; `queueUrl(name)` is a queue on it. */
export async function startSqsStub(): Promise<{ queueUrl: (name: string) => string; close: () => void }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const entries = ((JSON.parse(body || '{}') as { Entries?: { Id: string; MessageBody: string }[] }).Entries ??
        []) as { Id: string; MessageBody: string }[];
      res.setHeader('content-type', 'application/x-amz-json-1.0');
      res.end(
        JSON.stringify({
          Successful: entries.map((e) => ({
            Id: e.Id,
            MessageId: e.Id,
            MD5OfMessageBody: createHash('md5').update(e.MessageBody).digest('hex'),
          })),
          Failed: [],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { queueUrl: (name) => `http://127.0.0.1:${port}/123456789012/${name}`, close: () => server.close() };
}
