// Where uploaded plan files wait to be read: presigned uploads, then one read (S3 in AWS and locally).
import type { PresignedUpload, PresignUploadInput } from '../aws/presigned-put.js';

export interface PlanUploadStorage {
  /**
   * A presigned PUT for one plan file, valid for `expiresInSeconds`, signed for exactly this content
   * type and size (bytes) and for a new object only (If-None-Match: *); the headers it is signed for,
   * lower-case, which the client sends as given plus content-length.
   */
  presignUpload(input: PresignUploadInput): Promise<PresignedUpload>;
  /** The object's size in bytes, or undefined when the key has no object (never uploaded, or expired). */
  size(key: string): Promise<number | undefined>;
  /**
   * The object's first `maxBytes + 1` bytes at most (a ranged GetObject: an object replaced by a
   * larger one after `size` is never read whole), or undefined when the key has no object.
   */
  read(key: string, maxBytes: number): Promise<Uint8Array | undefined>;
  /** Delete the object (a replaced signed copy); a key with no object is no error. */
  remove(key: string): Promise<void>;
}
