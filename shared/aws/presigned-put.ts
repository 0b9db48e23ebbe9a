// One presigned S3 PUT for a new object: evidence uploads and plan uploads both use it.
import type { S3ClientSource } from './s3-client.js';

/** A presigned PUT: its URL and the headers a client must send with it. */
export interface PresignedUpload {
  url: string;
  headers: Record<string, string>;
}

/** What a presigned PUT is for: one key, exactly this content type and size (bytes), valid this long. */
export interface PresignUploadInput {
  key: string;
  contentType: string;
  size: number;
  expiresInSeconds: number;
}

/**
 * A presigned PUT that signs content-type, content-length and If-None-Match: * (S3 conditional
 * write: the URL creates the object once, never overwrites it), and, with `tagging`, the
 * `x-amz-tagging` header (kept a signed header: the presigner would otherwise move it into the query
 * string, and an upload that left the tag out would still pass). The headers are lower-case; the
 * client sends them as given, plus content-length.
 */
export async function presignPut(
  s3: S3ClientSource,
  bucket: string,
  { key, contentType, size, expiresInSeconds }: PresignUploadInput,
  tagging?: string,
): Promise<PresignedUpload> {
  const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'if-none-match': '*',
    ...(tagging ? { 'x-amz-tagging': tagging } : {}),
  };
  const url = await getSignedUrl(
    await s3(),
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      ContentType: contentType,
      ContentLength: size,
      IfNoneMatch: '*',
      ...(tagging ? { Tagging: tagging } : {}),
    }),
    {
      expiresIn: expiresInSeconds,
      signableHeaders: new Set([...Object.keys(headers), 'content-length']),
      ...(tagging ? { unhoistableHeaders: new Set(['x-amz-tagging']) } : {}),
    },
  );
  return { url, headers };
}
