// Plan files: how large, sent how, and where an uploaded one lives in the files bucket.
import { DOCX_TYPE, XLSX_TYPE } from './content-types.js';
import { toThaiDigits } from './thai-format.js';
import { utf8Length } from './utf8-length.js';

const MB = 1024 * 1024;

/** The largest plan file (decoded bytes) a coordinator may preview: through the presigned upload. */
export const MAX_PLAN_FILE_BYTES = 5 * MB;

/**
 * The largest plan file sent inline as base64 in the JSON body of POST …/plan-imports. In AWS the
 * request reaches the plan-import function inside the API Gateway event, and a synchronous Lambda
 * invocation payload is at most LAMBDA_SYNC_PAYLOAD_BYTES: 4 MB of file is 5.59 MB of base64,
 * which leaves about 690 KB for the JSON envelope, the headers and the request context. Larger
 * files go through the presigned upload (the page does so by itself).
 */
export const MAX_INLINE_PLAN_FILE_BYTES = 4 * MB;

/** The base64 length of the largest inline file (4 characters per 3 bytes, padded). */
export const MAX_INLINE_PLAN_BASE64_CHARS = 4 * Math.ceil(MAX_INLINE_PLAN_FILE_BYTES / 3);

/** The largest JSON body of POST …/plan-imports: the base64 and room for the file name and the field names. */
export const PLAN_IMPORT_MAX_BODY_BYTES = MAX_INLINE_PLAN_BASE64_CHARS + 16 * 1024;

/**
 * Lambda's synchronous invocation payload limit (request and response each): 6 MB = 6,291,456
 * bytes (AWS Lambda quotas, "Invocation payload (request and response)").
 */
export const LAMBDA_SYNC_PAYLOAD_BYTES = 6 * MB;

/** Megabytes as people read them, Thai digits: 4194304 -> "๔". */
/**
 * The preview's answer (draft plan and warnings, serialised) is at most this many bytes: it goes back
 * through the same synchronous invocation, whose response is at most LAMBDA_SYNC_PAYLOAD_BYTES too;
 * the rest is room for API Gateway's envelope. A file whose draft is larger is refused (400).
 */
export const MAX_PLAN_PREVIEW_BYTES = 5 * MB;

export const megabytesTh = (bytes: number) => toThaiDigits(Math.round((bytes / MB) * 10) / 10);

/** A size as people read it, Thai digits and English: "๖๔ กิโลไบต์" / "64 KB", "๑.๙ เมกะไบต์" / "1.9 MB". */
export function sizeText(bytes: number): { th: string; en: string } {
  if (bytes < MB) {
    const kb = Math.ceil(bytes / 1024);
    return { th: `${toThaiDigits(kb)} กิโลไบต์`, en: `${kb} KB` };
  }
  const mb = Math.round((bytes / MB) * 10) / 10;
  return { th: `${toThaiDigits(mb)} เมกะไบต์`, en: `${mb} MB` };
}

/**
 * The largest body of PUT /v1/fiscal-years/{fy}/plan. The body reaches the function inside API
 * Gateway's event, as one JSON string: every quote and backslash in it is escaped again, so a body
 * may take up to twice its size there, and a synchronous invocation carries at most
 * LAMBDA_SYNC_PAYLOAD_BYTES. A real plan is far smaller (the FY2566 seed's 7 measures: 15 KB; 500
 * measures of a page of text each: about 1.5 MB). The preview warns about a draft over it
 * ('plan-too-large'), and the page does not send one.
 */
export const MAX_PLAN_SAVE_BODY_BYTES = 2_000_000;

/** The UTF-8 bytes of a value as JSON (an array element: undefined is written null). */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? 'null');

/**
 * The bytes of PUT /plan's JSON body for a plan whose measures are `measureBytes` each as JSON: the
 * body without measures, then each measure and a comma between two (a large draft is measured a
 * measure at a time, not encoded whole).
 */
export const planSaveBodyBytesOf = (title: string, measureBytes: readonly number[]): number =>
  jsonBytes({ format: 'json', title, measures: [] }) +
  measureBytes.reduce((sum, bytes) => sum + bytes, 0) +
  Math.max(0, measureBytes.length - 1);

/** The bytes of PUT /plan's JSON body for a plan (as the page sends it: no spaces). */
export const planSaveBodyBytes = (plan: { title?: string; measures: readonly unknown[] }) =>
  planSaveBodyBytesOf(plan.title ?? '', plan.measures.map(jsonBytes));

/** What to tell of a plan of `bytes` over MAX_PLAN_SAVE_BODY_BYTES: the preview's warning and PUT /plan's 413 start so. */
export function planTooLargeToSave(bytes: number, what: { th: string; en: string }): { th: string; en: string } {
  const size = sizeText(bytes);
  const max = sizeText(MAX_PLAN_SAVE_BODY_BYTES);
  return {
    th: `${what.th}มีขนาด ${size.th} เกินกว่าที่บันทึกได้ในครั้งเดียว (ไม่เกิน ${max.th}) กรุณาย่อข้อความของมาตรการที่ยาวที่สุด หรือลบข้อความที่ซ้ำกัน แล้วบันทึกใหม่`,
    en: `${what.en} is ${size.en}, more than one save takes (at most ${max.en}); shorten the longest measures or remove repeated text, then save again`,
  };
}

/**
 * The content types a plan upload may announce (signed into the presigned PUT, so the upload must
 * send the same): the formats the readers know, and application/octet-stream for a file whose
 * type the browser does not know (the content decides what it is, as for inline files).
 */
export const PLAN_UPLOAD_TYPES = [
  DOCX_TYPE,
  XLSX_TYPE,
  'application/pdf',
  'text/plain',
  'text/tab-separated-values',
  'application/octet-stream',
] as const;
export type PlanUploadType = (typeof PLAN_UPLOAD_TYPES)[number];

/** Every uploaded plan file is under this prefix: the lifecycle rule PlanUploads expires them. */
export const PLAN_UPLOAD_PREFIX = 'plan-uploads/';

/** Days an uploaded plan file is kept: it is only read for the preview, right after the upload. */
export const PLAN_UPLOAD_DAYS = 1;

/** Minutes the presigned PUT of a plan file is valid. */
export const PLAN_UPLOAD_WINDOW_SECONDS = 15 * 60;

/**
 * An upload id: a random UUID and the size the upload was signed for, "<uuid>.<bytes>"
 * (e.g. "0b6f…-…-….5138022"). The import reads the size from the id, so an object of another size
 * than the one announced is refused, whoever put it there.
 */
export const PLAN_UPLOAD_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[1-9][0-9]{0,7}$/;

export const planUploadId = (uuid: string, size: number) => `${uuid}.${size}`;

/** The size an upload id was signed for (the id matches PLAN_UPLOAD_ID_PATTERN). */
export const planUploadSize = (uploadId: string) => Number(uploadId.slice(uploadId.lastIndexOf('.') + 1));

/** The org and year part of every upload's key: only that org's coordinators can name it. */
export const planUploadPrefix = (orgId: string, fy: number) => `${PLAN_UPLOAD_PREFIX}${orgId}/${fy}/`;

/**
 * The S3 key of an uploaded plan file: `plan-uploads/{org}/{fy}/{uploadId}`. Built from the
 * caller's own org (never from anything the caller sends), so another org's upload id names a key
 * of the caller's org, which holds nothing: 404.
 */
export const planUploadKey = (orgId: string, fy: number, uploadId: string) =>
  `${planUploadPrefix(orgId, fy)}${uploadId}`;
