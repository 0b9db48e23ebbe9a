// The lines that close a plan's table: a sign-off or approval, a signer's name and position, the
// date it was issued. Such a line under the last row is no piece of that row's cells (review 17
// s13, S13-1: "ผู้อำนวยการกองคลัง" of the signer made กองคลัง a responsible unit).

/** "ลงชื่อ ………… ผู้เสนอ", "(ลงชื่อ) …", "ลงนาม …": a signature line, wherever it stands. */
const SIGNED = /^\s*\(?\s*(?:ลงชื่อ|ลงนาม)/;

/** Besides SIGNED: "ผู้จัดทำ …", "ผู้เห็นชอบ", "(นายวิชัย มั่นคง)", "ประกาศ ณ วันที่ …", "ณ วันที่ …" */
const SIGNATURE = new RegExp(
  '^\\s*(?:' +
    [
      'ผู้\\s*(?:จัดทำ|เสนอ|เห็นชอบ|อนุมัติ|รับรอง|ตรวจสอบ|ตรวจ|บันทึก|รายงาน|สรุป|ทบทวน)',
      '\\(\\s*(?:นาย|นาง|น\\.ส\\.|ว่าที่|ดร\\.)',
      '(?:ประกาศ|สั่ง|ให้ไว้)\\s*ณ',
      'ณ\\s*วันที่',
    ].join('|') +
    ')',
);

/** A signer's position: "ผู้อำนวยการกองคลัง", "ปลัดเทศบาล", "นายกเทศมนตรีตำบลทดสอบ", "หัวหน้าสำนักปลัด". */
const SIGNER_POSITION = /^\s*(?:ผู้อำนวยการ|ผอ\.|รองปลัด|ปลัด|รองนายก|นายก|หัวหน้า|ประธาน)/;

/**
 * Letters (not counting spaces) enough for SIGNED and SIGNATURE to tell a line from its start: their
 * longest reading is "(ว่าที่" or "ผู้ตรวจสอบ" after spaces; a rule may read a long cell's start only.
 */
export const SIGN_OFF_START_LETTERS = 32;

/** Does the line start with ลงชื่อ or ลงนาม? */
export const isSignedLine = (text: string): boolean => SIGNED.test(text);

/** Is the line a sign-off, approval, signer's name in brackets or an issue date? */
export const isSignatureLine = (text: string): boolean => SIGNED.test(text) || SIGNATURE.test(text);

/** Does the line start with a signer's position? (Inside a units cell it may name a unit's head.) */
export const isSignerPosition = (text: string): boolean => SIGNER_POSITION.test(text);
