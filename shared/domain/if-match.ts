// If-Match (RFC 9110 §13.1.1) on a resource whose entity tag is its version, quoted ("2"): PUT
// …/report and PUT …/plan read it the same way (tester s52: the plan's was ignored).
import { ValidationError } from './errors.js';
import { toThaiDigits } from './thai-format.js';

/**
 * Whether `ifMatch` is `*` (any), and the versions it names ("2"; a bare 2 is taken too); a weak
 * tag (W/"2") or any other names none. A body's `sent` version (expectedVersion) the header does
 * not name: the request contradicts itself, 400 (ifMatchContradictsBody), before anything is read.
 */
export function ifMatchVersions(ifMatch: string, sent: number | undefined): [any: boolean, versions: number[]] {
  const tags = ifMatch.split(',').map((t) => t.trim());
  const any = tags.includes('*');
  const versions = tags
    .map((t) => /^"?([0-9]{1,9})"?$/.exec(t)?.[1])
    .filter((v) => v !== undefined)
    .map(Number);
  if (sent !== undefined && versions.length > 0 && !any && !versions.includes(sent)) {
    throw ifMatchContradictsBody(ifMatch, sent);
  }
  return [any, versions];
}

/**
 * The 400 for a PUT whose If-Match and body.expectedVersion name different versions: the
 * request contradicts itself, whichever is current (400, not 412: the header may match; tester s38b).
 */
function ifMatchContradictsBody(ifMatch: string, expectedVersion: number): ValidationError {
  const th = 'If-Match และ expectedVersion ระบุฉบับไม่ตรงกัน กรุณาระบุเพียงอย่างเดียว';
  const en = 'If-Match and expectedVersion name different versions; send only one of them';
  return new ValidationError(th, en, [
    {
      path: 'headers.if-match',
      message_th: `If-Match ระบุ ${ifMatch} แต่ expectedVersion ระบุฉบับที่ ${toThaiDigits(expectedVersion)}`,
      message_en: `If-Match names ${ifMatch} but expectedVersion names version ${expectedVersion}`,
    },
    {
      path: 'body.expectedVersion',
      message_th: `expectedVersion ระบุฉบับที่ ${toThaiDigits(expectedVersion)} แต่ If-Match ระบุ ${ifMatch}`,
      message_en: `expectedVersion names version ${expectedVersion} but If-Match names ${ifMatch}`,
    },
  ]);
}

/** "ฉบับปัจจุบันคือฉบับที่ ๓" / "the current version is 3": what a refused version says, written once. */
export const currentVersionIs = (current: number): [th: string, en: string] => [
  `ฉบับปัจจุบันคือฉบับที่ ${toThaiDigits(current)}`,
  `the current version is ${current}`,
];
