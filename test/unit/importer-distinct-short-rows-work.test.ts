// Session 23 (issue 17's linear-time goal): 1 MB of short rows each different ("ก0", "ก1", … and four
// empty cells, 66,000 rows) after a plan took ~14x the 1 MB ordinary input (session 22 found it):
// the readings cached by text and the repeated rows read once (plain-rows.ts) do not apply when no
// row repeats, and every row past the 500 measures was still read whole: each cell as a header
// label (columnOf), the lone cell as an indicator heading and as a unit row, each row kept as a
// plain row never asked for again. A text with too few letters for any wording (fewLetters: under
// 3 non-ASCII characters, no ASCII letter, no "&") is now read by none of those readings, and plain
// rows are remembered up to a bound. Counted here, not timed: the readings made (readingOnce's ran).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf, fallbackRole } from '../../shared/import/column-names.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { MAX_REMEMBERED } from '../../shared/import/plain-rows.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { isSectionHeading, isTotalRow } from '../../shared/import/table-row-kinds.js';
import { fewLetters } from '../../shared/import/thai-text.js';

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const M4 = 'ตัวชี้วัดที่ ๔ มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง';

/** The import of `rows` after a one-measure plan, and the readings it made, by name. */
async function imported(rows: readonly string[]) {
  const { document } = await readPlanFile(new TextEncoder().encode([HEADER, M4, ...rows].join('\n')));
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { ...result, ran: (name: string) => ran.get(name) ?? 0 };
}

describe('distinct short rows: read by no wording, whatever their number', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['two letters and a count ("กข12")', (i) => `กข${i}\t\t\t\t`],
    ['a letter, a space and a count, a dash and the count under the follow-ups ("ข 12")', (i) => `ข ${i}\t\t\t-${i}\t`],
  ])('1,000 and 3,000 rows of %s: the rows past the 500 measures read by no wording', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported(rows(1000));
    const large = await imported(rows(3000));
    // before: each distinct cell read as a header label and each lone cell as a heading, 2,000
    // more rows 2,000 more readings; now the rows past the cap add none
    expect(large.ran('columnOf')).toBe(small.ran('columnOf'));
    expect(large.ran('frozenHeading')).toBe(small.ran('frozenHeading'));
    expect(large.ran('plain rows remembered')).toBeLessThanOrEqual(MAX_REMEMBERED);
    // the plan reads as before: M4 and the rows, the first 500 kept, the others counted
    const { plan, warnings } = large;
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[0]!.indicator).toBe(4);
    expect(plan.measures[1]!.title).toBe(rows(1)[0]!.split('\t')[0]);
    const dropped = warnings.find((w) => w.code === 'measures-dropped');
    expect(dropped?.message_en).toContain('has 3001 measure rows');
  });

  it('rows that name a unit or a heading with few letters are still read as such', async () => {
    // "สป." is สำนักปลัดเทศบาล's alias (a unit row over the measures under it), "รวม" a total row
    const { plan, warnings } = await imported(['สป.\t\t\t\t', 'ก1\tจัดทำ\tตลอดปี\tรายงานผลทุกเดือน\t', 'รวม\t\t\t\t']);
    expect(plan.measures.map((m) => [m.title, m.responsible.unitIds])).toEqual([
      [expect.stringContaining('มาตรการป้องกัน'), ['finance']],
      ['ก1', ['clerk']],
    ]);
    expect(warnings.find((w) => w.code === 'heading-row-skipped')?.source).toBe('รวม');
  });
});

describe('fewLetters: a text it accepts is no column label, heading, section or total', () => {
  const thai = Array.from({ length: 0x0e5b - 0x0e01 + 1 }, (_, i) => String.fromCharCode(0x0e01 + i));
  const texts = [
    ...thai.flatMap((a) => thai.map((b) => `${a}${b}`)),
    ...thai.map((a) => `${a}1`),
    ...thai.map((a) => `(${a}) 12.`),
    '12',
    '-',
  ];

  it('every text of two Thai characters or fewer (8,281 pairs and more) reads as none of them', () => {
    const named = texts.filter((t) => {
      expect(fewLetters(t)).toBe(true);
      return (
        columnOf(t).role !== 'note' ||
        fallbackRole(t) !== undefined ||
        parseIndicatorHeading(t) !== undefined ||
        isSectionHeading(t) ||
        isTotalRow(t)
      );
    });
    expect(named).toEqual([]);
  });

  it('three Thai letters, an ASCII letter or an entity are read: "ที่", "รวม", "No.", "&#3585;"', () => {
    for (const t of ['ที่', 'รวม', 'กอง', 'No.', 'total', '&#3585;', 'ก\u0e4d\u0e32']) expect(fewLetters(t)).toBe(false);
    expect(columnOf('ที่').role).toBe('number');
    expect(isTotalRow('รวม')).toBe(true);
  });
});
