// What a measure's indicator heading leaves to the coordinator: a label read by likeness, a name
// not found, another indicator's name after the number, more than one indicator named.
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { IndicatorHeading } from './indicator-heading.js';
import type { HeadingPrefix } from './title-before-label.js';
import type { ImportWarningCode } from './import-warning.js';
import type { Row } from './read-row.js';

export interface HeadingWarning {
  code: ImportWarningCode;
  th: string;
  en: string;
  /** the text quoted: the heading as read, else the measure cell (undefined) */
  source?: string;
  /** the indicators it offers (ImportWarning.indicators) */
  indicators?: number[];
  /** about the indicator column's cell rather than the measure cell */
  inIndicatorColumn?: true;
}

/** "๔ และ ๕", "๔, ๕ และ ๖" */
const thaiList = (numbers: number[]) => {
  const thai = numbers.map(toThaiDigits);
  return thai.length === 1 ? thai[0]! : `${thai.slice(0, -1).join(', ')} และ ${thai.at(-1)}`;
};

/**
 * The warnings of a measure's heading. `fromColumn`: the indicator came from an indicator column
 * (then the measure cell's words are the title, and a name is not looked for). `table`: the kind of
 * table the row is of; a results report writes each measure's saved title after its indicator, so
 * its titles are not said as unknown indicator names (review 17 s26, S26-7).
 */
