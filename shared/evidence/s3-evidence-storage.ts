// Evidence files in S3: presigned PUTs that sign the content type and length and refuse overwriting.
import contentDisposition from 'content-disposition';
import type { S3ClientSource } from '../aws/s3-client.js';
import type { EvidenceStorage } from './evidence-storage.js';

export function s3EvidenceStorage(s3: S3ClientSource, bucket: string): EvidenceStorage {
  return {
    presignUpload: async ({ key, contentType, size, expiresInSeconds }) => {
      const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
      ]);
      // Signed: content-type (the presigner leaves it unsigned unless told), content-length, and
      // If-None-Match: * (S3 conditional write: the URL can create the object once, never overwrite it).
      return getSignedUrl(
        await s3(),
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          ContentType: contentType,
          ContentLength: size,
          IfNoneMatch: '*',
        }),
        { expiresIn: expiresInSeconds, signableHeaders: new Set(['content-type', 'content-length', 'if-none-match']) },
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
  };
}
