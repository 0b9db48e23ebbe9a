// Session 21's quiet bench (issue 17's linear-time goal): the 1 MB adversarial input read 3.33x the
// 1 MB ordinary input; a third of it was its responsibility cells of 200 distinct near unit names:
// each leftover word was compared with every one of the ~900 names (units' names, variants, short
// forms, sections, positions) three times over (an abbreviation without its dot, a name written
// short, a name a few slips away), the ~80 units' own names' kinds found again by a regular
// expression each time, and a word after a unit's name with every section. The names are now
// indexed once per list. Counted here, not timed: reads of the names list.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { parseResponsibility, unitNames, type UnitNames } from '../../shared/import/responsibility.js';

const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

/** The list `names`, and how many of its entries were read. */
function counted(names: UnitNames): { list: UnitNames; reads: () => number } {
  let reads = 0;
  const list = new Proxy(names, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

const CELLS: [string, (i: number) => string, string][] = [
  ['near names of กองคลัง ("กองคลั" + a count in letters, "/" between)', (i) => `กองคลั${thaiNo(i)}`, '/'],
  ['words that start with a unit\'s kind ("สำนักงานกขคง", ", " between)', (i) => `สำนักงาน${thaiNo(i + 1000)}`, ', '],
  ['plain words ("ข้อมูล" + a count, " / " between)', (i) => `ข้อมูล${thaiNo(i)}`, ' / '],
];

describe('the words of a responsibility cell: each compared with the indexed names, not the whole list', () => {
  it.each(CELLS)('two cells of 200 distinct %s: the list is read once, and once a cell', (_name, word, between) => {
    const { list, reads } = counted(unitNames(MUNICIPAL_UNITS));
    const size = unitNames(MUNICIPAL_UNITS).length;
    for (let cell = 0; cell < 2; cell++) {
      const text = Array.from({ length: 200 }, (_, i) => word(cell * 200 + i)).join(between);
      readingOnce(() => parseResponsibility(text, MUNICIPAL_UNITS, list));
    }
    // before: 200 words x 3 searches x ~900 names a cell (over 1,000,000 reads)
    // once to index the names, once a cell for the names written whole
    expect(reads()).toBeLessThanOrEqual(size * 3);
  });

  it('what the words are read as is unchanged: a slip of a name, an abbreviation without its dot, a section after its unit', () => {
    const names = unitNames(MUNICIPAL_UNITS);
    const read = (cell: string) => {
      const { responsibility, guessed, unknown } = parseResponsibility(cell, MUNICIPAL_UNITS, names);
      return { unitIds: responsibility.unitIds, guessed, unknown };
    };
    expect(read('กองคลัด')).toEqual({
      unitIds: ['finance'],
      guessed: [{ read: 'กองคลัด', unitId: 'finance', name: 'กองคลัง' }],
      unknown: '',
    });
    expect(read('กองช่าง สป')).toEqual({
      unitIds: ['engineering', 'clerk'],
      guessed: [{ read: 'สป', unitId: 'clerk', name: 'สำนักปลัดเทศบาล', as: 'abbreviation' }],
      unknown: '',
    });
    expect(read('กองการศึกษา ศาสนาและวัฒนธรรม')).toEqual({ unitIds: ['education'], guessed: [], unknown: '' });
    expect(read('กองสาธารณสุข สิ่งแวดล้อม')).toEqual({ unitIds: ['health'], guessed: [], unknown: '' });
  });
});
