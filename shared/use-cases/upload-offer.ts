// The answer to "give me a place to upload": a presigned PUT and when it stops working.
import type { PresignedUpload, PresignUploadInput } from '../aws/presigned-put.js';
import type { UseCaseContext } from './use-case-context.js';

/** Where a presigned PUT comes from (evidence storage, plan upload storage). */
export interface UploadSigner {
  presignUpload(input: PresignUploadInput): Promise<PresignedUpload>;
}

/**
 * Presigns `input` with `signer` and answers `{uploadUrl, method: 'PUT', headers, expiresAt}`:
 * `headers` are those the URL is signed for (the browser adds content-length itself);
 * `expiresAt` is ISO 8601 UTC, `input.expiresInSeconds` after the context's clock.
 */
export async function uploadOffer(ctx: UseCaseContext, signer: UploadSigner, input: PresignUploadInput) {
  const { url, headers } = await signer.presignUpload(input);
  return {
    uploadUrl: url,
    method: 'PUT' as const,
    headers,
    expiresAt: new Date(ctx.clock().getTime() + input.expiresInSeconds * 1000).toISOString(),
  };
}
