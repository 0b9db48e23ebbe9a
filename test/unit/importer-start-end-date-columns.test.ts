// Review 17 s24, S24-5: start and end date columns ("วันที่เริ่มต้น" | "วันที่สิ้นสุด", often under a
// merged "ระยะเวลาดำเนินการ") were kept as notes, so a measure worked January to June reporting every
// month owed reports for all twelve months, said nowhere. The pair is now the measure's timeframe
// ("๑ มกราคม ๒๕๖๗ - ๓๐ มิถุนายน ๒๕๖๗"), which cuts its follow-ups' months as a timeframe column does.
import { describe, expect, it } from 'vitest';
import { preview, type Preview, timeframeMonthsOf, tsv, xlsx } from '../support/plan-table-files.js';

const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567';
const I1 = 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ จัดทำประกาศ';
const I2 = 'ตัวชี้วัดที่ 2 การใช้งบประมาณ เปิดเผยงบ';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('a pair of start and end date columns is the timeframe', () => {
  it("the reviewer's sheet: วันที่เริ่มต้น | วันที่สิ้นสุด of Excel dates", async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            [TITLE],
            ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ', 'วันที่เริ่มต้น', 'วันที่สิ้นสุด'],
            [I1, 'รายงานผลทุกเดือน', 'กองคลัง', day(2024, 1, 1), day(2024, 6, 30)] as never,
            [I2, 'รายงานผลทุกเดือน', 'กองช่าง', day(2023, 10, 1), day(2024, 3, 31)] as never,
          ],
        },
      ]),
    );
    expect(timeframeMonthsOf(r)).toEqual([
      {
        timeframe: '๑ มกราคม ๒๕๖๗ - ๓๐ มิถุนายน ๒๕๖๗',
        notes: [],
        followUps: [['2024-01', '2024-06']],
      },
      { timeframe: '๑ ตุลาคม ๒๕๖๖ - ๓๑ มีนาคม ๒๕๖๗', notes: [], followUps: [[undefined, '2024-03']] },
    ]);
    expect(codes(r)).toEqual(['timeframe-months', 'timeframe-months']);
  });

  it('ระยะเวลาดำเนินการ merged over เริ่ม | เสร็จ, dates typed as text', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            [TITLE],
            ['มาตรการ/แนวทาง', 'ระยะเวลาดำเนินการ', null, 'การติดตามผล', 'ผู้รับผิดชอบ'],
            [null, 'เริ่ม', 'เสร็จ', null, null],
            [I1, '1 เม.ย. 67', '30 ก.ย. 67', 'รายงานผลทุกเดือน', 'กองคลัง'],
          ],
          merges: ['B2:C2', 'A2:A3', 'D2:D3', 'E2:E3'],
        },
      ]),
    );
    expect(timeframeMonthsOf(r)).toEqual([
      { timeframe: '1 เม.ย. 67 - 30 ก.ย. 67', notes: [], followUps: [['2024-04', undefined]] },
    ]);
    expect(codes(r)).toEqual(['timeframe-months']);
  });

  it('a text file: วันเริ่มต้น | วันสิ้นสุด; a row with its start only runs from it', async () => {
    const r = await preview(
      tsv([
        [TITLE],
        ['มาตรการ/แนวทาง', 'วันเริ่มต้น', 'วันสิ้นสุด', 'การติดตามผล', 'ผู้รับผิดชอบ'],
        [I1, '01/01/2567', '30/06/2567', 'รายงานผลทุกเดือน', 'กองคลัง'],
        [I2, '1 เมษายน 2567', '', 'รายงานผลทุกเดือน', 'กองช่าง'],
      ]),
    );
    expect(timeframeMonthsOf(r)).toEqual([
      { timeframe: '01/01/2567 - 30/06/2567', notes: [], followUps: [['2024-01', '2024-06']] },
      { timeframe: 'ตั้งแต่ 1 เมษายน 2567', notes: [], followUps: [['2024-04', undefined]] },
    ]);
    expect(codes(r)).toEqual(['timeframe-months', 'timeframe-months']);
  });

  it('the whole year in the pair changes nothing and says nothing', async () => {
    const r = await preview(
      tsv([
        [TITLE],
        ['มาตรการ/แนวทาง', 'วันที่เริ่มต้น', 'วันที่สิ้นสุด', 'การติดตามผล', 'ผู้รับผิดชอบ'],
        [I1, '1 ต.ค. 66', '30 ก.ย. 67', 'รายงานผลทุกเดือน', 'กองคลัง'],
      ]),
    );
    expect(timeframeMonthsOf(r)).toEqual([
      { timeframe: '1 ต.ค. 66 - 30 ก.ย. 67', notes: [], followUps: [[undefined, undefined]] },
    ]);
    expect(r.warnings).toEqual([]);
  });
});
