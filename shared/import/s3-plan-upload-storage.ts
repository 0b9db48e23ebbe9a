// Plan files uploaded to S3 under plan-uploads/{org}/{fy}/: presigned PUTs that sign the content type
// and length and refuse overwriting; a one-key listing (its size) and a ranged GetObject to read one back;
// a DeleteObject (a replaced signed copy).
import { presignPut } from '../aws/presigned-put.js';
import type { S3ClientSource } from '../aws/s3-client.js';
import type { PlanUploadStorage } from './plan-upload-storage.js';

/** S3's answers for a key with no object: never uploaded (NoSuchKey, NotFound), or expired (a delete marker: 405). */
const NO_OBJECT = new Set(['NoSuchKey', 'NotFound', 'MethodNotAllowed']);

const noObject = (error: unknown) => {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404 || NO_OBJECT.has((error as { name?: string }).name ?? '');
};

export function s3PlanUploadStorage(s3: S3ClientSource, bucket: string): PlanUploadStorage {
  const sdk = () => import('@aws-sdk/client-s3');
  return {
    presignUpload: (input) => presignPut(s3, bucket, input),
    // ListObjectsV2 with the key as prefix, not HeadObject: the plan-import function may list only
    // under plan-uploads/ (s3:ListBucket with an s3:prefix condition), and S3 answers a HeadObject of
    // a missing key 403, not 404, to a role without an unconditional s3:ListBucket on the bucket
    size: async (key) => {
      const { ListObjectsV2Command } = await sdk();
      const out = await (await s3()).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }));
      const found = out.Contents?.[0];
      return found?.Key === key ? (found.Size ?? 0) : undefined;
    },
    read: async (key, maxBytes) => {
      const { GetObjectCommand } = await sdk();
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
    remove: async (key) => {
      const { DeleteObjectCommand } = await sdk();
      await (await s3()).send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
