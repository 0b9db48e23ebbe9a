// Review 17 s18, S18-8: a .txt whose OCR lost a line break between two measure rows: the line held
// 8 cells under a header of 4, and the second measure was dropped with only "8 cells, but the
// header has 4". Whole rows of the header's width joined on a line are now read as those rows.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const ROW = {
  one: ['ตัวชี้วัดที่ 1', 'มาตรการหนึ่ง', 'รายงานผลทุกเดือน', 'กองคลัง'],
  two: ['ตัวชี้วัดที่ 2', 'มาตรการสอง', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
  three: ['ตัวชี้วัดที่ 3', 'มาตรการสาม', 'รายงานผลปีละครั้ง', 'สำนักปลัด'],
  twoNoIndicator: ['', 'มาตรการสอง', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
};

async function imported(lines: string[][]) {
  const text = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568', ...lines.map((l) => l.join('\t'))];
  const { document } = await readPlanFile(new TextEncoder().encode(text.join('\n')));
  return importSourceDocument(document, { orgId: 'demo', fy: 2568, units: MUNICIPAL_UNITS });
}

const titles = (plan: { measures: { title: string }[] }) => plan.measures.map((m) => m.title);

describe('measure rows joined on one text line are read as those rows, with a warning', () => {
  it('two rows on a line (the review file J-joined-rows.txt)', async () => {
    const { plan, warnings } = await imported([HEADER, ROW.one.concat(ROW.two), ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(plan.measures.map((m) => m.indicator)).toEqual([1, 2, 3]);
    expect(warnings.map((w) => w.code)).toContain('rows-joined-on-line');
    expect(warnings.map((w) => w.code)).not.toContain('unexpected-cell-count');
  });

  it('three rows on a line', async () => {
    const { plan, warnings } = await imported([HEADER, [...ROW.one, ...ROW.two, ...ROW.three]]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(warnings.filter((w) => w.code === 'rows-joined-on-line')).toHaveLength(1);
  });

  it('a joined row whose second part has no indicator is a measure of its own', async () => {
    const { plan, warnings } = await imported([HEADER, ROW.one.concat(ROW.twoNoIndicator), ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(warnings.map((w) => w.code)).toContain('rows-joined-on-line');
  });

  it('a line with a few cells past the header (not a whole row) is not split', async () => {
    const { plan, warnings } = await imported([HEADER, [...ROW.one, '', '', '', 'หมายเหตุ'], ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสาม']);
    expect(warnings.map((w) => w.code)).not.toContain('rows-joined-on-line');
  });
});
