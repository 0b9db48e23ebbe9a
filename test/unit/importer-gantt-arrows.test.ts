// Review 17 s23, S23-7's lows: a Gantt timeframe drawn with arrows or lines instead of marks. A Word
// cell merged across months (gridSpan) holding an arrow counted for its first month only; an arrow
// typed from one month's cell to another's ("<----" … "---->", "←" … "→") counted for its ends only;
// a long arrow ("<------>", "◄────►") was words, not a mark. The months an arrow spans are the
// timeframe's months, as marks in each would be.
import { describe, expect, it } from 'vitest';
import { M5, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, wordParagraph, wordTable, type WordCell } from '../support/plan-table-files.js';

const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', { text: 'ระยะเวลา', span: 12 }, 'การติดตามผล', 'ผู้รับผิดชอบ'];
const SUB = ['', '', ...MONTHS, '', ''];
/** M5 with its timeframe as month cells */
const ganttRow = (marks: readonly (string | WordCell)[]) => [M5[0]!, M5[1]!, ...marks, M5[3]!, M5[4]!];
const cells = (at: Record<number, string>) => MONTHS.map((_, i) => at[i] ?? '');

const timeframes = (r: Preview) => r.plan.measures.map((m) => m.timeframe);
const read = async (...rows: (string | WordCell)[][]) =>
  preview(docx(TITLE.map(wordParagraph).join('') + wordTable([HEADER, SUB, ...rows.map(ganttRow)], 16)));

describe('an arrow or a line across month columns marks the months it spans', () => {
  it('a cell merged over January to March holding an arrow: January to March', async () => {
    const r = await read([...cells({}).slice(0, 3), { text: '←→', span: 3 }, ...cells({}).slice(6)]);
    expect(timeframes(r)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗']);
  });

  it('a merged cell of a long line with heads ("◄────►") over April to September', async () => {
    const r = await read([...cells({}).slice(0, 6), { text: '◄────────►', span: 6 }]);
    expect(timeframes(r)).toEqual(['เม.ย. ๒๕๖๗ - ก.ย. ๒๕๖๗']);
  });

  it('an arrow typed from one cell to another: the months between too', async () => {
    const r = await read(cells({ 0: '<-----', 3: '----->' }), cells({ 6: '←', 8: '→' }));
    expect(timeframes(r)).toEqual(['ต.ค. ๒๕๖๖ - ม.ค. ๒๕๖๗', 'เม.ย. ๒๕๖๗ - มิ.ย. ๒๕๖๗']);
  });

  it('a long arrow in one cell is a mark of its month, not words', async () => {
    const r = await read(cells({ 3: '<------>', 4: '<------>' }));
    expect(timeframes(r)).toEqual(['ม.ค. ๒๕๖๗ - ก.พ. ๒๕๖๗']);
  });

  it('words merged over months: the months, the words once', async () => {
    const r = await read([...cells({}).slice(0, 3), { text: 'จัดประชุม', span: 2 }, ...cells({}).slice(5)]);
    expect(timeframes(r)).toEqual(['ม.ค. ๒๕๖๗ - ก.พ. ๒๕๖๗; ม.ค. ๒๕๖๗: จัดประชุม']);
  });
});
