import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { OTHER_NOTES } from '../../shared/documents/plan-note-columns.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedPlanDocument, SEED_ORG, SEED_UNITS, storedSeedPlan } from '../support/seed-annual-report.js';

type Notes = { label: string; text: string }[];

/** The seed plan with `notes[i]` on its i-th measure. */
const seedWithNotes = (notes: (Notes | undefined)[]) => {
  const plan = storedSeedPlan();
  return { ...plan, measures: plan.measures.map((m, i) => (notes[i] ? { ...m, notes: notes[i] } : m)) };
};

async function notesBack(bytes: Uint8Array): Promise<Notes[]> {
  const { document } = await readPlanFile(bytes);
  const result = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
  expect(result.plan.measures).toHaveLength(7);
  return result.plan.measures.map((m) => m.notes ?? []);
}

const budget = (text: string): Notes => [{ label: 'งบประมาณ', text }];

describe("the plan document prints each measure's notes, and they import back as notes (review 17 s11, S11-36)", () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`a budget column (every measure) comes back from the ${format.toUpperCase()}`, async () => {
      const notes = Array.from({ length: 7 }, (_, i) => budget(`๒๐,๐๐${i} บาท`));
      const files = await renderSeedPlanDocument(seedWithNotes(notes));
      expect(await notesBack(files[format])).toEqual(notes);
    }, 60_000);

    it(`two labels on some measures only, one of two lines, come back from the ${format.toUpperCase()}`, async () => {
      const notes: (Notes | undefined)[] = [
        budget('๕๐,๐๐๐ บาท'),
        undefined,
        [{ label: 'ตัวชี้วัดความสำเร็จ', text: 'ร้อยละ ๘๐ ของประชาชน\nพึงพอใจ' }],
        undefined,
        [...budget('ไม่ใช้งบประมาณ'), { label: 'ตัวชี้วัดความสำเร็จ', text: 'ครบ ๑๒ เดือน' }],
      ];
      const files = await renderSeedPlanDocument(seedWithNotes(notes));
      const back = await notesBack(files[format]);
      expect(back[0]).toEqual(notes[0]);
      expect(back[1]).toEqual([]);
      expect(back[2]![0]!.label).toBe('ตัวชี้วัดความสำเร็จ');
      // a cell's lines are read back as one text (the PDF's Thai line joined without a space)
      expect(back[2]![0]!.text.replace(/\s+/g, '')).toBe('ร้อยละ๘๐ของประชาชนพึงพอใจ');
      expect(back[4]).toEqual(notes[4]);
    }, 60_000);
  }

  it('more labels than note columns: the rest share the last column, each "label: text", and nothing is lost', async () => {
    const many: Notes = ['งบประมาณ', 'เป้าหมาย', 'ผลผลิต', 'ผลลัพธ์', 'ปัญหาอุปสรรค'].map((label, i) => ({
      label,
      text: `ข้อความที่ ${i + 1}`,
    }));
    const plan = seedWithNotes([many]);
    const model = buildPlanDocument({ org: SEED_ORG, units: SEED_UNITS, plan });
    expect(model.noteColumns).toEqual(['งบประมาณ', 'เป้าหมาย', OTHER_NOTES]);
    const back = await notesBack((await renderSeedPlanDocument(plan)).docx);
    expect(back[0]).toEqual([
      many[0],
      many[1],
      { label: OTHER_NOTES, text: 'ผลผลิต: ข้อความที่ 3 ผลลัพธ์: ข้อความที่ 4 ปัญหาอุปสรรค: ข้อความที่ 5' },
    ]);
  }, 60_000);
});
