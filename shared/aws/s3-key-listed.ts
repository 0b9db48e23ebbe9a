// Whether a key has a current object, asked with a one-key listing (the key as prefix), not a
// HeadObject or GetObject: a role may list only under given prefixes (s3:ListBucket with a required
// s3:prefix, so it can never list a whole bucket), and S3 answers a read of a missing key 403, not
// 404, unless the role may list with no prefix. A key whose current version is a delete marker is
// not listed.
import type { S3ClientSource } from './s3-client.js';

export async function keyListed(s3: S3ClientSource, bucket: string, key: string): Promise<boolean> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const out = await (await s3()).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }));
  // keys are listed in order: the key itself comes before every longer key it prefixes
  return out.Contents?.[0]?.Key === key;
}
