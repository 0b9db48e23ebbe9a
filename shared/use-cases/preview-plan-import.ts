// "The coordinator uploads the plan file and sees what would be imported": nothing is written.
import { INLINE_PLAN_FILE_TOO_LARGE, type PlanImportBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import {
  MAX_INLINE_PLAN_FILE_BYTES,
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_PREVIEW_BYTES,
  megabytesTh,
  PLAN_UPLOAD_DAYS,
  planUploadKey,
  planUploadSize,
} from '../domain/plan-upload-rules.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { ImportResult } from '../import/measures-document.js';
import { type PlanFileKind, refusalOnField } from '../import/plan-file.js';
import { reportsCutNotices, withReplacedPlanNotice } from '../import/replaced-plan-notice.js';
import { foreseenReportsRefusal } from './replace-plan.js';
import type { UseCaseContext } from './use-case-context.js';

/**
 * POST /v1/fiscal-years/{fy}/plan-imports (coordinators): the file, inline (`contentBase64`, at most
 * 4 MB decoded) or uploaded (`uploadId` from plan-import-uploads, at most 5 MB), read against the
 * org's units. Returns the draft plan (a measure without an indicator has `indicator: null`) and the
 * warnings, each with where it is and the source text; over a saved plan the save would take
 * measures from, a first warning file-over-saved-plan names them (S14-17), and reports-cut says what
 * the save's guard on reports would refuse (S21-3). Writes nothing.
 * Errors: ValidationError (a file that is not base64, too big, of another size than announced, a
 * scan without text, an unknown format); NotFoundError (no uploaded file under that id in the
 * caller's org and year: never uploaded, expired, or another org's).
 */
export async function previewPlanImport(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: PlanImportBody,
): Promise<ImportResult & { fileKind: PlanFileKind }> {
  assertCoordinator(caller);
  const bytes =
    body.uploadId !== undefined
      ? await uploadedFile(ctx, caller.orgId, fy, body.uploadId)
      : inlineFile(body.contentBase64 ?? '');
  const { org, units } = await ctx.directory.orgWithUnits(caller.orgId);
  const field = body.uploadId !== undefined ? 'body.uploadId' : 'body.contentBase64';
  const { kind, document } = await ctx.planFiles(bytes).catch((error: unknown) => {
    throw refusalOnField(error, field);
  });
  // follow-ups keep the saved plan's numbers, under which reports are filed
  const saved = await ctx.repos.plans.getPlan(caller.orgId, fy);
  const imported = ctx.planImporter(
    document,
    {
      orgId: caller.orgId,
      fy,
      units,
      ...(org?.name ? { orgName: org.name } : {}),
      ...(body.moveEarlierYears ? { moveEarlierYears: true } : {}),
    },
    saved,
  );
  // what the save would refuse for reports, said now, by the save's own guard (S21-3)
  const refused = await foreseenReportsRefusal(ctx.repos, {
    orgId: caller.orgId,
    fy,
    draft: imported.plan,
    stored: saved,
    units,
    now: ctx.clock(),
  });
  const reportsCut = saved ? reportsCutNotices(refused, imported.plan.measures, saved.measures) : [];
  const preview = { ...withReplacedPlanNotice(imported, saved, 'file', reportsCut), fileKind: kind };
  const size = Buffer.byteLength(JSON.stringify(preview));
  if (size > MAX_PLAN_PREVIEW_BYTES) throw previewTooLarge(size, field);
  return preview;
}

/** A draft too large to answer within Lambda's response limit (MAX_PLAN_PREVIEW_BYTES). */
const previewTooLarge = (size: number, field: string) =>
  new ValidationError(
    `แผนที่อ่านได้จากไฟล์นี้มีขนาด ${megabytesTh(size)} เมกะไบต์ ใหญ่เกินกว่าจะแสดงตัวอย่างได้ (ไม่เกิน ${megabytesTh(MAX_PLAN_PREVIEW_BYTES)} เมกะไบต์) แผนมาตรการจริงมีขนาดเล็กกว่านี้มาก ตรวจว่าไฟล์มีเฉพาะตารางแผนมาตรการ ไม่มีข้อความซ้ำจำนวนมากหรือแผ่นงานอื่นปนอยู่`,
    `the plan read from this file is ${Math.round((size / 1024 / 1024) * 10) / 10} MB, too large to preview (at most ${MAX_PLAN_PREVIEW_BYTES / 1024 / 1024} MB); a real plan is far smaller: check that the file holds only the plan table, without long repeated text or other sheets`,
    [
      {
        path: field,
        message_th: `แผนที่อ่านได้ใหญ่เกิน ${megabytesTh(MAX_PLAN_PREVIEW_BYTES)} เมกะไบต์`,
        message_en: `the plan read is over ${MAX_PLAN_PREVIEW_BYTES / 1024 / 1024} MB`,
      },
    ],
  );

function inlineFile(contentBase64: string): Uint8Array {
  const clean = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new ValidationError('ไฟล์ที่ส่งมาไม่ได้เข้ารหัส base64', 'contentBase64 is not base64', [
      { path: 'body.contentBase64', message_th: 'ไม่ใช่ base64', message_en: 'not base64' },
    ]);
  }
  const bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  if (bytes.length === 0) {
    throw new ValidationError('ไฟล์ว่าง ไม่มีข้อมูล', 'the file is empty', [
      { path: 'body.contentBase64', message_th: 'ไฟล์ว่าง', message_en: 'empty file' },
    ]);
  }
  if (bytes.length > MAX_INLINE_PLAN_FILE_BYTES) {
    const { th, en } = INLINE_PLAN_FILE_TOO_LARGE;
    throw new ValidationError(th, en, [{ path: 'body.contentBase64', message_th: th, message_en: en }]);
  }
  return bytes;
}