export function headingWarnings(heading: IndicatorHeading, fromColumn: boolean, table: Row['table']): HeadingWarning[] {
  const warnings: HeadingWarning[] = [];
  const no = heading.indicator;
  const { nameOf, alsoNames } = heading;
  const column = fromColumn ? { inIndicatorColumn: true as const } : {};
  if (heading.statusBefore) {
    const said = heading.statusBefore;
    warnings.push({
      code: 'measure-status-marked',
      th: `มาตรการนี้ขึ้นต้นด้วย "${said}" ก่อนหัวข้อตัวชี้วัดที่ ${toThaiDigits(no)}: ตรวจว่ายังเป็นมาตรการของแผนหรือไม่ ถ้ายกเลิกแล้วหรือเป็นตัวอย่าง ให้ลบมาตรการนี้`,
      en: `this measure starts with "${said}" before the heading of indicator ${no}: check whether it is still a measure of the plan; if it was cancelled or is an example, remove it`,
      source: said,
    });
  }
  const prefix = heading.prefixBefore;
  if (prefix) warnings.push(...prefixWarnings(prefix, no, heading.title));
  if (heading.numberedAs !== undefined) {
    const n = toThaiDigits(no);
    const name = catalogIndicator(no).nameTh;
    warnings.push({
      code: 'indicator-label-guessed',
      th: `ไม่พบ "ตัวชี้วัดที่" มีแต่เลขข้อ "${heading.numberedAs}" ซึ่งอาจเป็นข้อของตัวชี้วัดที่ ${n} (${name}) จึงถือเป็นตัวชี้วัดที่ ${n} และคงเลข "${heading.numberedAs}" ไว้ในชื่อมาตรการ กรุณาตรวจตัวชี้วัด (เลขข้ออาจเป็นเลขของยุทธศาสตร์หรือหมวดอื่น)`,
      en: `no "ตัวชี้วัดที่" found, only the number "${heading.numberedAs}", which may be an item of indicator ${no} (${catalogIndicator(no).nameEn}): taken as indicator ${no}, the number kept in the title; check the indicator (the number may be a strategy's or another section's)`,
      source: heading.numberedAs,
    });
    return warnings;
  }
  if (heading.namedOnly?.numberRead) {
    warnings.push(numberNotReadWarning(no, heading.namedOnly.read, heading.namedOnly.numberRead, column));
  } else if (heading.namedOnly) {
    const { read, exact } = heading.namedOnly;
    const name = catalogIndicator(no).nameTh;
    const like = exact
      ? { th: 'ซึ่งเป็นชื่อของ', en: 'is the name of' }
      : { th: `ซึ่งใกล้เคียงกับชื่อ "${name}" ของ`, en: `is like "${name}", the name of` };
    warnings.push({
      code: 'indicator-label-guessed',
      th: `ไม่พบเลขตัวชี้วัด มีแต่ชื่อ "${read}" ${like.th}ตัวชี้วัดที่ ${toThaiDigits(no)} จึงถือเป็นตัวชี้วัดที่ ${toThaiDigits(no)} กรุณาตรวจตัวชี้วัด`,
      en: `no indicator number, only the name "${read}", which ${like.en} indicator ${no}: taken as indicator ${no}; check the indicator`,
      source: read,
      ...column,
    });
  } else if (nameOf) {
    const named = `ชื่อ "${nameOf.name}" เป็นชื่อของตัวชี้วัดที่ ${toThaiDigits(nameOf.indicator)} แต่เลขที่อ่านได้คือ ${toThaiDigits(nameOf.numberRead)}`;
    warnings.push(
      nameOf.numberCorrected
        ? {
            code: 'indicator-name-differs',
            th: `อ่านได้ว่า "${nameOf.read}": ${named} (เลข ${toThaiDigits(nameOf.numberRead)} กับ ${toThaiDigits(no)} มักอ่านสลับกัน) จึงถือเป็นตัวชี้วัดที่ ${toThaiDigits(no)} ตามชื่อ กรุณาตรวจตัวชี้วัด`,
            en: `read "${nameOf.read}": "${nameOf.name}" is indicator ${nameOf.indicator}'s name but the number read is ${nameOf.numberRead} (digits OCR confuses), so it is taken as indicator ${no}: check the indicator`,
            source: nameOf.read,
            indicators: [nameOf.numberRead],
            ...column,
          }
        : {
            code: 'indicator-name-differs',
            th: `อ่านได้ว่า "${nameOf.read}": ${named} (อาจอ่านเลขผิด) จึงยังถือเป็นตัวชี้วัดที่ ${toThaiDigits(no)} ตามเลข กรุณาเลือกตัวชี้วัดที่ถูกต้อง`,
            en: `read "${nameOf.read}": "${nameOf.name}" is indicator ${nameOf.indicator}'s name but the number read is ${nameOf.numberRead} (perhaps misread), so it is kept as indicator ${no}: choose the right indicator`,
            source: nameOf.read,
            indicators: [nameOf.indicator],
            ...column,
          },
    );
  } else if (heading.labelRead !== undefined) {
    // a name that agrees is the evidence the reading needs: say so
    const agreed = heading.nameRead
      ? {
          th: ` และชื่อ "${heading.nameRead}" ตรงกับตัวชี้วัดที่ ${toThaiDigits(no)}`,
          en: ` and the name "${heading.nameRead}" is indicator ${no}'s`,
        }
      : { th: '', en: '' };
    warnings.push({
      code: 'indicator-label-guessed',
      th: `อ่านได้ว่า "${heading.labelRead}"${agreed.th} จึงถือเป็น "ตัวชี้วัดที่ ${toThaiDigits(no)}"`,
      en: `read "${heading.labelRead}"${agreed.en}, taken as indicator ${no} ("ตัวชี้วัดที่ ${no}")`,
      source: heading.labelRead,
      ...column,
    });
  }
  if (alsoNames) {
    const all = [no, ...alsoNames.indicators];
    const others = thaiList(alsoNames.indicators);
    warnings.push({
      code: 'several-indicators',
      th: `มาตรการนี้ระบุตัวชี้วัด ${toThaiDigits(all.length)} ข้อ (${thaiList(all)}) จาก "${alsoNames.read}" จึงนำเข้าไว้ใต้ตัวชี้วัดที่ ${toThaiDigits(no)} ข้อเดียว หากมาตรการนี้ตอบตัวชี้วัดที่ ${others} ด้วย ให้คัดลอกมาตรการแล้วเลือกตัวชี้วัดนั้น`,
      en: `this measure names ${all.length} indicators (${all.join(', ')}) in "${alsoNames.read}": it is imported under indicator ${no} only; if it answers indicator ${alsoNames.indicators.join(', ')} too, copy the measure and choose that indicator`,
      source: alsoNames.read,
      indicators: alsoNames.indicators,
      ...column,
    });
  }
  if (fromColumn || nameOf || table === 'results') return warnings;
  const catalogName = catalogIndicator(no).nameTh;
  if (heading.titleFromDocument) {
    warnings.push({
      code: 'unknown-indicator-name',
      th: `ไม่พบชื่อตัวชี้วัดที่ ${toThaiDigits(no)} (${catalogName}) ในหัวข้อ จึงใช้ข้อความตามเอกสาร "${heading.title}" เป็นชื่อมาตรการ`,
      en: `indicator ${no}'s name was not found in the heading; the document's words "${heading.title}" are the measure's title`,
    });
  } else if (heading.nameUnrecognised) {
    warnings.push({
      code: 'unknown-indicator-name',
      th: `ไม่พบชื่อตัวชี้วัดที่ ${toThaiDigits(no)} (${catalogName}) ในหัวข้อ จึงใช้ชื่อมาตรฐาน`,
      en: `indicator ${no}'s name was not found in the heading; the catalog name is used`,
    });
  }
  return warnings;
}

