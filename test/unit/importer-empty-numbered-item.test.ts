// Session 53 (tester R): a numbered item with nothing after it ("๒.  ๓. อบรม") swallowed the next
// item's number: "๑. ประชุมชี้แจง ๒.  ๓. อบรม" read as ["ประชุมชี้แจง", "๓. อบรม"]. The spaces after
// the empty item's number now start the next item, and the empty item is none, in every numbering.
import { describe, expect, it } from 'vitest';
import { splitItems } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

describe('a numbered item left empty in a cell is dropped, and the items after it keep their numbers off', () => {
  it.each([
    ['๑. ประชุมชี้แจง ๒.  ๓. อบรม', ['ประชุมชี้แจง', 'อบรม']],
    ['1) ประชุมชี้แจง 2) 3) อบรม 4) สรุปผล', ['ประชุมชี้แจง', 'อบรม', 'สรุปผล']],
    ['(๑) ประชุมชี้แจง (๒)   (๓) อบรม', ['ประชุมชี้แจง', 'อบรม']],
    ['ข้อ ๑ ประชุมชี้แจง ข้อ ๒ ข้อ ๓ อบรม', ['ประชุมชี้แจง', 'อบรม']],
    ['๔.๑ ประชุมชี้แจง ๔.๒  ๔.๓ อบรม', ['ประชุมชี้แจง', 'อบรม']],
    ['ก. ประชุมชี้แจง ข.  ค. อบรม', ['ประชุมชี้แจง', 'อบรม']],
    ['๑. ประชุมชี้แจง ๒. อบรม ๓.', ['ประชุมชี้แจง', 'อบรม']],
  ])('"%s"', (cell, items) => {
    expect(splitItems(cell)).toEqual(items);
  });

  it('in a plan row: the methods cell gives two methods, neither starting with a number', () => {
    const { plan } = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      '๑. ประชุมชี้แจง ๒.  ๓. อบรมเจ้าหน้าที่',
      'ตลอดปี',
      'รายงานผลทุกเดือน',
      'กองคลัง',
    ]);
    expect(plan.measures[0]!.methods).toEqual(['ประชุมชี้แจง', 'อบรมเจ้าหน้าที่']);
  });
});
