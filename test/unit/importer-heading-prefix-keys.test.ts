// The bench's .docx of 1,000,000 "<a" in a measure cell read 6.88x the ordinary 1 MB plan (quiet
// bench, session 20): reading the cell's indicator heading keyed the words after the number as
// prefixes of one to six words, each made again from its words, so the one long word after the
// number was keyed six times (2 M letters each). A prefix key past any catalog name's reach stands
// for the longer prefixes now: the long word is keyed once. Counted work (letters keyed), no clock.
import { describe, expect, it } from 'vitest';
import { indicator } from '../../shared/domain/ita-catalog.js';
import { parseIndicatorHeading, PREFIX_KEY_WORK } from '../../shared/import/indicator-heading.js';
import { readingOnce } from '../../shared/import/read-once.js';

const read = (cell: string) => {
  const ran = new Map<string, number>();
  const heading = readingOnce(() => parseIndicatorHeading(cell), ran);
  return { heading, keyed: ran.get(PREFIX_KEY_WORK) ?? 0 };
};
const LONG = 100_000;

describe('a heading followed by one very long word keys that word once', () => {
  it('100,000 "<a" right after the number, words after it (the bench’s cell): only the long word’s start keyed (4,000 letters), not its 200,000', () => {
    const { heading, keyed } = read(`ตัวชี้วัดที่ ๔ ${'&lt;a'.repeat(LONG)} มาตรการ ป้องกัน การใช้ ทรัพย์สิน ของราชการ`);
    expect(heading?.indicator).toBe(4);
    expect(heading?.title.startsWith('<a<a')).toBe(true);
    // session 22: 200,000 (the word keyed whole once); session 21: six times that
    expect(keyed).toBeLessThanOrEqual(4_000);
  });

  it('a long word third after the number, words after it: the long word keyed once', () => {
    const { heading, keyed } = read(`ตัวชี้วัดที่ ๔ การใช้ ทรัพย์สิน ${'ก'.repeat(LONG)} x y z`);
    expect(heading?.indicator).toBe(4);
    expect(heading?.title).toContain('การใช้ ทรัพย์สิน กกก');
    expect(keyed).toBeLessThan(LONG + 100);
  });

  it('the catalog name after the number is still found, word by word, and its words are the name read', () => {
    const name = indicator(4).nameTh;
    const { heading } = read(`ตัวชี้วัดที่ ๔ ${name} มาตรการป้องกัน`);
    expect(heading).toMatchObject({ indicator: 4, nameRead: name, nameUnrecognised: false });
    expect(heading?.subMeasures).toEqual(['มาตรการป้องกัน']);
  });
});

// Session 21's quiet bench read 1 MB of a Markdown table ("| ตัวชี้วัดที่ 1 | กก | ข | ทุกเดือน | กองคลัง |")
// at 3.33x and 1 MB of heading lines ("ตัวชี้วัดที่ 1 ก") at 3.02x the ordinary input: each line's words
// after the number were keyed as prefixes of one to six words to compare with the ten catalog
// names, though a key is never longer than the ASCII and Thai letters it is made of and the names
// are 11-24 letters (their limit at most 35%): prefixes too short for a name are no longer keyed.
describe('words too short for any catalog name are not keyed', () => {
  it.each<[string, string, number]>([
    ['a Markdown row (the bench’s)', '| ตัวชี้วัดที่ 1 | กขค | ข | ทุกเดือน | กองคลัง |', 39],
    ['a heading line of one short word (the bench’s)', 'ตัวชี้วัดที่ 1 กขค', 3],
    ['six one-letter words', 'ตัวชี้วัดที่ ๔ ก ข ค ง จ ฉ', 21],
  ])('%s: fewer letters keyed than before (%s; before: %i)', (_name, cell, before) => {
    const { heading, keyed } = read(cell);
    expect(heading?.titleFromDocument).toBe(true);
    expect(keyed).toBeLessThanOrEqual(Math.floor(before / 2));
  });

  it('a name in words or with slips is still found and read as the name', () => {
    expect(read('ตัวชี้วัดที่ ๔ การใช ทรัพยสิน ของราชการ มาตรการ').heading).toMatchObject({
      indicator: 4,
      title: 'ตัวชี้วัดที่ ๔ การใชทรัพยสินของราชการ',
      subMeasures: ['มาตรการ'],
    });
    expect(read('ตัวชี้วัดที่ ๙ การเปิด เผยข้อมูล ก').heading).toMatchObject({
      indicator: 9,
      nameRead: 'การเปิด เผยข้อมูล',
      subMeasures: ['ก'],
    });
  });
});
