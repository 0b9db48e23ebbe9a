// Where report files live: S3 keys, writing, and short-lived download links.
import type { DocumentKind } from '../domain/document-kinds.js';
import type { S3ClientSource } from '../evidence/s3-evidence-storage.js';

const sdk = () => Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);

export const REPORT_FILES = {
  'report.pdf': 'application/pdf',
  'report.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'report.csv': 'text/csv; charset=utf-8',
  'report.json': 'application/json; charset=utf-8',
  'manifest.json': 'application/json; charset=utf-8',
} as const;
export type ReportFileName = keyof typeof REPORT_FILES;

/** The plan document's files: the model as JSON beside the PDF and DOCX. */
export const PLAN_FILES = {
  'plan.pdf': REPORT_FILES['report.pdf'],
  'plan.docx': REPORT_FILES['report.docx'],
  'plan.json': REPORT_FILES['report.json'],
  'manifest.json': REPORT_FILES['manifest.json'],
} as const;

/** Where one file of a generation lives: `{org}/{fy}/{kind}/{generation}/{file}`. */
export function documentKey(kind: DocumentKind, orgId: string, fy: number, generation: number, file: string): string {
  return `${orgId}/${fy}/${kind}/${generation}/${file}`;
}

export function annualReportKey(orgId: string, fy: number, generation: number, file: ReportFileName): string {
  return documentKey('annual-report', orgId, fy, generation, file);
}

/** The files each kind writes (with their content types), manifest.json last. */
export const DOCUMENT_FILES: Record<DocumentKind, Readonly<Record<string, string>>> = {
  'annual-report': REPORT_FILES,
  'plan-document': PLAN_FILES,
};

export interface ReportFileStore {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  downloadUrl(key: string, expiresInSeconds: number): Promise<string>;
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
    downloadUrl: async (key, expiresIn) => {
      const [{ GetObjectCommand }, { getSignedUrl }] = await sdk();
      return getSignedUrl(await s3(), new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn });
    },
  };
}
