// A Word document whose word/document.xml ends before its root closes (review 17 s24, S24-6): an
// interrupted save, a broken exporter or a file sent part way. Read as far as it went, the measures
// after the cut were lost without a word (or "no measures table" when the cut came early); Word
// itself refuses such a file ("unreadable content") and offers to recover it. It is refused as a
// damaged file, naming the last text before the cut, as a damaged workbook is.
import { ValidationError } from '../domain/errors.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { collapseSpaces } from './thai-text.js';
import { decodeXml } from './xml-text.js';

/** The root's close tag (after withWordPrefix), then at most white space. */
const WHOLE_END = /<\/w:document\s*>\s*$/;

/** Characters of the end of the XML looked at for the close tag (it is followed by spaces at most). */
const END_LOOKED_AT = 256;

/** Text runs (<w:t>) looked back at for the last text before the cut, and characters of it quoted. */
const RUNS_LOOKED_BACK = 50;
const QUOTED = 60;

/**
 * Whether a document part (WordprocessingML with the "w:" prefix, ooxml-prefix.ts withWordPrefix)
 * ends as a whole one does: with `</w:document>`, white space at most after it. Reads its last
 * 256 characters.
 */
export const documentEndsWhole = (xml: string): boolean => WHOLE_END.test(xml.slice(-END_LOOKED_AT));

/** The start of a text run's element (`<w:t>`, `<w:t xml:space=…>`), not w:tbl, w:tc, w:tr, w:tab …. */
const isTextRunAt = (xml: string, at: number) => {
  const next = xml.charCodeAt(at + 4);
  return next === 62 || next === 32 || next === 9 || next === 10 || next === 13;
};

/**
 * The last text of `xml` before its cut (the last non-empty <w:t>'s, at most its last 60
 * characters, decoded), or '' when the last 50 text runs hold none. Reads backwards from the end.
 */
function lastText(xml: string): string {
  let runs = 0;
  for (
    let at = xml.lastIndexOf('<w:t');
    at >= 0 && runs < RUNS_LOOKED_BACK;
    at = at > 0 ? xml.lastIndexOf('<w:t', at - 1) : -1
  ) {
    if (!isTextRunAt(xml, at)) continue;
    runs++;
    const start = xml.indexOf('>', at) + 1;
    if (start === 0) continue;
    const end = xml.indexOf('<', start);
    const text = collapseSpaces(decodeXml(xml.slice(start, end < 0 ? xml.length : end)));
    if (text) return text.length > QUOTED ? `…${text.slice(-QUOTED)}` : text;
  }
  return '';
}

/**
 * The refusal (400 on PLAN_FILE_FIELD, Thai first) of a Word document whose part `xml` does not
 * end whole (documentEndsWhole), naming the last text before the cut.
 */
export function documentCutShort(xml: string): ValidationError {
  const text = lastText(xml);
  const after = text ? ` หลังข้อความ "${text}"` : '';
  const afterEn = text ? ` after "${text}"` : '';
  return new ValidationError(
    `ไฟล์ Word นี้เสีย: เนื้อหาของเอกสารจบกลางคัน${after} (ไฟล์อาจบันทึกไม่เสร็จหรือส่งมาไม่ครบ) มาตรการที่อยู่หลังจุดนั้นจะหายไป จึงไม่ได้นำเข้า กรุณาเปิดไฟล์ใน Word (ถ้า Word ถามว่าจะกู้คืนเนื้อหาหรือไม่ ให้ตอบตกลง) ตรวจว่าแผนครบ แล้วบันทึกเป็นไฟล์ใหม่และนำเข้าไฟล์นั้น`,
    `this Word file is damaged: its document ends part way${afterEn} (the file may not have been saved or sent in full), so the measures after that point would be lost and nothing was imported; open it in Word (if Word offers to recover the contents, accept), check that the plan is whole, save it as a new file and import that`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: 'ไฟล์ Word เสีย: เนื้อหาของเอกสารจบกลางคัน',
        message_en: 'a damaged Word file: its document ends part way',
      },
    ],
  );
}
