// Review 17 s26, task s26-e item 3: "รายงานผลให้ผู้บริหารทราบ เดือนสิงหาคม" (report once, in August)
// was read as monthly: "ทราบเดือน" is one slip from "รายเดือน", though its "เดือน" is August's. A month
// named after "เดือน" ("ในเดือน", "ประจำเดือน") is a one-off due that month, said to check, while
// "ทุกเดือน", "รายเดือน", "เดือนละครั้ง" stay monthly.
import { describe, expect, it } from 'vitest';
import { readFollowUpAlone } from '../support/plan-table-files.js';

const read = readFollowUpAlone;

describe('a month named after "เดือน" is a one-off due that month (FY 2567)', () => {
  it.each([
    ['รายงานผลให้ผู้บริหารทราบ เดือนสิงหาคม', '2024-08-31'],
    // neighbours: "ภายในเดือน" with a short month, "ในเดือน" with its year, a short month after
    // "ประจำเดือน", a month of the year's first quarter without its year, a two-digit year
    ['ภายในเดือน ส.ค.', '2024-08-31'],
    ['รายงานผลในเดือนสิงหาคม 2567', '2024-08-31'],
    ['สรุปรายงานประจำเดือน ส.ค. 2567', '2024-08-31'],
    ['แจ้งให้ทราบ เดือนพฤศจิกายน', '2023-11-30'],
    ['รายงานให้นายกทราบเดือนมี.ค. 67', '2024-03-31'],
  ])('"%s": once, due %s, said so', async (text, dueDate) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining('มีกำหนดส่ง')]);
  });

  it.each([
    'รายงานผลให้ผู้บริหารทราบทุกเดือน',
    'รายงานผล รายเดือน',
    'รายงานผลให้ทราบ เดือนละครั้ง',
    'รายงานผลทุกเดือน เริ่มเดือนตุลาคม',
  ])('"%s" stays monthly, unwarned', async (text) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'monthly' }]);
    expect(r.codes).not.toContain('cadence-guessed');
  });

  it('two months named after "ทราบ เดือน" are no monthly slip either: no cadence, asked', async () => {
    const r = await read('รายงานผลให้ผู้บริหารทราบ เดือนมีนาคม และสิงหาคม');
    expect(r.times).toEqual([{ cadence: 'unspecified' }]);
    expect(r.said).toEqual([]);
    expect(r.codes).toContain('unspecified-cadence');
  });

  it('a month named past the year is no cadence, said with the date (as a deadline is)', async () => {
    const r = await read('รายงานผลในเดือนสิงหาคม 2568');
    expect(r.times).toEqual([{ cadence: 'unspecified' }]);
    expect(r.codes).toContain('unspecified-cadence');
  });
});
