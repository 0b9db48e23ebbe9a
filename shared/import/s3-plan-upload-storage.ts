// Plan files uploaded to S3 under plan-uploads/{org}/{fy}/: presigned PUTs that sign the content type
// and length and refuse overwriting; HeadObject and a ranged GetObject to read one back.
import type { S3ClientSource } from '../aws/s3-client.js';
import type { PlanUploadStorage } from './plan-upload-storage.js';

/** S3's answers for a key with no object: never uploaded (NoSuchKey, NotFound), or expired (a delete marker: 405). */
const NO_OBJECT = new Set(['NoSuchKey', 'NotFound', 'MethodNotAllowed']);

const noObject = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404 || NO_OBJECT.has((error as { name?: string }).name ?? '');
};

export function s3PlanUploadStorage(s3: S3ClientSource, bucket: string): PlanUploadStorage {
  return {
    presignUpload: async ({ key, contentType, size, expiresInSeconds }) => {
      const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
      ]);
      // signed: content-type and content-length (the presigner leaves them unsigned unless told)
      // and If-None-Match: * (the URL creates the object once, never overwrites it)
      const headers = { 'content-type': contentType, 'if-none-match': '*' };
      const url = await getSignedUrl(
        await s3(),
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          ContentType: contentType,
          ContentLength: size,
          IfNoneMatch: '*',
        }),
        { expiresIn: expiresInSeconds, signableHeaders: new Set([...Object.keys(headers), 'content-length']) },
      );
      return { url, headers };
    },
    size: async (key) => {
      const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
      try {
        const head = await (await s3()).send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return head.ContentLength ?? 0;
      } catch (error) {
        if (noObject(error)) return undefined;
        throw error;
      }
    },
    read: async (key, maxBytes) => {
      const { GetObjectCommand } = await import('@aws-sdk/client-s3');
      try {
        const out = await (
          await s3()
        ).send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes}` }));
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (noObject(error)) return undefined;
        throw error;
      }
    },
  };
}
