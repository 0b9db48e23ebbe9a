// Word's document.xml was tokenized twice per import (review 17 s23, S23-14; session 24's notes):
// a first pass found the tables that only frame others (a one-cell box) and counted the body's
// paragraphs, then the reading tokenized it all again; a table of 3,990 short rows took 3.4x the
// ordinary 1 MB input. Now each character of the XML is tokenized once, and boxes are still read
// through.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TOKENIZED_WORK } from '../../shared/import/docx-visible-tokens.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readDocumentXml } from '../../shared/import/read-docx.js';
import { wordRow } from '../support/big-plan-files.js';
import * as base from '../support/base-plan-rows.js';
import * as plans from '../support/plan-table-files.js';

const plan = () => plans.wordTable([base.HEADER, base.M4, base.M5, base.M9]);
const box = (inner: string) =>
  `<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc>${inner}<w:p/></w:tc></w:tr></w:tbl>`;
const small = plans.wordTable(
  [
    ['กิจกรรม', 'ต.ค.'],
    ['ประชุม', '✓'],
  ],
  2,
);

/** The characters tokenized while `bytes`' document.xml is read, and the XML's length. */
function tokenized(bytes: Uint8Array) {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const ran = new Map<string, number>();
  readingOnce(() => readDocumentXml(xml), ran);
  return { tokenized: ran.get(TOKENIZED_WORK), chars: xml.length };
}

describe('a Word document is tokenized once, its boxes still read through', () => {
  it.each([
    ['the plan table alone', () => plan()],
    ['the plan table in a one-cell box', () => box(plan())],
    ['a box in a box, a title paragraph in the outer one', () => box(plans.wordParagraph('แผนมาตรการ') + box(plan()))],
    ['a small table nested in a measure cell', () => plan().replace('</w:tc>', `${small}</w:tc>`)],
    [
      'the plan table going on with 300 short measure rows',
      () =>
        plan().replace(
          '</w:tbl>',
          `${Array.from({ length: 300 }, (_, i) => wordRow(`ตัวชี้วัดที่ ๔ มาตรการที่ ${i + 4}`, 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง')).join('')}</w:tbl>`,
        ),
    ],
  ])('%s: each character of document.xml tokenized once', async (_, body) => {
    const bytes = plans.docx(plans.wordParagraph('มาตรการส่งเสริมคุณธรรม') + body());
    const { tokenized: count, chars } = tokenized(bytes);
    expect(count).toBe(chars);
    // the plan's measures are read, as without a box
    const read = plans.measuresOf(await plans.preview(bytes)).slice(0, 3);
    expect(read.map((m) => [m.indicator, m.units])).toEqual(base.BASE_MEASURES.map((m) => [m.indicator, m.units]));
  });
});
