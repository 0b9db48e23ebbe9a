// Review 17 s26, S26-5's neighbour (verifier): a timeframe of dates written year first with slashes
// ("2024/01/01 - 2024/06/30", as Excel's ISO-like formats print) was read neither by the importer (a
// monthly follow-up ran all year, silently) nor by the copy into the next year (only the second
// date's year moved: an 18-month span, half of it last year). Now such a date is read wherever an
// ISO date is: the timeframe's months, a one-off's due date; both years move on copy (be-years-iso-dates).
import { describe, expect, it } from 'vitest';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { docx, followUpTimesOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const JAN_JUN = [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }];
const monthsSaid = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source);

describe('a timeframe of dates written year first is its months (FY 2567)', () => {
  it('"2024/01/01 - 2024/06/30" in OCR text runs January to June, said so', async () => {
    const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, '2024/01/01 - 2024/06/30')]));
    expect(followUpTimesOf(r)).toEqual([JAN_JUN]);
    expect(monthsSaid(r)).toEqual(['2024/01/01 - 2024/06/30']);
  });

  it('"2024/1/1 - 2024/6/30" in a Word table and "2567/01/01 ถึง 2567/06/30" in a sheet: the same months', async () => {
    const word = await preview(
      docx(wordParagraph(TITLE.join(' ')) + wordTable([HEADER, timeframeRow(1, '2024/1/1 - 2024/6/30')])),
    );
    expect(followUpTimesOf(word)).toEqual([JAN_JUN]);
    expect(monthsSaid(word)).toEqual(['2024/1/1 - 2024/6/30']);
    const sheet = await preview(
      await xlsx([
        { name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, timeframeRow(1, '2567/01/01 ถึง 2567/06/30')] },
      ]),
    );
    expect(followUpTimesOf(sheet)).toEqual([JAN_JUN]);
  });

  it.each([
    // day first, four- and two-digit years: read before, still read
    ['01/01/2024 - 30/06/2024'],
    ['1/1/67 - 30/6/67'],
  ])('%s: January to June', async (timeframe) => {
    const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, timeframe)]));
    expect(followUpTimesOf(r)).toEqual([JAN_JUN]);
  });

  it("a one-off's date written year first, in its own words or in the timeframe, is its due date", async () => {
    const r = await preview(
      tsv([
        TITLE,
        HEADER,
        timeframeRow(1, 'ตลอดปีงบประมาณ', 'รายงานผลต่อนายก ภายใน 2024/03/15 (ครั้งเดียว)'),
        timeframeRow(2, '2024/3/15', 'รายงานผลต่อนายก (ครั้งเดียว)'),
        timeframeRow(3, '2024/04/01 - 2024/06/30', 'รายงานผลต่อนายก (ครั้งเดียว)'),
      ]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'once', dueDate: '2024-03-15' }],
      [{ cadence: 'once', dueDate: '2024-03-15' }],
      [{ cadence: 'once', dueDate: '2024-06-30' }],
    ]);
    expect(r.warnings.map((w) => w.message_en).join('\n')).not.toMatch(/1972|19[0-9]{2}-/);
  });
});
