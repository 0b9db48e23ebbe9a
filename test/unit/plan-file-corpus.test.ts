// The plan-import corpus (test/fixtures/plans, written by make-plans.ts): every team-written plan,
// as .txt, .docx, .xlsx or .pdf, imports to its expected plan.
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const dir = new URL('../fixtures/plans/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(txt|docx|xlsx|pdf)$/.test(f));

describe('the plan-import corpus', () => {
  it('covers at least 12 documents in all four formats', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(new Set(files.map((f) => f.split('.').pop()))).toEqual(new Set(['txt', 'docx', 'xlsx', 'pdf']));
  });

  for (const file of files) {
    it(`reads ${file} into its expected title and measures: indicator, cadences, units and notes`, async () => {
      const expected = JSON.parse(readFileSync(new URL(`${file}.expected.json`, dir), 'utf8'));
      const { document } = await readPlanFile(new Uint8Array(readFileSync(new URL(file, dir))));
      const { plan, warnings } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
      const got = plan.measures.map((m) => ({
        indicator: m.indicator,
        cadences: m.followUps.map((f) => f.cadence),
        unitIds: m.responsible.unitIds,
        allUnits: m.responsible.allUnits,
        ...(m.notes?.length ? { notes: m.notes.map((n) => n.label) } : {}),
      }));
      expect(got).toEqual(expected.measures);
      // the plan's own title, not a cover page's lines joined
      if (expected.title !== undefined) expect(plan.title).toBe(expected.title);
      // a layout that must read cleanly (merged cells, grouped headers): exactly these warnings
      if (expected.warnings) expect(warnings.map((w) => w.code)).toEqual(expected.warnings);
      expect(warnings.map((w) => w.code)).not.toContain('fiscal-year-differs');
      for (const m of plan.measures.filter((x) => x.indicator === null)) {
        expect(warnings).toContainEqual(
          expect.objectContaining({ code: 'no-indicator', source: expect.stringContaining(m.title) }),
        );
      }
    });
  }

  it('names the measure (and follow-up) each warning is about, so the page shows it beside that measure', async () => {
    const read = async (file: string) => {
      const { document } = await readPlanFile(new Uint8Array(readFileSync(new URL(file, dir))));
      return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
    };
    const unnamed = await read('07-measure-without-indicator.docx');
    expect(unnamed.warnings).toContainEqual(expect.objectContaining({ code: 'no-indicator', measureId: 'm2' }));
    expect(unnamed.plan.measures.map((m) => m.measureId)).toContain('m2');
    const guessed = await read('08-unit-aliases.docx');
    expect(guessed.warnings).toContainEqual(expect.objectContaining({ code: 'unit-guessed', measureId: 'i4' }));
    const text = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tวิธี\tตลอดปี\t๑. รายงานผล ๒. รายงานทุกเดือน\tกองคลัง';
    const header = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
    const { warnings } = importSourceDocument(
      {
        blocks: [header, text].map((line, i) => ({
          kind: 'row' as const,
          cells: line.split('\t'),
          where: { line: i + 1 },
        })),
      },
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unspecified-cadence', measureId: 'i4', followUpNo: 1, source: 'รายงานผล' }),
    );
  });
});

describe('a zip that unpacks to far more than it weighs (a zip bomb)', () => {
  const bomb = (parts: Record<string, number>) =>
    zipSync(Object.fromEntries(Object.entries(parts).map(([name, size]) => [name, new Uint8Array(size)])), {
      level: 9,
    });

  it.each([
    ['a .docx whose document.xml unpacks to 60 MB', { 'word/document.xml': 60 * 1024 * 1024 }],
    ['a .xlsx whose parts unpack to 60 MB together', { 'xl/workbook.xml': 100, 'xl/sheet1.xml': 60 * 1024 * 1024 }],
    [
      'a .docx with 30 parts of 2 MB beside a small document.xml',
      {
        'word/document.xml': 10,
        ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`word/media/p${i}.bin`, 2 * 1024 * 1024])),
      },
    ],
  ])('%s is refused in Thai before it is unpacked', async (_name, parts) => {
    const bytes = bomb(parts);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const refused = await readPlanFile(bytes).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message_th).toContain('ใหญ่เกิน ๕๐ MB');
  });

  it('an ordinary .docx of the corpus still reads', async () => {
    const doc = await readPlanFile(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));
    expect(doc.kind).toBe('docx');
  });
});
