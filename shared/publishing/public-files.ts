// The public area: the only place the public addresses read from. It holds published copies and
// the ITA pages, nothing else (never evidence, never unpublished generations). In AWS its own bucket
// behind CloudFront (origin access control); locally a bucket of the S3 emulator.
import type { S3ClientSource } from '../aws/s3-client.js';
import { keyListed } from '../aws/s3-key-listed.js';

export interface PublicObject {
  body: Uint8Array;
  contentType: string;
  /** a document's: the name a browser saves it under (RFC 6266 filename*), served with it */
  contentDisposition?: string | undefined;
  /** S3's validators, for a conditional GET */
  etag?: string | undefined;
  lastModified?: Date | undefined;
}

export interface PublicFileStore {
  put(key: string, body: Uint8Array, contentType: string, contentDisposition?: string): Promise<void>;
  /** undefined when there is no such object */
  get(key: string): Promise<PublicObject | undefined>;
  remove(key: string): Promise<void>;
}

export function s3PublicFileStore(s3: S3ClientSource, bucket: string): PublicFileStore {
  const sdk = () => import('@aws-sdk/client-s3');
  return {
    put: async (key, body, contentType, contentDisposition) => {
      const { PutObjectCommand } = await sdk();
      // short caching: a newer generation or a withdrawal shows within a minute
      await (
        await s3()
      ).send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          ...(contentDisposition ? { ContentDisposition: contentDisposition } : {}),
          CacheControl: 'max-age=60',
        }),
      );
    },
    get: async (key) => {
      const { GetObjectCommand, NoSuchKey } = await sdk();
      // listed first: the API may list under ita/ only, so S3 answers a missing key's GetObject 403
      if (!(await keyListed(s3, bucket, key))) return undefined;
      try {
        const out = await (await s3()).send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return {
          body: await out.Body!.transformToByteArray(),
          contentType: out.ContentType ?? 'application/octet-stream',
          ...(out.ContentDisposition ? { contentDisposition: out.ContentDisposition } : {}),
          etag: out.ETag,
          lastModified: out.LastModified,
        };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    remove: async (key) => {
      const { DeleteObjectCommand } = await sdk();
      await (await s3()).send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
