// Where evidence files live: presigned uploads and downloads (S3 in AWS and locally).

import type { PresignedUpload, PresignUploadInput } from '../aws/presigned-put.js';

export type { PresignedUpload } from '../aws/presigned-put.js';

export interface EvidenceStorage {
  /**
   * A presigned PUT for one object, valid for `expiresInSeconds`, and the headers it is signed for
   * (lower-case names; the client sends them as given, plus content-length). The headers always
   * include the tag `x-amz-tagging: evidence=pending` (PENDING_UPLOAD_TAGGING), so every upload
   * starts out uncited.
   */
  presignUpload(input: PresignUploadInput): Promise<PresignedUpload>;
  /**
   * A presigned GET for one object, valid for `expiresInSeconds`, whose download is saved as
   * `fileName` (Content-Disposition with RFC 6266 `filename*`, so Thai names survive).
   */
  presignDownload(input: { key: string; fileName: string; expiresInSeconds: number }): Promise<string>;
  /**
   * Tags the uploaded objects `evidence=cited` (EVIDENCE_TAG), so that the lifecycle rule for
   * uncited uploads never expires them. A key with no object (never uploaded, or expired or deleted
   * already) is skipped: nothing to keep.
   */
  markCited(keys: readonly string[]): Promise<void>;
  /**
   * Tags the objects `evidence=pending` again (a refused report had tagged them cited), so that the
   * lifecycle rule for uncited uploads expires them. A key with no object is skipped.
   */
  markPending(keys: readonly string[]): Promise<void>;
  /** Whether the key has an object now (false: never uploaded, or expired or deleted since). */
  exists(key: string): Promise<boolean>;
}
