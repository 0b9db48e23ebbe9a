// Review 17 s23, S23-4: a workbook of one sheet per unit ("สำนักปลัด", "กองคลัง", "กองช่าง"), each a
// plan table without a ผู้รับผิดชอบ column (the sheet is the unit), imported its measures without
// units, or none at all when the header was one known column short of a plan's (the message then
// said the header had no measure column). S23-5: the same measure on two unit sheets was imported
// twice, silently.
import { describe, expect, it } from 'vitest';
import { HEADER, M9 } from '../support/base-plan-rows.js';
import { preview, type Preview, xlsx } from '../support/plan-table-files.js';

/** A unit sheet's header: no units column. */
const UNIT_HEADER = ['ตัวชี้วัด', 'มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล'];
const I5 = ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', 'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'เผยแพร่บนเว็บไซต์', 'ตลอดปี'];
const I4 = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี'];
const I9 = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'มาตรการปรับปรุงเว็บไซต์', 'ปรับปรุงข้อมูล', 'ตลอดปี'];
const row = (m: readonly string[], ...followUps: string[]) => [...m, followUps.join('\n')];
const sheet = (name: string, ...rows: (readonly string[])[]) => ({ name, rows: [UNIT_HEADER, ...rows] });

const units = (r: Preview) => r.plan.measures.map((m) => m.responsible.unitIds);
const leads = (r: Preview) => r.plan.measures.map((m) => m.responsible.leadUnitId);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('a measure on a unit sheet without a units column is its sheet’s unit’s (S23-4)', () => {
  it('a measure on the กองคลัง sheet is กองคลัง’s, its lead, and the coordinator is told once', async () => {
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I5, 'รายงานผู้บริหารทุกไตรมาส')),
        sheet('กองคลัง', row(I4, 'รายงานทุกเดือน')),
        sheet('กองช่าง', row(I9, 'สรุปผลประจำปี')),
      ]),
    );
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([5, 4, 9]);
    expect(units(result)).toEqual([['clerk'], ['finance'], ['engineering']]);
    expect(leads(result)).toEqual(['clerk', 'finance', 'engineering']);
    expect(codes(result)).not.toContain('no-responsible-column');
    expect(codes(result)).not.toContain('no-responsible-unit');
    expect(codes(result)).not.toContain('cannot-save');
    const told = result.warnings.filter((w) => w.code === 'units-from-sheet-names');
    expect(told).toHaveLength(1);
    expect(told[0]!.message_th).toContain('"สำนักปลัด" (สำนักปลัดเทศบาล), "กองคลัง", "กองช่าง"');
  });

  it('a header one known column short of a plan’s (the units are the sheet) is read, not “no measure column”', async () => {
    const short = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'งบประมาณ'];
    const rowOf = (m: readonly string[], followUp: string) => [m[0]!, m[1]!, followUp, '-'];
    const result = await preview(
      await xlsx([
        { name: 'สำนักปลัด', rows: [short, rowOf(I5, 'รายงานทุกไตรมาส')] },
        { name: 'กองคลัง', rows: [short, rowOf(I4, 'รายงานทุกเดือน')] },
      ]),
    );
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([5, 4]);
    expect(units(result)).toEqual([['clerk'], ['finance']]);
    expect(codes(result)).not.toContain('header-unrecognised');
    expect(codes(result)).not.toContain('no-measures');
  });

  it.each([
    ['กองคลัง (งานพัสดุ)', 'finance'],
    ['สป.', 'clerk'],
    ['1.สำนักปลัด', 'clerk'],
    ['๒. กองช่าง', 'engineering'],
    ['ส่วนการคลัง', 'finance'],
  ])('a sheet named "%s" (a prefix, an abbreviation, a variant) is %s’s', async (name, unitId) => {
    const result = await preview(
      await xlsx([sheet('กองการศึกษา', row(I5, 'รายงานทุกไตรมาส')), sheet(name, row(I4, 'รายงานทุกเดือน'))]),
    );
    expect(units(result)).toEqual([['education'], [unitId]]);
    expect(leads(result)).toEqual(['education', unitId]);
  });

  it('a unit sheet whose header is repeated (printed pages) reads each measure once, with its unit', async () => {
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I5, 'รายงานทุกไตรมาส'), UNIT_HEADER, row(I9, 'สรุปผลประจำปี')),
        sheet('กองคลัง', row(I4, 'รายงานทุกเดือน'), UNIT_HEADER),
      ]),
    );
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([5, 9, 4]);
    expect(units(result)).toEqual([['clerk'], ['clerk'], ['finance']]);
  });

  it('unit sheets after the first without a header are read with the first one’s, each said', async () => {
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I5, 'รายงานทุกไตรมาส')),
        { name: 'กองคลัง', rows: [row(I4, 'รายงานทุกเดือน')] },
        { name: 'กองช่าง', rows: [row(I9, 'สรุปผลประจำปี')] },
      ]),
    );
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([5, 4, 9]);
    expect(units(result)).toEqual([['clerk'], ['finance'], ['engineering']]);
    expect(result.plan.measures.map((m) => m.followUps[0]!.cadence)).toEqual(['quarterly', 'monthly', 'annual']);
    const assumed = result.warnings.filter((w) => w.code === 'header-assumed');
    expect(assumed.map((w) => w.where.sheet)).toEqual(['กองคลัง', 'กองช่าง']);
    expect(assumed[0]!.message_th).toContain('แผ่นงาน "สำนักปลัด"');
    expect(codes(result)).not.toContain('table-not-read');
  });

  it('a sheet named no unit ("Sheet1", "สรุป") keeps its measures without units, said as before', async () => {
    const result = await preview(
      await xlsx([sheet('Sheet1', row(I5, 'รายงานทุกไตรมาส')), sheet('สรุป', row(I4, 'รายงานทุกเดือน'))]),
    );
    expect(units(result)).toEqual([[], []]);
    expect(leads(result)).toEqual([undefined, undefined]);
    expect(codes(result)).toContain('no-responsible-column');
    expect(codes(result)).not.toContain('units-from-sheet-names');
  });

  it('a unit sheet repeating the measures of a plan sheet with a units column is still a summary, not read', async () => {
    const plan = [...row(I4, 'รายงานทุกเดือน'), 'กองช่าง'];
    const result = await preview(
      await xlsx([
        { name: 'แผน', rows: [[...UNIT_HEADER, 'ผู้รับผิดชอบ'], plan] },
        sheet('กองคลัง', row(I4, 'รายงานทุกเดือน')),
      ]),
    );
    expect(units(result)).toEqual([['engineering']]);
    expect(codes(result)).toContain('table-not-read');
    expect(codes(result)).not.toContain('measure-joined');
  });

  it('a unit sheet with a units column keeps its column', async () => {
    const result = await preview(await xlsx([{ name: 'กองคลัง', rows: [HEADER, M9] }]));
    expect(units(result)).toEqual([['engineering', 'education']]);
    expect(leads(result)).toEqual([undefined]);
    expect(codes(result)).not.toContain('units-from-sheet-names');
  });
});

