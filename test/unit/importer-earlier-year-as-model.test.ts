// Tester s42 F8: the real FY2566 document confirmed as FY2570's plan kept "พ.ศ. ๒๕๖๖" in its title
// (retyped by hand), and a one-off "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖" read in FY2570 had no due date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';

const DOCUMENT = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');

/** The document with its first measure's follow-up cell (the 4th) replaced by `followUp`. */
function withFirstFollowUp(followUp: string): string {
  const lines = DOCUMENT.split('\n');
  const i = lines.findIndex((l) => l.startsWith('๑. ตัวชี้วัดที่'));
  const cells = lines[i]!.split('\t');
  cells[3] = followUp;
  lines[i] = cells.join('\t');
  return lines.join('\n');
}

const read = (text: string, fy: number, moveEarlierYears: boolean) =>
  importPlanDraft(text, { orgId: 'o', fy, units: [], reader: 'cli', moveEarlierYears }, undefined);

describe("an earlier year's document imported as this year's model moves its years", () => {
  it('the real FY2566 document as FY2570: the title names ๒๕๗๐ and the move is warned to check', () => {
    const result = read(DOCUMENT, 2570, true);
    expect(result.plan.fy).toBe(2570);
    expect(result.plan.title).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๗๐');
    expect(result.plan.title).not.toContain('๒๕๖๖');
    expect(result.warnings.map((w) => w.code)).not.toContain('fiscal-year-differs');
    const moved = result.warnings.find((w) => w.code === 'years-moved');
    expect(moved?.message_th).toContain('๒๕๖๖ เป็น ๒๕๗๐');
    // the same measures as the document read as its own year
    expect(result.plan.measures.map((m) => m.title)).toEqual(
      read(DOCUMENT, 2566, false).plan.measures.map((m) => m.title),
    );
  });

  it('a one-off "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖" becomes due 31 March 2570 (2027-03-31), its text moved', () => {
    const result = read(withFirstFollowUp('รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖'), 2570, true);
    const followUp = result.plan.measures[0]!.followUps[0]!;
    expect(followUp.dueDate).toBe('2027-03-31');
    expect(followUp.text).toContain('๓๑ มีนาคม ๒๕๗๐');
  });

  it('a one-off in FY2569 terms ("ภายใน ๓๐ ก.ย. ๖๙") imported as FY2570 moves one year', () => {
    const text = withFirstFollowUp('รายงานผลภายในวันที่ ๓๐ มิถุนายน ๒๕๖๙').replace('พ.ศ. ๒๕๖๖**', 'พ.ศ. ๒๕๖๙**');
    const result = read(text, 2570, true);
    expect(result.plan.title).toContain('๒๕๗๐');
    expect(result.plan.measures[0]!.followUps[0]!.dueDate).toBe('2027-06-30');
  });

  it("a cited law's year does not move (พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐)", () => {
    const result = read(withFirstFollowUp('ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ รายงานทุกเดือน'), 2570, true);
    expect(result.plan.measures[0]!.followUps[0]!.text).toContain('พ.ศ. ๒๕๔๐');
  });

  it("without the choice the title keeps the document's year and the difference is warned", () => {
    const result = read(DOCUMENT, 2570, false);
    expect(result.plan.title).toContain('๒๕๖๖');
    expect(result.warnings.map((w) => w.code)).toContain('fiscal-year-differs');
  });

  it("a later year's document (next year's plan) is not moved back: it is warned, its title kept", () => {
    const text = DOCUMENT.replace('พ.ศ. ๒๕๖๖**', 'พ.ศ. ๒๕๗๑**');
    const result = read(text, 2570, true);
    expect(result.plan.title).toContain('๒๕๗๑');
    expect(result.warnings.map((w) => w.code)).toContain('fiscal-year-differs');
  });
});
