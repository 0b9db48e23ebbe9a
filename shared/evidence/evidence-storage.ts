// Where evidence files live: presigned uploads and downloads (S3 in AWS and locally).
export interface EvidenceStorage {
  /** A presigned PUT for one object, valid for `expiresInSeconds`. */
  presignUpload(input: { key: string; contentType: string; size: number; expiresInSeconds: number }): Promise<string>;
  /**
   * A presigned GET for one object, valid for `expiresInSeconds`, whose download is saved as
   * `fileName` (Content-Disposition with RFC 6266 `filename*`, so Thai names survive).
   */
  presignDownload(input: { key: string; fileName: string; expiresInSeconds: number }): Promise<string>;
  /**
   * Tags the uploaded objects `evidence=cited` (EVIDENCE_TAG), so that the lifecycle rule for
   * uncited uploads never expires them. A key with no object is skipped (nothing to keep).
   */
  markCited(keys: readonly string[]): Promise<void>;
}
