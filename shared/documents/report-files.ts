// Where report files live: S3 keys, writing, and short-lived download links.
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export const REPORT_FILES = {
  'report.pdf': 'application/pdf',
  'report.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'report.csv': 'text/csv; charset=utf-8',
  'report.json': 'application/json; charset=utf-8',
  'manifest.json': 'application/json; charset=utf-8',
} as const;
export type ReportFileName = keyof typeof REPORT_FILES;

export function annualReportKey(orgId: string, fy: number, generation: number, file: ReportFileName): string {
  return `${orgId}/${fy}/annual-report/${generation}/${file}`;
}

export interface ReportFileStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  downloadUrl(key: string, expiresInSeconds: number): Promise<string>;
}

/** With `lockYears` (in AWS), each file is locked in S3 Object Lock governance mode for that long. */
export function s3ReportFileStore(
  client: S3Client,
  bucket: string,
  options: { lockYears?: number } = {},
): ReportFileStore {
  return {
    put: async (key, body, contentType) => {
      const lock = options.lockYears
        ? {
            ObjectLockMode: 'GOVERNANCE' as const,
            ObjectLockRetainUntilDate: new Date(Date.now() + options.lockYears * 365.25 * 86_400_000),
            ChecksumAlgorithm: 'CRC32' as const,
          }
        : {};
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, ...lock }),
      );
    },
    get: async (key) => {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return out.Body!.transformToByteArray();
    },
    downloadUrl: (key, expiresIn) =>
      getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn }),
  };
}
