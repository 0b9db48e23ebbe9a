// Review 17 s11, S11-42: follow-ups naming no cadence were compared, stretch by stretch, with every
// cadence phrase for an OCR slip (~15x the ordinary import: 1.58 MB of them took 6.4 s). The search
// now starts from pieces of the phrases found in the text; it finds what the full comparison found.
import { describe, expect, it } from 'vitest';
import { nearCadencePhrase } from '../../shared/import/near-cadence-phrase.js';
import { editDistanceWithin, matchKey } from '../../shared/import/thai-text.js';

const PHRASES = ['ทุกเดือน', 'รายเดือน', 'ประจำเดือน', 'ทุกไตรมาส', 'รายไตรมาส', 'ประจำไตรมาส'];
const PHRASES_MORE = ['ทุก3เดือน', 'ทุกครึ่งปี', 'รายครึ่งปี', 'ทุก6เดือน', 'ประจำปี'];
const ALL = [...PHRASES, ...PHRASES_MORE];

/** The comparison of every stretch with every phrase, as it was (the reference), numbers kept apart. */
function everyStretch(key: string): string | undefined {
  const text = key.slice(0, 400);
  const swapped = (a: string, b: string) => {
    if (a.length !== b.length) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  };
  for (const phrase of ALL) {
    for (let at = 0; at + phrase.length - 1 <= text.length; at++) {
      for (const length of [phrase.length, phrase.length - 1, phrase.length + 1]) {
        const read = text.slice(at, at + length);
        if (read.length !== length || read === phrase) continue;
        // a number is no slip (S12-11: "ทุก ๔ เดือน" is not "ทุกเดือน")
        if (read.replace(/[^0-9]/g, '') !== phrase.replace(/[^0-9]/g, '')) continue;
        if (['ทุกเรือน', 'ประจำปีงบ'].includes(text.slice(at, at + 9)) || ['ทุกเรือน', 'ประจำปีงบ'].includes(read)) continue;
        if (phrase === 'ประจำปี' && text.startsWith('งบ', at + length)) continue;
        // the phrase written right beside is no slip (session 27, H-1)
        if (text.slice(Math.max(0, at - 1), at + length + 1).includes(phrase)) continue;
        if (editDistanceWithin(read, phrase, 1) <= 1 || swapped(read, phrase)) return `${phrase}|${read}`;
      }
    }
  }
  return undefined;
}

/** Every one-character slip of a phrase: changed, dropped, added, two swapped. */
function slipsOf(phrase: string): string[] {
  const slips: string[] = [];
  for (let i = 0; i < phrase.length; i++) {
    slips.push(phrase.slice(0, i) + phrase.slice(i + 1));
    slips.push(`${phrase.slice(0, i)}ฆ${phrase.slice(i + 1)}`);
    slips.push(`${phrase.slice(0, i)}ฆ${phrase.slice(i)}`);
    if (i + 1 < phrase.length) slips.push(phrase.slice(0, i) + phrase[i + 1] + phrase[i] + phrase.slice(i + 2));
  }
  return slips;
}

describe('cadence phrases one slip away, searched from anchors', () => {
  it('finds every slip of every phrase the comparison of every stretch finds, at the same place', () => {
    for (const phrase of ALL) {
      for (const slip of slipsOf(phrase)) {
        for (const text of [`รายงานผล${slip}`, `${slip}ต่อที่ประชุม`, `สรุป ${slip} ${slip}ประจำ`]) {
          const found = nearCadencePhrase(text);
          expect(found ? `${found.phrase}|${found.read}` : undefined, text).toBe(everyStretch(text));
        }
      }
    }
  });

  const plain = matchKey('รายงานผลการดำเนินงานตามมาตรการต่อที่ประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ '.repeat(6));
  const anchors = matchKey('ทุกคน รายการ ประจำสำนัก เดือนนี้ ไตรมาสแรก ครึ่งปีหลัง '.repeat(10));
  const budgetYear = matchKey('รายงานประจำปีงบประมาณ '.repeat(20));
  for (const [name, text] of [
    ['a plan follow-up naming no cadence', plain],
    ['a run of the phrases pieces out of order', anchors],
    ['a run of "ประจำปีงบประมาณ"', budgetYear],
  ] as const) {
    it(`compares fewer stretches than the text has characters for ${name} (the full search: ~13,000)`, () => {
      const work = { compared: 0 };
      expect(nearCadencePhrase(text, work), text).toBe(undefined);
      expect(everyStretch(text)).toBe(undefined);
      expect(text.length).toBeGreaterThanOrEqual(400);
      expect(work.compared).toBeLessThan(400);
    });
  }
});