describe('a header-like row that is no header says what it lacks (S23-4)', () => {
  it('with its measure column, one known column short: the columns it has, not “no measure column”', async () => {
    const short = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'งบประมาณ'];
    const result = await preview(
      await xlsx([{ name: 'Sheet1', rows: [short, [I5[0]!, I5[1]!, 'รายงานทุกเดือน', '-']] }]),
    );
    const said = result.warnings.find((w) => w.code === 'header-unrecognised')!;
    expect(said.message_en).toContain('besides its measure column has only follow-ups');
    expect(said.message_en).not.toContain('no measure column');
    expect(said.message_th).toContain('มีคอลัมน์มาตรการ ส่วนคอลัมน์อื่นที่รู้จักมีเพียง การติดตามผล');
  });

  it('without a measure column: says it has none', async () => {
    const labels = ['ลำดับ', 'ระยะเวลา', 'การติดตามผล', 'หมายเหตุ'];
    const result = await preview(await xlsx([{ name: 'Sheet1', rows: [labels, ['1', 'ตลอดปี', 'รายงานทุกเดือน', '-']] }]));
    const said = result.warnings.find((w) => w.code === 'header-unrecognised')!;
    expect(said.message_en).toContain('has no measure column');
    expect(said.message_th).toContain('ไม่พบคอลัมน์มาตรการ');
  });
});

