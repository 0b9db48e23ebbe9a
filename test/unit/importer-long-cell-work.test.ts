// Review 17 s18, S18-1: one Word cell of 1,000,000 "<a" (or "<", "<ก" in the units cell, "</" or
// "☐" in the follow-ups) took 5-30x the 1 MB ordinary input. The cell was stripped of its tags once
// per rule that read it (about fifteen: the header, sign-off, lone-cell, total-line, heading and
// status rules ...), each a copy of megabytes; and every reading of a follow-up cell as a tick list
// matched each of its boxes. The work counted here: the strippings made (read-once.ts) and the
// regular expression matches run, which must not grow with the cell's length.
import { describe, expect, it, vi } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { garbledThaiRepair } from '../../shared/import/text-file-encoding.js';
import { isTickListText, tickList } from '../../shared/import/tick-lists.js';
import { escapeMarkup } from '../../shared/import/xml-text.js';
import { standardDocumentWithCellText } from '../support/big-plan-files.js';

const MEASURE = 0;
const FOLLOW_UPS = 3;
const UNITS = 4;

/** The import of 05-standard.docx with `xml` added to one cell: its measures, the readings and the regex matches run. */
async function importWithCellText(column: number, xml: string) {
  const { document } = await readPlanFile(standardDocumentWithCellText(column, xml));
  const ran = new Map<string, number>();
  // every regular expression match (exec, match, matchAll, replace and split go through it once it is spied on)
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  try {
    const result = readingOnce(
      () => importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }),
      ran,
    );
    const matches = exec.mock.calls.length;
    return { measures: result.plan.measures, strippings: ran.get('strippedTags') ?? 0, matches };
  } finally {
    exec.mockRestore();
  }
}

describe('a long cell is stripped of its tags once per import, however many rules read it', () => {
  const cases: [string, number, string][] = [
    ['"<a" runs in the measure cell (S18-1)', MEASURE, '&lt;a'],
    ['"<" runs in the measure cell (S17-11)', MEASURE, '&lt;'],
    ['"<ก" runs in the units cell', UNITS, '&lt;ก'],
    ['"</" runs in the follow-up cell', FOLLOW_UPS, '&lt;/'],
  ];
  for (const [name, column, run] of cases) {
    it(`${name}: a few strippings of long texts (the cell, its parts), the same for a cell twice as long`, async () => {
      const short = await importWithCellText(column, run.repeat(2000));
      const long = await importWithCellText(column, run.repeat(4000));
      expect(short.measures).toHaveLength(3);
      expect(long.measures).toHaveLength(3);
      expect(short.strippings).toBeGreaterThan(0);
      expect(short.strippings).toBeLessThanOrEqual(3);
      expect(long.strippings).toBe(short.strippings);
    });
  }
});

describe('a follow-up cell of thousands of boxes is no tick list, and its boxes are not matched one by one', () => {
  for (const [name, box] of [
    ['"☐"', '☐'],
    ['"□"', '□'],
    ['"◻"', '◻'],
  ] as const) {
    it(`${name} x 2,000 and x 4,000: the regex matches run do not grow with the boxes`, async () => {
      const few = await importWithCellText(FOLLOW_UPS, box.repeat(2000));
      const many = await importWithCellText(FOLLOW_UPS, box.repeat(4000));
      expect(many.measures).toHaveLength(3);
      // before: each reading as a tick list matched every box (about 2 matches a box more)
      expect(many.matches - few.matches).toBeLessThan(200);
    });
  }

  it('a text of more than 100 boxes is no tick list; 100 boxes still are', () => {
    const boxes = (n: number) => `☑ รายเดือน ${'☐ รายไตรมาส '.repeat(n - 1)}`;
    expect(tickList(boxes(100))?.boxes).toBe(100);
    expect(tickList(boxes(100))?.kept).toBe('รายเดือน');
    expect(tickList(boxes(101))).toBeUndefined();
    expect(isTickListText(boxes(101))).toBe(false);
  });
});

describe('cell text is escaped as markup in one pass, as the replace per character did', () => {
  it('&, < and > become entities, other text as it is, including Thai and pairs', () => {
    expect(escapeMarkup('a & b < c > d &amp; ก😀')).toBe('a &amp; b &lt; c &gt; d &amp;amp; ก😀');
    expect(escapeMarkup('ไม่มีอักขระพิเศษ')).toBe('ไม่มีอักขระพิเศษ');
    expect(escapeMarkup('<a'.repeat(20_000))).toBe('&lt;a'.repeat(20_000));
  });
});

describe("garbled Thai is decided on a document's pieces as on their joined text", () => {
  it('UTF-8 read as code page 874, TIS-620 read as Latin-1, and ordinary Thai: the same answer', () => {
    const thai = 'มาตรการป้องกันการทุจริต '.repeat(5);
    // UTF-8 shown as code page 874 ("เธกเธฒ…"), TIS-620 shown as Latin-1 ("ÁÒµÃ¡ÒÃ")
    const garbled = new TextDecoder('windows-874').decode(new TextEncoder().encode(thai));
    const latin = String.fromCharCode(...Array.from(thai, (c) => (c === ' ' ? 0x20 : c.charCodeAt(0) - 0x0e00 + 0xa0)));
    for (const pieces of [
      [garbled, 'x', garbled],
      [latin, latin],
      [thai, 'ตัวชี้วัดที่ ๑'],
    ]) {
      const joined = garbledThaiRepair(pieces.join('\n'));
      const apart = garbledThaiRepair(pieces);
      expect(apart === undefined).toBe(joined === undefined);
      if (joined && apart) expect(apart(pieces[0]!)).toBe(joined(pieces[0]!));
    }
    expect(garbledThaiRepair([garbled, garbled])?.(garbled)).toBe(thai);
    expect(garbledThaiRepair([latin])?.(latin)).toBe(thai);
    expect(garbledThaiRepair([thai])).toBeUndefined();
  });
});
