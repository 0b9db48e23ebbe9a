// Reviewer faults of issue 17 in the readers' layouts: a unit cell merged over two measures was
// the first measure's only; a two-row (grouped) header lost every follow-up and unit; a date cell
// of a spreadsheet read as "Sun Oct 01 2023 00:00:00 GMT". The corpus (test/fixtures/plans,
// make-plans.ts) holds one document per layout; these tests name what the coordinator sees.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};
const fixture = (name: string) =>
  preview(new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url))));
const unitsOf = (plan: Awaited<ReturnType<typeof preview>>['plan']) =>
  Object.fromEntries(plan.measures.map((m) => [m.measureId, m.responsible.unitIds]));

describe('a unit cell merged over several measures is the unit of each of them', () => {
  it.each(['17-unit-merged-over-measures.docx', '18-unit-merged-over-measures.xlsx'])(
    "%s: กองคลัง merged down over ตัวชี้วัดที่ ๔ and ๒ is both measures' unit, with no warning",
    async (name) => {
      const { plan, warnings } = await fixture(name);
      expect(unitsOf(plan)).toEqual({ i4: ['finance'], i2: ['finance'], i9: ['engineering', 'education'] });
      expect(warnings).toEqual([]);
    },
  );

  it('a measure merged down two rows stays one measure with both follow-ups, beside a unit merged over it and the next', async () => {
    const { plan } = await fixture('19-measure-and-unit-merged.docx');
    expect(plan.measures.map((m) => [m.measureId, m.followUps.length])).toEqual([
      ['i4', 2],
      ['i2', 1],
      ['i9', 2],
    ]);
    expect(unitsOf(plan)).toEqual({ i4: ['finance'], i2: ['finance'], i9: ['engineering', 'education'] });
  });

  it('a unit merged over three rows of a spreadsheet reaches the measure whose own cell is merged too', async () => {
    const { plan } = await fixture('20-unit-merged-over-three.xlsx');
    expect(unitsOf(plan)).toEqual({
      i4: ['engineering', 'education'],
      i2: ['engineering', 'education'],
      i9: ['engineering', 'education'],
    });
    expect(plan.measures.find((m) => m.measureId === 'i9')?.followUps.map((f) => f.cadence)).toEqual([
      'april-september',
      'annual',
    ]);
  });
});

