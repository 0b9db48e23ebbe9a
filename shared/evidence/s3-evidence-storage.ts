// Evidence files in S3: presigned PUTs that sign the content type and length.
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { EvidenceStorage } from '../use-cases/use-case-context.js';

export interface S3Config {
  bucket: string;
  /** the S3 emulator locally; unset in AWS */
  endpoint?: string;
  region?: string;
}

export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region ?? 'ap-southeast-1',
    // Otherwise the URL carries an empty-body checksum that real S3 rejects.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
  });
}

export function s3EvidenceStorage(client: S3Client, bucket: string): EvidenceStorage {
  return {
    presignUpload: ({ key, contentType, size, expiresInSeconds }) =>
      getSignedUrl(
        client,
        new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size }),
        {
          expiresIn: expiresInSeconds,
        },
      ),
  };
}
