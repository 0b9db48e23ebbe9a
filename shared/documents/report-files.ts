// Where report files live: S3 keys, writing, and short-lived download links.
import { type DocumentKind, REPORT_FILES } from '../domain/document-kinds.js';
import type { S3ClientSource } from '../aws/s3-client.js';
import { keyListed } from '../aws/s3-key-listed.js';

// the file tables are pure data in domain/document-kinds (the page and the request schemas read them)
export { DOCUMENT_FILES, PLAN_FILES, REPORT_FILES } from '../domain/document-kinds.js';

const sdk = () => Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);

export type ReportFileName = keyof typeof REPORT_FILES;

/** Where one file of a generation lives: `{org}/{fy}/{kind}/{generation}/{file}`. */
export function documentKey(kind: DocumentKind, orgId: string, fy: number, generation: number, file: string): string {
  return `${orgId}/${fy}/${kind}/${generation}/${file}`;
}

/**
 * Where a signed copy (ฉบับลงนาม) lives: `{org}/{fy}/{kind}/{generation}/signed-{uploadId}.pdf`. Here,
 * not in shared/use-cases/signed-copy.ts: the API reads it (links, publishing) without that module.
 */
export const signedCopyKey = (kind: DocumentKind, orgId: string, fy: number, generation: number, uploadId: string) =>
  documentKey(kind, orgId, fy, generation, `signed-${uploadId}.pdf`);

export function annualReportKey(orgId: string, fy: number, generation: number, file: ReportFileName): string {
  return documentKey('annual-report', orgId, fy, generation, file);
}

export interface ReportFileStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  /** whether the key has an object, by a one-key listing (s3-key-listed.ts) */
  listed(key: string): Promise<boolean>;
  /** `disposition`: the Content-Disposition S3 answers with (ResponseContentDisposition, signed) */
  downloadUrl(key: string, expiresInSeconds: number, disposition?: string): Promise<string>;
}

/** With `lockYears` (in AWS), each file is locked in S3 Object Lock governance mode for that long. */
export function s3ReportFileStore(
  s3: S3ClientSource,
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
      const [{ PutObjectCommand }] = await sdk();
      await (
        await s3()
      ).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType, ...lock }));
    },
    get: async (key) => {
      const [{ GetObjectCommand }] = await sdk();
      const out = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return out.Body!.transformToByteArray();
    },
    listed: (key) => keyListed(s3, bucket, key),
    downloadUrl: async (key, expiresIn, disposition) => {
      const [{ GetObjectCommand }, { getSignedUrl }] = await sdk();
      const get = new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: disposition });
      return getSignedUrl(await s3(), get, { expiresIn });
    },
  };
}
