// The answers of a publish or withdrawal that failed part-way: each says, in Thai and English, what
// the stable public addresses serve now, so the coordinator knows whether anything changed.
import { NotFoundError, UnavailableError } from '../domain/errors.js';
import { PUBLIC_DOCUMENTS, PUBLIC_FORMAT_LIST, type PublishedKind } from '../domain/public-addresses.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { ServedSet } from './public-copies.js';

/** The generations an address served before the change and would serve after it (undefined: 404). */
export interface ChangeSides {
  kind: PublishedKind;
  before: number | undefined;
  after: number | undefined;
}

const servesTh = (g: number | undefined) => (g ? `แสดงฉบับที่ ${toThaiDigits(g)}` : 'ไม่มีเอกสาร (404)');
const servesEn = (g: number | undefined) => (g ? `serves generation ${g}` : 'serves nothing (404)');

/**
 * "ไม่มีการเปลี่ยนแปลง ที่อยู่สาธารณะ results.pdf และ results.docx ยังแสดงฉบับที่ ๖ ตามเดิม", or per file
 * when the roll-back did not hold; `publicAddresses` gives the same per format for programs
 * (`generation` null: 404; `served` 'unknown': not known).
 */
export function servedNowText(sides: ChangeSides, served: ServedSet) {
  const file = (format: string) => `${PUBLIC_DOCUMENTS[sides.kind]}.${format}`;
  const generation = (format: keyof ServedSet) =>
    served[format] === 'before' ? sides.before : served[format] === 'after' ? sides.after : undefined;
  const details = {
    publicAddresses: Object.fromEntries(
      PUBLIC_FORMAT_LIST.map((f) => [
        f,
        { served: served[f], generation: served[f] === 'unknown' ? null : (generation(f) ?? null) },
      ]),
    ),
  };
  if (PUBLIC_FORMAT_LIST.every((f) => served[f] === 'before')) {
    return {
      th: `ไม่มีการเปลี่ยนแปลง ที่อยู่สาธารณะ ${PUBLIC_FORMAT_LIST.map(file).join(' และ ')} ยัง${servesTh(sides.before)} ตามเดิม`,
      en: `nothing changed: ${PUBLIC_FORMAT_LIST.map(file).join(' and ')} still ${servesEn(sides.before).replace(/^serves/, 'serve')}`,
      details,
    };
  }
  const each = (f: keyof ServedSet, th: boolean) =>
    served[f] === 'unknown'
      ? `${file(f)} ${th ? 'ไม่ทราบแน่ชัดว่าแสดงฉบับใด' : 'may serve either'}`
      : `${file(f)} ${(th ? servesTh : servesEn)(generation(f))}`;
  return {
    th: `ขณะนี้ ${PUBLIC_FORMAT_LIST.map((f) => each(f, true)).join(', ')}`,
    en: `now ${PUBLIC_FORMAT_LIST.map((f) => each(f, false)).join(', ')}`,
    details,
  };
}

const verbTh = (sides: ChangeSides) => (sides.after ? 'เผยแพร่' : 'ถอนการเผยแพร่');
const verbEn = (sides: ChangeSides) => (sides.after ? 'publishing' : 'withdrawing');
const target = (sides: ChangeSides) => sides.after ?? sides.before!;

/** The public copies (or the record) could not be changed: 503 saying what is served now. */
export function changeFailed(sides: ChangeSides, served: ServedSet): UnavailableError {
  const now = servedNowText(sides, served);
  const mixed = PUBLIC_FORMAT_LIST.some((f) => served[f] !== 'before');
  return new UnavailableError(
    `${verbTh(sides)}ฉบับที่ ${toThaiDigits(target(sides))} ไม่สำเร็จ ${now.th} กรุณา${mixed ? `สั่ง${verbTh(sides)}อีกครั้งเพื่อให้ไฟล์ตรงกัน` : 'ลองใหม่อีกครั้งในอีกสักครู่'}`,
    `${verbEn(sides)} generation ${target(sides)} failed; ${now.en}; ${mixed ? 'send the request again to make the files agree' : 'retry in a moment'}`,
    [],
    now.details,
  );
}

/** A generation's own file could not be read: nothing was changed (404 when it is missing, else 503). */
export function sourceUnreadable(sides: ChangeSides, fileName: string, missing: boolean): Error {
  const allBefore = { pdf: 'before', docx: 'before' } as const;
  const now = servedNowText(sides, allBefore);
  const th = `อ่านไฟล์ ${fileName} ของฉบับที่ ${toThaiDigits(target(sides))} ${missing ? 'ไม่พบ' : 'ไม่สำเร็จ'} จึงเผยแพร่ไม่ได้ ${now.th}`;
  const en = `cannot read ${fileName} of generation ${target(sides)} (${missing ? 'missing' : 'read failed'}), so it was not published; ${now.en}`;
  return missing
    ? new NotFoundError(`${th} กรุณาจัดทำเอกสารใหม่`, `${en}; generate the document again`, [], now.details)
    : new UnavailableError(`${th} กรุณาลองใหม่อีกครั้งในอีกสักครู่`, `${en}; retry in a moment`, [], now.details);
}

/** The change is done but the year's ITA page could not be written: 503 saying so; sending again rewrites it. */
export function pageNotWritten(sides: ChangeSides): UnavailableError {
  const done = sides.after
    ? {
        th: `เผยแพร่ฉบับที่ ${toThaiDigits(sides.after)} ที่ที่อยู่สาธารณะแล้ว`,
        en: `generation ${sides.after} is published at the public addresses`,
      }
    : {
        th: `ถอนการเผยแพร่ฉบับที่ ${toThaiDigits(sides.before!)} แล้ว (ที่อยู่สาธารณะไม่มีเอกสาร)`,
        en: `generation ${sides.before} is withdrawn (the public addresses serve nothing)`,
      };
  return new UnavailableError(
    `${done.th} แต่ปรับปรุงหน้า ITA ของปีไม่สำเร็จ หน้ายังแสดงข้อมูลเดิม กรุณาสั่ง${verbTh(sides)}อีกครั้งเพื่อปรับปรุงหน้า`,
    `${done.en}, but the year's ITA page could not be written and still shows the old state; send the request again to rewrite it`,
    [],
    { pageUpdated: false },
  );
}
