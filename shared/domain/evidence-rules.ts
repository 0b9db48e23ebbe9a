// Evidence files: which types, how large, and where a report may point.
import { DOCX_TYPE, XLSX_TYPE } from './content-types.js';
import { CONTROL_CHARACTERS } from './control-characters.js';

export const EVIDENCE_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  [DOCX_TYPE]: 'docx',
  [XLSX_TYPE]: 'xlsx',
} as const;

export type EvidenceContentType = keyof typeof EVIDENCE_TYPES;

/** The extensions a stored name may keep for each type (any case); others get the type's own. */
const TYPE_EXTENSIONS: Readonly<Record<EvidenceContentType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  [DOCX_TYPE]: ['docx'],
  [XLSX_TYPE]: ['xlsx'],
};
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * The S3 object tag that says whether a report cites an uploaded file. An upload carries
 * `evidence=pending` (signed into its presigned PUT); submitting a report that cites it sets
 * `evidence=cited`. The files bucket's lifecycle rule `UncitedUploads` expires `pending` objects
 * UNCITED_UPLOAD_DAYS after upload (docs/privacy.md): a file nobody cited is not kept.
 */
export const EVIDENCE_TAG = { key: 'evidence', pending: 'pending', cited: 'cited' } as const;

/** Days an uploaded file that no report cites is kept (a report is usually written within days of its upload). */
export const UNCITED_UPLOAD_DAYS = 30;

/** The `x-amz-tagging` header value of a new upload. */
export const PENDING_UPLOAD_TAGGING = `${EVIDENCE_TAG.key}=${EVIDENCE_TAG.pending}`;

/**
 * The longest stored file name in UTF-8 bytes, extension included (50 Thai or 150 Latin
 * characters): with the 37-byte upload id it stays a legal file name (255 bytes) on the
 * local S3 emulator's disk, as well as far inside S3's 1,024-byte keys.
 */
export const MAX_FILE_NAME_BYTES = 150;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The file name stored in the evidence key, made safe once at upload so that whatever was
 * uploaded can be cited: the last path segment, NFC; Thai and other letters, marks and digits of
 * the Basic Multilingual Plane kept; anything else (spaces, control and format characters, emoji
 * and other characters outside the BMP, punctuation) becomes "-"; no ".." and no leading or
 * trailing "." or "-"; at most MAX_FILE_NAME_BYTES bytes, cut before the extension and never
 * inside a character. "รายงาน ประชุม/เมษายน.pdf" -> "เมษายน.pdf"; "📎 a..b.pdf" -> "a.b.pdf".
 * With the signed `contentType`, the name ends in that type's extension, so a file is saved as what
 * it was uploaded as: "รายงาน.exe" as a PDF -> "รายงาน.exe.pdf", "x" -> "x.pdf", "ภาพ.JPEG" stays.
 */
export function safeFileName(name: string, contentType?: EvidenceContentType): string {
  const cleaned = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._-]|[\u{10000}-\u{10FFFF}]/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-+/g, '-')
    .replace(/-?\.-?/g, '.')
    .replace(/[-.]+$/, '');
  const own = /\.[\p{L}\p{N}]{1,5}$/u.exec(cleaned)?.[0] ?? '';
  const fits = contentType === undefined || TYPE_EXTENSIONS[contentType].includes(own.slice(1).toLowerCase());
  const ext = fits ? own : `.${EVIDENCE_TYPES[contentType]}`;
  let stem = '';
  for (const char of cleaned.slice(0, cleaned.length - (fits ? own.length : 0)).replace(/^[-.]+|[-.]+$/g, '')) {
    if (utf8Bytes(stem + char + ext) > MAX_FILE_NAME_BYTES) break;
    stem += char;
  }
  stem = stem.replace(/[-.]+$/, '');
  return `${stem || 'file'}${ext}`;
}

/**
 * The plain-ASCII `filename` of a download's Content-Disposition, for clients that do not read
 * RFC 6266's `filename*` (which carries the real name): the ASCII letters and digits of the stored
 * name, runs of anything else as one "-", and "evidence" when no ASCII letter or digit is left.
 * "หลักฐาน-ประชุม.pdf" -> "evidence.pdf"; "รายงาน-Q1.pdf" -> "Q1.pdf" (not "??????-Q1.pdf").
 */
export function asciiFileName(fileName: string): string {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0] ?? '';
  const stem = fileName
    .slice(0, fileName.length - ext.length)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${/[A-Za-z0-9]/.test(stem) ? stem : 'evidence'}${ext}`;
}

export function evidencePrefix(orgId: string, fy: number, obligationId: string): string {
  return `${orgId}/${fy}/evidence/${obligationId}/`;
}

/** Where an upload is stored: the prefix, the upload id and safeFileName(fileName, contentType). */
export function evidenceKey(
  orgId: string,
  fy: number,
  obligationId: string,
  uuid: string,
  fileName: string,
  contentType?: EvidenceContentType,
): string {
  return `${evidencePrefix(orgId, fy, obligationId)}${uuid}-${safeFileName(fileName, contentType)}`;
}

/**
 * A report may cite only files uploaded for its own org, fiscal year and obligation: the key is
 * the prefix plus one name. S3 keys are not paths, so ".." inside a name is harmless; a name that
 * is only dots is refused all the same.
 */
export function isOwnEvidenceKey(key: string, orgId: string, fy: number, obligationId: string): boolean {
  const prefix = evidencePrefix(orgId, fy, obligationId);
  const name = key.slice(prefix.length);
  return (
    key.startsWith(prefix) &&
    name.length > 0 &&
    !name.includes('/') &&
    !/^\.+$/.test(name) &&
    // no upload makes such a name (safeFileName), and S3 cannot be asked about it (a lone
    // surrogate cannot be percent-encoded: the SDK throws)
    !/\p{Cs}/u.test(name) &&
    !CONTROL_CHARACTERS.test(name)
  );
}
