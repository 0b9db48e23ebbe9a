// Typed errors thrown by use cases; mapped to HTTP in one place (functions/api).
import { DOCUMENT_NAMES, type DocumentKind, MAX_GENERATION } from './document-kinds.js';
import { toThaiDigits } from './thai-format.js';

export interface FieldMessage {
  path: string;
  message_th: string;
  message_en: string;
}

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  override name = 'DomainError';
  constructor(
    readonly message_th: string,
    readonly message_en: string,
    readonly fields: FieldMessage[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message_en);
  }
}

/**
 * The base of one error class per code: `code` is the code's literal type, `name` the class's name.
 * Each class states its name (logs give `name`): the functions' bundles are minified, which renames
 * classes, so a name taken from the class (`new.target.name`) was logged as a letter or two.
 */
function withCode<C extends ErrorCode>(code: C, name: string) {
  return class extends DomainError {
    readonly code = code;
    override name = name;
  };
}

// One class per code (HTTP status in functions/api/http-error-response.ts).
export class ValidationError extends withCode('validation', 'ValidationError') {}
/** 400 whose fields say what is wrong, in the one wording every such answer has. */
export const fieldsInvalid = (fields: FieldMessage[]): ValidationError =>
  new ValidationError('ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ', 'the request is invalid; see the fields', fields);
export class UnauthenticatedError extends withCode('unauthenticated', 'UnauthenticatedError') {}
export class NotFoundError extends withCode('not_found', 'NotFoundError') {}
export class ForbiddenError extends withCode('forbidden', 'ForbiddenError') {}
export class ConflictError extends withCode('conflict', 'ConflictError') {}
/** 409 told on the one field that caused it too, in the same words (break s60-G). */
export const conflictOn = (path: string, th: string, en: string, details: Record<string, unknown> = {}) =>
  new ConflictError(th, en, [{ path, message_th: th, message_en: en }], details);
/**
 * The request's If-Match no longer matches what it was about (HTTP 412, RFC 9110 §13.1.1): someone
 * changed it since the caller read it. Nothing was written; the messages say to read it again.
 */
export class PreconditionFailedError extends withCode('precondition_failed', 'PreconditionFailedError') {}
/** The request body is over the route's limit (HTTP 413); the messages say what to do instead. */
export class PayloadTooLargeError extends withCode('payload_too_large', 'PayloadTooLargeError') {}
/**
 * A limit per period is used up (HTTP 429); the messages say when it resets, and `retryAfterSeconds`
 * (whole seconds until it does) becomes the answer's Retry-After header (RFC 9110 §10.2.3).
 */
export class TooManyRequestsError extends withCode('too_many_requests', 'TooManyRequestsError') {
  constructor(
    message_th: string,
    message_en: string,
    readonly retryAfterSeconds: number,
    fields: FieldMessage[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message_th, message_en, fields, details);
  }
}
export class UnavailableError extends withCode('unavailable', 'UnavailableError') {}

/** The fiscal year has no plan (yet): every read of the year, and every document of it, says so. */
export function planNotFound(fy: number): NotFoundError {
  return new NotFoundError(`ยังไม่มีแผนมาตรการของปีงบประมาณ ${toThaiDigits(fy)}`, `there is no plan for fiscal year ${fy}`);
}

/** The person named is not one of the org's (404), wherever a person is read by id. */
export function personNotFound(): NotFoundError {
  return new NotFoundError('ไม่พบผู้ใช้งานนี้ในองค์กร', 'no such person in this organisation');
}

/** 409: the year's document has MAX_GENERATION generations; nothing was claimed. */
export function generationsUsedUp(kind: DocumentKind, fy: number): ConflictError {
  return new ConflictError(
    `${DOCUMENT_NAMES[kind].th}ของปีงบประมาณ ${toThaiDigits(fy)} จัดทำครบ ${toThaiDigits(MAX_GENERATION.toLocaleString('en-US'))} ฉบับแล้ว จึงจัดทำฉบับใหม่ไม่ได้ กรุณาใช้ฉบับที่จัดทำไว้`,
    `the ${DOCUMENT_NAMES[kind].en} of fiscal year ${fy} has ${MAX_GENERATION.toLocaleString('en-US')} generations, the most a year may have; use one made already`,
    [],
    { maxGenerations: MAX_GENERATION },
  );
}

/** 404: the document has no such generation. */
export const noGeneration = (generation: number) => new NotFoundError('ไม่พบเอกสารฉบับนี้', `no generation ${generation}`);

/**
 * The generation a route needs ready (publish, signed copy, download link): 404 when there is none;
 * 409 while it is being made (try when ready) or when it failed (make a new one; its reason when recorded).
 */
