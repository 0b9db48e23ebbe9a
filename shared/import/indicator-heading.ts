// The first cell of a measure row: "๒. ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ๑. มาตรการ... ๒. ..."
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { editDistance, matchKey, splitItems, stripTags } from './thai-text.js';

// "ตัวชี้วัดที่" and its OCR variants: "ตัวชี้ัดที่", "ด้วยวัดที่", "ตัวชีวัดที่", with or without spaces.
const INDICATOR_LABEL = /(?:ตัว|ด้วย|ตัว\s)\s*(?:ชี้|ชี|ขี้)?\s*(?:วัด|ัด|วด)\s*ที่\s*([๐-๙0-9]{1,2})(?![๐-๙0-9])/;

export interface IndicatorHeading {
  indicator: number;
  title: string;
  subMeasures: string[];
  /** the indicator's name was not found where expected */
  nameUnrecognised: boolean;
}

export function findIndicator(text: string): { no: number; index: number; end: number } | undefined {
  const m = INDICATOR_LABEL.exec(text);
  if (!m) return undefined;
  const no = Number(fromThaiDigits(m[1]!));
  if (no < 1 || no > 10) return undefined;
  return { no, index: m.index, end: m.index + m[0].length };
}

/** How many leading words spell the indicator's catalog name (OCR-tolerant); 0 if none do. */
function nameWordCount(words: string[], catalogName: string): number {
  const target = matchKey(catalogName);
  let best = { k: 0, distance: Infinity };
  for (let k = 1; k <= Math.min(6, words.length); k++) {
    const distance = editDistance(matchKey(words.slice(0, k).join('')), target);
    if (distance < best.distance) best = { k, distance };
  }
  return best.distance <= Math.max(3, Math.floor(target.length * 0.35)) ? best.k : 0;
}

export function parseIndicatorHeading(cellHtml: string): IndicatorHeading | undefined {
  const text = stripTags(cellHtml);
  const found = findIndicator(text);
  if (!found) return undefined;
  const words = text.slice(found.end).trim().split(' ').filter(Boolean);
  const k = nameWordCount(words, catalogIndicator(found.no).nameTh);
  const name = words.slice(0, k).join('');
  const body = words.slice(k).join(' ');
  return {
    indicator: found.no,
    title: `ตัวชี้วัดที่ ${toThaiDigits(found.no)} ${name || catalogIndicator(found.no).nameTh}`,
    subMeasures: body ? splitItems(body) : [],
    nameUnrecognised: k === 0,
  };
}
