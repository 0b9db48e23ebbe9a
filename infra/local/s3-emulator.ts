// The S3 emulator (s3rver), for the local system and the tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import S3rver from 's3rver';
import { addS3PutSemantics } from './s3-put-semantics.js';
import { outlastClientKeepAlive } from './keep-alive.js';

export interface RunningS3 {
  endpoint: string;
  stop(): Promise<void>;
}

/** `directory` keeps files on disk; without it they go to a fresh temporary folder. */
export async function startS3Emulator(options: {
  port: number;
  directory?: string;
  buckets?: string[];
  /** origins a browser page may upload from (presigned PUTs) */
  corsOrigins?: string[];
}): Promise<RunningS3> {
  const cors = options.corsOrigins?.length
    ? [
        `<CORSConfiguration><CORSRule>${options.corsOrigins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join('')}` +
          '<AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader><AllowedHeader>if-none-match</AllowedHeader><AllowedHeader>x-amz-tagging</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds>' +
          '</CORSRule></CORSConfiguration>',
      ]
    : [];
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    silent: true,
    directory: options.directory ?? mkdtempSync(join(tmpdir(), 's3rver-')),
    configureBuckets: (options.buckets ?? []).map((name) => ({ name, configs: cors })),
  });
  // the upload tag and the no-overwrite condition, as S3 does them (s3rver ignores both)
  addS3PutSemantics(server);
  rejectListenErrors(server);
  await server.run();
  return { endpoint: `http://127.0.0.1:${options.port}`, stop: () => server.close() };
}

/**
 * s3rver's listen leaves an error of the HTTP server's listen (a port in use) unhandled, so it
 * ended the process as an uncaught exception, and `npm start` left DynamoDB Local's JVM running:
 * the server's listen (s3rver 3's: it gives the HTTP server when called with a callback) rejects
 * `run()` instead.
 */
function rejectListenErrors(server: S3rver): void {
  const listening = server as unknown as { listen: (...args: unknown[]) => unknown };
  const listen = listening.listen.bind(server);
  listening.listen = (...args: unknown[]) =>
    new Promise<Server>((resolve, reject) => {
      const http = listen(...args, () => resolve(outlastClientKeepAlive(http))) as Server;
      http.once('error', reject);
    });
}