describe('the same measure on two unit sheets is one measure of both units (S23-5)', () => {
  it('joined: both sheets’ units, the first the lead, the same follow-up once, said naming both sheets', async () => {
    const result = await preview(
      await xlsx([sheet('สำนักปลัด', row(I4, 'รายงานทุกเดือน')), sheet('กองคลัง', row(I4, 'รายงานทุกเดือน'))]),
    );
    expect(result.plan.measures).toHaveLength(1);
    const [m] = result.plan.measures;
    expect(m!.responsible.unitIds).toEqual(['clerk', 'finance']);
    expect(m!.responsible.leadUnitId).toBe('clerk');
    expect(m!.followUps.map((f) => [f.text, f.cadence, f.unitIds])).toEqual([['รายงานทุกเดือน', 'monthly', undefined]]);
    const joined = result.warnings.filter((w) => w.code === 'measure-joined');
    expect(joined).toHaveLength(1);
    expect(joined[0]!.measureId).toBe(m!.measureId);
    expect(joined[0]!.where.sheet).toBe('กองคลัง');
    expect(joined[0]!.message_th).toContain('"สำนักปลัด" และ "กองคลัง"');
    expect(codes(result)).not.toContain('measure-repeated');
  });

  it('follow-ups that differ are each their own sheet’s unit’s; a warning on the joined one follows it', async () => {
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I4, 'รายงานทุกเดือน', 'สรุปผลประจำปี')),
        sheet('กองคลัง', row(I4, 'รายงานทุกเดือน', 'รายงานผลให้ผู้บริหารทราบ')),
      ]),
    );
    expect(result.plan.measures).toHaveLength(1);
    const [m] = result.plan.measures;
    expect(m!.followUps.map((f) => [f.followUpNo, f.cadence, f.unitIds])).toEqual([
      [1, 'monthly', undefined],
      [2, 'annual', ['clerk']],
      [3, 'unspecified', ['finance']],
    ]);
    const unspecified = result.warnings.filter((w) => w.code === 'unspecified-cadence');
    expect(unspecified.map((w) => [w.measureId, w.followUpNo])).toEqual([[m!.measureId, 3]]);
  });

  it('on three sheets: one measure of the three units, the second join naming all three sheets', async () => {
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I4, 'รายงานทุกเดือน'), row(I5, 'รายงานทุกไตรมาส')),
        sheet('กองคลัง', row(I4, 'รายงานทุกเดือน')),
        sheet('กองช่าง', row(I4, 'รายงานทุกเดือน'), row(I9, 'สรุปผลประจำปี')),
      ]),
    );
    expect(result.plan.measures.map((m) => [m.indicator, m.order])).toEqual([
      [4, 1],
      [5, 2],
      [9, 3],
    ]);
    expect(units(result)).toEqual([['clerk', 'finance', 'engineering'], ['clerk'], ['engineering']]);
    const joined = result.warnings.filter((w) => w.code === 'measure-joined');
    expect(joined.map((w) => w.where.sheet)).toEqual(['กองคลัง', 'กองช่าง']);
    expect(joined[1]!.message_th).toContain('"สำนักปลัด" และ "กองคลัง" และ "กองช่าง"');
  });

  it('the same measure twice on one unit sheet stays two, warned as a repeat (S22-6)', async () => {
    const result = await preview(await xlsx([sheet('กองคลัง', row(I4, 'รายงานทุกเดือน'), row(I4, 'รายงานทุกเดือน'))]));
    expect(result.plan.measures).toHaveLength(2);
    expect(codes(result)).toContain('measure-repeated');
    expect(codes(result)).not.toContain('measure-joined');
  });

  it('the same title under another indicator, or another title, is not joined', async () => {
    const otherIndicator = ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', ...I4.slice(1)];
    const result = await preview(
      await xlsx([
        sheet('สำนักปลัด', row(I4, 'รายงานทุกเดือน')),
        sheet('กองคลัง', row(otherIndicator, 'รายงานทุกเดือน'), row(I9, 'รายงานทุกเดือน')),
      ]),
    );
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(codes(result)).not.toContain('measure-joined');
  });
});
