// The S3 client, shared by evidence, documents and publishing. The SDK loads on first use (dynamic
// import): most API requests never touch S3, and loading it would lengthen every cold start.
import type { S3Client } from '@aws-sdk/client-s3';

export interface S3Config {
  bucket: string;
  /** the S3 emulator locally; unset in AWS */
  endpoint?: string;
  region?: string;
}

export type S3ClientSource = () => Promise<S3Client>;

export function lazyS3Client(config: Omit<S3Config, 'bucket'>): S3ClientSource & { destroy(): void } {
  let client: Promise<S3Client> | undefined;
  const get = () =>
    (client ??= import('@aws-sdk/client-s3').then(
      ({ S3Client: Client }) =>
        new Client({
          region: config.region ?? 'ap-southeast-1',
          // Otherwise the URL carries an empty-body checksum that real S3 rejects.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
        }),
    ));
  return Object.assign(get, { destroy: () => void client?.then((c) => c.destroy()) });
}