export function readyGeneration<G extends { status: string; failure?: Omit<FieldMessage, 'path'> }>(
  found: G | undefined,
  generation: number,
): G {
  if (!found) throw noGeneration(generation);
  const n = toThaiDigits(generation);
  const why = found.failure;
  if (found.status === 'pending')
    throw new ConflictError(
      `ฉบับที่ ${n} ยังจัดทำไม่เสร็จ กรุณาลองอีกครั้งเมื่อจัดทำเสร็จแล้ว`,
      `generation ${generation} is still being made: try again when it is ready`,
    );
  if (found.status === 'failed')
    throw new ConflictError(
      `ฉบับที่ ${n} จัดทำไม่สำเร็จ${why ? ` (${why.message_th})` : ''} กรุณาสั่งจัดทำฉบับใหม่`,
      `generation ${generation} could not be made${why ? ` (${why.message_en})` : ''}: make a new generation`,
    );
  return found;
}

/**
 * A write made on condition of the plan version it read found a newer plan (a coordinator saved the
 * plan in between), or a save holding the plan. The use case reads the plan again and retries
 * once; if the plan moved again or is still held, the caller gets this 409 (`planChanged: true`,
 * so a page tells it from a report conflict) and may simply send again.
 */
export class PlanChangedError extends ConflictError {
  override name = 'PlanChangedError';
  constructor(fy: number) {
    super(
      `แผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} เพิ่งถูกแก้ไขหรือกำลังถูกบันทึก รายงานของคุณจึงยังไม่ถูกบันทึก กรุณาส่งอีกครั้งในอีกสักครู่`,
      `the FY${fy} plan was just changed or is being saved, so your report was not saved; please send it again in a moment`,
      [],
      { planChanged: true },
    );
  }
}

/**
 * A write made on condition that the caller's person item is still the one their (cached) rights
 * were read from found it changed (deactivated, moved, roles or appointments changed, renamed).
 * The use case reads the caller again and, if still allowed, retries once; this 409 is left only
 * when the person changed again meanwhile (`callerChanged: true`): nothing was written.
 */
export class CallerChangedError extends ConflictError {
  override name = 'CallerChangedError';
  constructor() {
    super(
      'ข้อมูลผู้ใช้งานของคุณเพิ่งถูกแก้ไข รายการนี้จึงยังไม่ถูกบันทึก กรุณาโหลดหน้าใหม่แล้วส่งอีกครั้ง',
      'your user record was just changed, so nothing was saved; reload and send again',
      [],
      { callerChanged: true },
    );
  }
}

/**
 * An org's record changed under every attempt of a read-modify-write (other changes at the same
 * moment): nothing was written by this one; the caller may simply send again (503).
 */
export class OrgChangedError extends UnavailableError {
  override name = 'OrgChangedError';
  constructor(orgId: string) {
    super(
      `ข้อมูลขององค์กร "${orgId}" ถูกแก้ไขพร้อมกันหลายรายการ ยังไม่ได้บันทึก กรุณาลองอีกครั้ง`,
      `the record of org "${orgId}" was being changed by others at the same time; nothing saved, please try again`,
    );
  }
}

/**
 * A person's change was saved but their sign-in (Cognito) could not be enabled or disabled to match
 * (503, `saved: true`). Every PUT stating `active` syncs the sign-in, so the retry is the same PUT,
 * or after an add (`added`) a PUT of the person with `active: true` (a second POST would be 409).
 */
export class SignInNotSyncedError extends UnavailableError {
  override name = 'SignInNotSyncedError';
  constructor(personId: string, added = false) {
    super(
      'บันทึกการเปลี่ยนแปลงแล้ว แต่ยังปรับสิทธิ์เข้าสู่ระบบของผู้ใช้งานนี้ไม่สำเร็จ กรุณาบันทึกสถานะการใช้งานของผู้ใช้งานนี้อีกครั้ง',
      "the change was saved, but the sign-in of this person was not updated yet; please save the person's active status again",
      [
        added
          ? {
              path: 'body.email',
              message_th: `เพิ่มผู้ใช้งานแล้ว แต่ยังเปิดสิทธิ์เข้าสู่ระบบไม่สำเร็จ กรุณาบันทึกสถานะ "ใช้งาน" ของผู้ใช้งานนี้อีกครั้ง (PUT /v1/people/${personId} {"active": true})`,
              message_en: `the person was added but the sign-in not enabled yet; save them as active again (PUT /v1/people/${personId} {"active": true})`,
            }
          : {
              path: 'body.active',
              message_th: 'ยังปรับสิทธิ์เข้าสู่ระบบไม่สำเร็จ กรุณาส่งคำขอเดิมอีกครั้ง',
              message_en: 'the sign-in was not updated yet; send the same request again',
            },
      ],
      { saved: true, signInSynced: false, personId },
    );
  }
}