describe('a two-row header (labels grouped under one) names every column', () => {
  it.each(['13-grouped-header.docx', '14-grouped-header.xlsx'])(
    '%s: follow-ups and units under "การดำเนินการ" are read, with no orphan row',
    async (name) => {
      const { plan, warnings } = await fixture(name);
      expect(plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual([
        ['monthly', 'semiannual'],
        ['quarterly'],
        ['april-september', 'annual'],
      ]);
      expect(unitsOf(plan)).toEqual({ i4: ['finance'], i5: ['clerk'], i9: ['engineering', 'education'] });
      expect(warnings).toEqual([]);
    },
  );

  it('a top row that is no header alone (one label over four columns) still makes the header with the row under it', async () => {
    const { plan } = await fixture('15-grouped-header-over-four.docx');
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    expect(plan.measures[0]!.methods).toHaveLength(2);
    expect(plan.measures[0]!.notes).toEqual([
      { label: 'งบประมาณ / ปี ๒๕๖๗', text: '๕,๐๐๐' },
      { label: 'งบประมาณ / ปี ๒๕๖๘', text: '๖,๐๐๐' },
    ]);
    expect(plan.title).toContain('มาตรการส่งเสริมคุณธรรม');
  });

  it('sub-labels under a grouped label are kept as notes named by both labels', async () => {
    const { plan } = await fixture('16-grouped-budget.xlsx');
    expect(plan.measures[1]!.notes).toEqual([
      { label: 'งบประมาณ / ปี ๒๕๖๗', text: '๑๐,๐๐๐' },
      { label: 'งบประมาณ / ปี ๒๕๖๘', text: '-' },
    ]);
  });
});

describe('spreadsheet cells that are no text', () => {
  const sheet = async (cells: ExcelJS.CellValue[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.addRow(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ']);
    ws.addRow(cells);
    return preview(new Uint8Array(await wb.xlsx.writeBuffer()));
  };

  it('a date cell in the timeframe column reads as a Thai date with its BE year', async () => {
    const { plan } = await sheet([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'วิธี',
      new Date('2023-10-01'),
      'รายงานทุกเดือน',
      'กองคลัง',
    ]);
    expect(plan.measures[0]!.timeframe).toBe('๑ ตุลาคม ๒๕๖๖');
  });

  it('an error value (#N/A) and a TRUE cell are no plan text; a hyperlink cell reads as its text', async () => {
    const { plan } = await sheet([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      { error: '#N/A' },
      true,
      'รายงานทุกเดือน',
      { text: 'กองคลัง', hyperlink: 'https://example.org/' },
    ]);
    expect(plan.measures[0]!.methods).toEqual([]);
    expect(plan.measures[0]!.timeframe).toBe('');
    expect(plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
  });
});

describe('a PDF saved from Word or LibreOffice is read from its ruled table', () => {
  const shape = (plan: Awaited<ReturnType<typeof preview>>['plan']) =>
    plan.measures.map((m) => [m.measureId, m.methods.length, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

  it('cells centred up and down (a follow-up above its measure heading) keep every measure, follow-up and unit', async () => {
    const { plan, warnings } = await fixture('26-reviewer-simple-centred.pdf');
    expect(shape(plan)).toEqual([
      ['i4', 2, ['monthly', 'semiannual'], ['finance']],
      ['i2', 1, ['quarterly'], ['finance']],
      ['i9', 1, ['april-september', 'annual'], ['engineering', 'education']],
    ]);
    expect(warnings).toEqual([]);
  });

  it.each(['21-grouped-header-centred.pdf', '24-long-grouped-header-centred.pdf'])(
    '%s: a grouped two-row header still names the follow-up and unit columns',
    async (name) => {
      const { plan } = await fixture(name);
      expect(plan.measures.every((m) => m.followUps.length > 0 && m.responsible.unitIds.length > 0)).toBe(true);
    },
  );

  it.each(['22-unit-merged-centred.pdf', '25-measure-and-unit-merged.pdf'])(
    "%s: a unit cell merged over two measures (no rule between them) is both measures' unit",
    async (name) => {
      const { plan, warnings } = await fixture(name);
      expect(unitsOf(plan)).toEqual({ i4: ['finance'], i2: ['finance'], i9: ['engineering', 'education'] });
      expect(plan.measures.map((m) => m.followUps.length)).toEqual([2, 1, 2]);
      expect(warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
    },
  );

  it.each([
    '23-long-repeated-header.pdf',
    '24-long-grouped-header-centred.pdf',
    '27-reviewer-long-landscape.pdf',
    '28-reviewer-long-from-html.pdf',
  ])('%s: ten measures over pages, rows split at page ends joined back, each with its six steps', async (name) => {
    const { plan } = await fixture(name);
    expect(plan.measures.map((m) => m.indicator)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.measures.map((m) => m.methods.length)).toEqual(Array(10).fill(6));
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual(
      plan.measures.map((_, i) => [i % 2 ? 'finance' : 'engineering']),
    );
  });

  it('letters the PDF font does not map are warned about, Thai first, naming the page', async () => {
    const { warnings } = await fixture('28-reviewer-long-from-html.pdf');
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'pdf-unreadable-characters',
        where: { page: 2 },
        message_th: expect.stringMatching(/^หน้า 2: มีตัวอักษร ๒ ตัวที่อ่านไม่ได้/),
        message_en: expect.stringMatching(/^page 2: 2 characters cannot be read/),
      }),
    );
  });
});
