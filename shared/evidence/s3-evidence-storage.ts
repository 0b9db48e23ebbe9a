// Evidence files in S3: presigned PUTs that sign the content type and length and refuse overwriting.
import contentDisposition from 'content-disposition';
import type { S3ClientSource } from '../aws/s3-client.js';
import { EVIDENCE_TAG, PENDING_UPLOAD_TAGGING } from '../domain/evidence-rules.js';
import type { EvidenceStorage } from './evidence-storage.js';

export function s3EvidenceStorage(s3: S3ClientSource, bucket: string): EvidenceStorage {
  return {
    presignUpload: async ({ key, contentType, size, expiresInSeconds }) => {
      const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
      ]);
      // Signed: content-type (the presigner leaves it unsigned unless told), content-length,
      // If-None-Match: * (S3 conditional write: the URL can create the object once, never overwrite it),
      // and the tag evidence=pending (a header, not hoisted to the query: the lifecycle expires it uncited).
      return getSignedUrl(
        await s3(),
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          ContentType: contentType,
          ContentLength: size,
          IfNoneMatch: '*',
          Tagging: PENDING_UPLOAD_TAGGING,
        }),
        {
          expiresIn: expiresInSeconds,
          signableHeaders: new Set(['content-type', 'content-length', 'if-none-match', 'x-amz-tagging']),
          unhoistableHeaders: new Set(['x-amz-tagging']),
        },
      );
    },
    presignDownload: async ({ key, fileName, expiresInSeconds }) => {
      const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
      ]);
      return getSignedUrl(
        await s3(),
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          // attachment; filename="<ASCII fallback>"; filename*=UTF-8''<the Thai name, percent-encoded>
          ResponseContentDisposition: contentDisposition(fileName),
        }),
        { expiresIn: expiresInSeconds },
      );
    },
    markCited: async (keys) => {
      if (keys.length === 0) return;
      const { PutObjectTaggingCommand, NoSuchKey } = await import('@aws-sdk/client-s3');
      const client = await s3();
      const tagging = { TagSet: [{ Key: EVIDENCE_TAG.key, Value: EVIDENCE_TAG.cited }] };
      await Promise.all(
        [...new Set(keys)].map((key) =>
          client.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: tagging })).catch((error) => {
            if (!(error instanceof NoSuchKey) && (error as { name?: string }).name !== 'NoSuchKey') throw error;
          }),
        ),
      );
    },
  };
}