/** The uploaded object of the caller's org and year, checked to be the size its upload was signed for. */
async function uploadedFile(ctx: UseCaseContext, orgId: string, fy: number, uploadId: string): Promise<Uint8Array> {
  const key = planUploadKey(orgId, fy, uploadId);
  const announced = planUploadSize(uploadId);
  if (announced > MAX_PLAN_FILE_BYTES) throw wrongSize(announced, undefined);
  const size = await ctx.planUploads.size(key);
  if (size === undefined) throw notUploaded(fy);
  if (size !== announced) throw wrongSize(announced, size);
  const bytes = await ctx.planUploads.read(key, announced);
  if (bytes === undefined) throw notUploaded(fy);
  if (bytes.length !== announced) throw wrongSize(announced, bytes.length);
  return bytes;
}

const notUploaded = (fy: number) =>
  new NotFoundError(
    `ไม่พบไฟล์ที่อัปโหลดไว้สำหรับปีงบประมาณ ${toThaiDigits(fy)}: ยังอัปโหลดไม่สำเร็จ หรือเกิน ${toThaiDigits(PLAN_UPLOAD_DAYS)} วันแล้ว (ระบบเก็บไว้ ${toThaiDigits(PLAN_UPLOAD_DAYS)} วัน) กรุณาเลือกไฟล์ใหม่อีกครั้ง`,
    `no uploaded file under this uploadId for fiscal year ${fy}: the upload did not finish, or it is over ${PLAN_UPLOAD_DAYS} day old (kept ${PLAN_UPLOAD_DAYS} day); choose the file again`,
    [
      {
        path: 'body.uploadId',
        message_th: 'ไม่พบไฟล์ที่อัปโหลดด้วยรหัสนี้',
        message_en: 'no uploaded file under this id',
      },
    ],
  );

const wrongSize = (announced: number, actual: number | undefined) =>
  new ValidationError(
    `ไฟล์ที่อัปโหลดมีขนาดไม่ตรงกับที่แจ้งไว้ (แจ้งไว้ ${toThaiDigits(announced)} ไบต์${actual === undefined ? '' : ` แต่ได้รับ ${toThaiDigits(actual)} ไบต์`}) หรือเกิน ${megabytesTh(MAX_PLAN_FILE_BYTES)} เมกะไบต์ กรุณาอัปโหลดใหม่`,
    `the uploaded file is not the size announced (${announced} bytes${actual === undefined ? '' : `, got ${actual}`}) or is over ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB; upload it again`,
    [
      {
        path: 'body.uploadId',
        message_th: 'ขนาดไฟล์ไม่ตรงกับที่แจ้งไว้ตอนขอที่อัปโหลด',
        message_en: 'the file is not the size announced for the upload',
      },
    ],
  );
