// Evidence files in S3: presigned PUTs that sign the content type, length and pending tag and refuse
// overwriting; cited files tagged to be kept.
import contentDisposition from 'content-disposition';
import { presignPut } from '../aws/presigned-put.js';
import { keyListed } from '../aws/s3-key-listed.js';
import type { S3ClientSource } from '../aws/s3-client.js';
import { asciiFileName, EVIDENCE_TAG, PENDING_UPLOAD_TAGGING } from '../domain/evidence-rules.js';
import type { EvidenceStorage } from './evidence-storage.js';

/**
 * S3's answers to tagging a key that has no object: never uploaded (NoSuchKey), or expired or
 * deleted, so that its current version is a delete marker (MethodNotAllowed, 405: the bucket is
 * versioned).
 */
const NO_OBJECT = new Set(['NoSuchKey', 'MethodNotAllowed']);

export function s3EvidenceStorage(s3: S3ClientSource, bucket: string): EvidenceStorage {
  return {
    // the tag evidence=pending is signed in: the lifecycle rule UncitedUploads expires the upload
    // unless a report cites it
    presignUpload: (input) => presignPut(s3, bucket, input, PENDING_UPLOAD_TAGGING),
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
          ResponseContentDisposition: contentDisposition(fileName, { fallback: asciiFileName(fileName) }),
        }),
        { expiresIn: expiresInSeconds },
      );
    },
    // a listing, not HeadObject: the API may list under */evidence/* only (s3-key-listed.ts)
    exists: (key) => keyListed(s3, bucket, key),
    markCited: (keys) => tagAll(s3, bucket, keys, EVIDENCE_TAG.cited),
    markPending: (keys) => tagAll(s3, bucket, keys, EVIDENCE_TAG.pending),
  };
}

/** Sets the evidence tag of each object to `value`; a key with no object is skipped. */
async function tagAll(s3: S3ClientSource, bucket: string, keys: readonly string[], value: string): Promise<void> {
  if (keys.length === 0) return;
  const { PutObjectTaggingCommand } = await import('@aws-sdk/client-s3');
  const client = await s3();
  const tagging = { TagSet: [{ Key: EVIDENCE_TAG.key, Value: value }] };
  // only listed keys: S3 answers tagging a missing key 403 to a role that may not list the bucket
  // (s3-key-listed.ts); NO_OBJECT still covers a file that expires between the listing and the tag
  const unique = [...new Set(keys)];
  const listed = await Promise.all(unique.map((key) => keyListed(s3, bucket, key)));
  await Promise.all(
    unique
      .filter((_, i) => listed[i])
      .map((key) =>
        client.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: tagging })).catch((error) => {
          if (!NO_OBJECT.has((error as { name?: string }).name ?? '')) throw error;
        }),
      ),
  );
}