/**
 * "ตัวชี้วัดที่ ๔๔ การใช้ทรัพย์สินของราชการ", "ตัวชี้วัดที่ สี่ …": the number is no indicator's or not in
 * digits; the name decided (review 17 s12, S12-1). A number word of another indicator is offered.
 */
function numberNotReadWarning(
  no: number,
  name: string,
  number: { read: string; value?: number },
  column: { inIndicatorColumn?: true },
): HeadingWarning {
  const n = toThaiDigits(no);
  const byName = {
    th: `ชื่อ "${name}" เป็นของตัวชี้วัดที่ ${n} จึงถือเป็นตัวชี้วัดที่ ${n} ตามชื่อ กรุณาตรวจตัวชี้วัด`,
    en: `the name "${name}" is indicator ${no}'s, so it is taken as indicator ${no}: check the indicator`,
  };
  if (number.value === undefined) {
    return {
      code: 'indicator-label-guessed',
      th: `อ่านได้ว่า "${number.read}": ไม่มีตัวชี้วัดเลขนี้ (ตัวชี้วัดมีเลข ๑-๑๐) แต่${byName.th}`,
      en: `read "${number.read}": no indicator has this number (indicators are 1-10), but ${byName.en}`,
      source: number.read,
      ...column,
    };
  }
  if (number.value === no) {
    return {
      code: 'indicator-label-guessed',
      th: `อ่านได้ว่า "${number.read}" (เลขตัวชี้วัดไม่ได้เขียนเป็นตัวเลข) และ${byName.th}`,
      en: `read "${number.read}" (the indicator number not written in digits) and ${byName.en}`,
      source: number.read,
      ...column,
    };
  }
  return {
    code: 'indicator-name-differs',
    th: `อ่านได้ว่า "${number.read}" คือตัวชี้วัดที่ ${toThaiDigits(number.value)} แต่${byName.th}`,
    en: `read "${number.read}", indicator ${number.value}, but ${byName.en}`,
    source: number.read,
    indicators: [number.value],
    ...column,
  };
}

/**
 * A label before the heading (title-before-label.ts headingPrefix): an assessment other than the
 * indicator's ("OIT ตัวชี้วัดที่ ๕"), or words that are neither an assessment nor a ด้าน, kept as a
 * note (break 17 s27, M-3). An agreeing assessment or a ด้าน needs no word.
 */
function prefixWarnings(prefix: HeadingPrefix, no: number, title: string): HeadingWarning[] {
  const n = toThaiDigits(no);
  const tool = catalogIndicator(no).tool;
  if (prefix.kind === 'group' && prefix.tool !== tool) {
    return [
      {
        code: 'words-before-heading',
        th: `หัวข้อขึ้นต้นด้วย "${prefix.read}" แต่ตัวชี้วัดที่ ${n} อยู่ในแบบวัด ${tool} ไม่ใช่ ${prefix.tool} จึงนำเข้าเป็นตัวชี้วัดที่ ${n} ตามเลข กรุณาตรวจตัวชี้วัด`,
        en: `the heading starts with "${prefix.read}" but indicator ${no} is one of the ${tool}, not the ${prefix.tool}: imported as indicator ${no}, as numbered; check the indicator`,
        source: prefix.read,
      },
    ];
  }
  if (prefix.kind !== 'other') return [];
  return [
    {
      code: 'words-before-heading',
      th: `ข้อความ "${prefix.read}" อยู่ก่อนหัวข้อตัวชี้วัดที่ ${n} จึงใช้หัวข้อ "${title}" เป็นชื่อมาตรการ และเก็บ "${prefix.read}" ไว้ในหมายเหตุ หากข้อความนั้นเป็นชื่อมาตรการ ให้แก้ชื่อมาตรการ`,
      en: `the words "${prefix.read}" stand before the heading of indicator ${no}: the heading "${title}" is the measure's title and the words are kept as a note; if they are the measure's name, change the title`,
      source: prefix.read,
    },
  ];
}
