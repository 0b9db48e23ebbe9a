// The fiscal years an org has a public ITA page for: the year folders of ita/{org}/ in the public
// area (a year's page is written at its first publish and stays, withdrawn or not). One listing.
import type { S3ClientSource } from '../aws/s3-client.js';
import { itaOrgPrefix } from '../domain/public-addresses.js';

/** Newest first; [] for an org with none. */
export async function publishedYears(s3: S3ClientSource, bucket: string, orgId: string): Promise<number[]> {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const prefix = itaOrgPrefix(orgId);
  const out = await (await s3()).send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/' }));
  return (out.CommonPrefixes ?? [])
    .map((p) => /^\d{4}(?=\/$)/.exec(p.Prefix?.slice(prefix.length) ?? '')?.[0])
    .filter((fy): fy is string => fy !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}
