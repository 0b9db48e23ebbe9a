// Tester s42 F8: the real FY2566 document confirmed as FY2570's plan kept "พ.ศ. ๒๕๖๖" in its title
// (retyped by hand), and a one-off "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖" read in FY2570 had no due date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';

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

  // tester s43 re-check (P2): a warning of the reading still said "มีกำหนดส่ง ๓๑ มีนาคม ๒๕๖๖" while the due date saved was 2027-03-31
  it("the reading's own warnings name the moved dates, not last year's", () => {
    const result = read(withFirstFollowUp('รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖'), 2570, true);
    const messages = result.warnings.map((w) => `${w.message_th} | ${w.message_en}`).join('\n');
    expect(messages).not.toContain('๓๑ มีนาคม ๒๕๖๖');
    expect(messages).not.toContain('2023-03-31');
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

// tester s44: the years-moved warnings of such a file named no line ("คัดลอกจากปีงบประมาณ ๒๕๖๖ เป็นปี
// ๒๕๗๐: ปีในข้อความนี้ถูกเลื่อนจาก …" and nothing else in the CLI's list); the importer's other warnings
// name theirs ("บรรทัด ๑๒ คอลัมน์ ๔: …"). Each now names the line and column its moved year came from.
describe("an earlier year's document as this year's model: each years-moved warning names its place", () => {
  const lines = DOCUMENT.split('\n');
  const first = lines.findIndex((l) => l.startsWith('๑. ตัวชี้วัดที่')) + 1;
  /** The document with its first measure's cells (0-based) replaced. */
  const withCells = (cells: Record<number, string>) =>
    lines
      .map((l, i) => {
        if (i !== first - 1) return l;
        const row = l.split('\t');
        for (const [k, v] of Object.entries(cells)) row[Number(k)] = v;
        return row.join('\t');
      })
      .join('\n');
  const movedOf = (text: string) => read(text, 2570, true).warnings.filter((w) => w.code === 'years-moved');
  const th = toThaiDigits;

  it("a one-off's date in the follow-up cell: its line and column 4", () => {
    const moved = movedOf(withCells({ 3: 'รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖' }));
    const w = moved.find((x) => x.source === 'รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖')!;
    expect(w.where).toEqual({ line: first, column: 4 });
    expect(w.message_th).toBe(
      `บรรทัด ${th(first)} คอลัมน์ ๔: คัดลอกจากปีงบประมาณ ๒๕๖๖ เป็นปี ๒๕๗๐: ปีในข้อความนี้ถูกเลื่อนจาก ๒๕๖๖ เป็น ๒๕๗๐ ตรวจว่าควรเลื่อน (ปีในชื่อเอกสารที่อ้างถึงต้องคงเดิม)`,
    );
    expect(w.message_en).toMatch(new RegExp(`^line ${first}, column 4: copied from fiscal year 2566 into 2570`));
  });

  it("the timeframe's years (neighbour): column 3; the methods' (neighbour): column 2", () => {
    const moved = movedOf(withCells({ 1: 'จัดทำคู่มือภายในปี ๒๕๖๖', 2: 'ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖' }));
    const at = (source: string) => moved.find((x) => x.source === source)!.message_th;
    expect(at('ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖')).toMatch(new RegExp(`^บรรทัด ${th(first)} คอลัมน์ ๓: คัดลอกจาก`));
    expect(at('จัดทำคู่มือภายในปี ๒๕๖๖')).toMatch(new RegExp(`^บรรทัด ${th(first)} คอลัมน์ ๒: คัดลอกจาก`));
  });

  it("the plan's title (neighbour): the line that prints its fiscal year; every moved text named", () => {
    const moved = movedOf(withCells({ 2: 'ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖', 3: 'รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖' }));
    const yearLine = lines.findIndex((l) => l.includes('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖**')) + 1;
    const title = moved.find((w) => w.measureId === undefined)!;
    expect(title.message_th).toMatch(new RegExp(`^บรรทัด ${th(yearLine)}: คัดลอกจากปีงบประมาณ ๒๕๖๖ เป็นปี ๒๕๗๐`));
    expect(moved).toHaveLength(3);
    for (const w of moved) expect(w.where.line, w.source).toBeGreaterThan(0);
  });
});

// tester s43 re-check (P1): the same FY2566 file imported again over FY2570's saved plan, in which the
// coordinator had stopped i4's monthly follow-up after February and continued it from March, and
// stopped a yearly one: the saved stops were taken for last year's and dropped (the monthly report
// owed twice from March, the yearly one for the whole year again) and the dated one-off renumbered
describe("last year's file imported again over this year's saved plan keeps this year's changes", () => {
  const options = { orgId: 'o', fy: 2570, units: MUNICIPAL_UNITS, reader: 'cli' as const, moveEarlierYears: true };
  const text = withFirstFollowUp('รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖');
  const first = importPlanDraft(text, options, undefined).plan;
  // the coordinator's March changes, saved
  const saved = structuredClone(first);
  const i10 = saved.measures.find((m) => m.measureId === 'i10')!;
  const monthly = i10.followUps.find((f) => f.cadence === 'monthly')!;
  monthly.lastMonth = '2027-02';
  const { lastMonth: _stop, ...continued } = monthly;
  i10.followUps.push({ ...continued, followUpNo: 9, firstMonth: '2027-03', text: 'รายงานผลทุกเดือนตั้งแต่มีนาคม' });
  const yearly = saved.measures
    .flatMap((m) => m.followUps.map((f) => ({ m, f })))
    .find(({ f }) => f.cadence === 'annual' || f.cadence === 'unspecified');
  if (yearly) yearly.f.lastMonth = '2027-02';
  const again = importPlanDraft(text, options, saved).plan;
  const againI10 = again.measures.find((m) => m.measureId === 'i10')!;

  it('the monthly follow-up stopped after February stays stopped, its continuation from March kept', () => {
    expect(againI10.followUps.find((f) => f.followUpNo === monthly.followUpNo)?.lastMonth).toBe('2027-02');
    expect(againI10.followUps.find((f) => f.followUpNo === 9)?.firstMonth).toBe('2027-03');
  });

  it('a yearly follow-up stopped after February stays stopped', () => {
    expect(yearly).toBeDefined();
    const back = again.measures.find((m) => m.measureId === yearly!.m.measureId)!;
    expect(back.followUps.find((f) => f.followUpNo === yearly!.f.followUpNo)?.lastMonth).toBe('2027-02');
  });

  it('the dated one-off keeps its number and its moved date', () => {
    const once = first.measures[0]!.followUps[0]!;
    const back = again.measures[0]!.followUps.find((f) => f.followUpNo === once.followUpNo);
    expect(back?.dueDate).toBe('2027-03-31');
    expect(back?.text).toBe(once.text);
  });
});

// tester s45 #1: the real FY2566 document confirmed as FY2570's plan (--confirm-other-year) lost every
// ข้อเสนอแนะ without a word ("ข้อเสนอแนะ ๐" for all 7; the dry run without the flag read ๑/๒/๒/๒/๒/๔/๑),
// so the results report's ข้อเสนอแนะ column was empty all year. The recommendations the document
// answers are kept, as written.
describe("an earlier year's document as this year's model keeps its recommendations", () => {
  const counts = (text: string, fy: number, move: boolean) =>
    read(text, fy, move).plan.measures.map((m) => m.recommendations.length);
  /** The document with the recommendations cell (the 5th) of indicator 6's results row (its OCR'd "ด้วยวัดที่ ๖") replaced. */
  const withI6Recommendation = (text: string) => {
    const lines = DOCUMENT.split('\n');
    const i = lines.findIndex((l) => l.includes('ด้วยวัดที่ ๖ คุณภาพการดำเนินงาน'));
    const cells = lines[i]!.split('\t');
    cells[4] = text;
    lines[i] = cells.join('\t');
    return lines.join('\n');
  };

  it('the real FY2566 document as FY2570: each measure keeps its ข้อเสนอแนะ, as the dry run without the flag read them', () => {
    const asOwnYear = read(DOCUMENT, 2566, false).plan.measures;
    const moved = read(DOCUMENT, 2570, true);
    expect(counts(DOCUMENT, 2570, true)).toEqual([1, 2, 2, 2, 2, 4, 1]);
    expect(moved.plan.measures.map((m) => m.recommendations)).toEqual(asOwnYear.map((m) => m.recommendations));
    // what the CLI prints per measure
    expect(planSummaryLines(moved).filter((l) => l.includes('ข้อเสนอแนะ ๐'))).toEqual([]);
  });

  it('a FY2569 document as FY2570 (one year earlier, neighbour) keeps them too', () => {
    const text = DOCUMENT.replace('พ.ศ. ๒๕๖๖**', 'พ.ศ. ๒๕๖๙**');
    expect(read(text, 2570, true).plan.fy).toBe(2570);
    expect(counts(text, 2570, true)).toEqual(counts(text, 2569, false));
  });

  it("a recommendation naming the assessment's year (neighbour) keeps the year it cites: it quotes that assessment", () => {
    const text = withI6Recommendation('๑. ผลการประเมิน ITA ปี ๒๕๖๖ ควรเพิ่มช่องทางร้องเรียน ๒. ปรับปรุงเว็บไซต์');
    const result = read(text, 2570, true);
    const i6 = result.plan.measures.find((m) => m.measureId === 'i6')!;
    expect(i6.recommendations).toEqual(['ผลการประเมิน ITA ปี ๒๕๖๖ ควรเพิ่มช่องทางร้องเรียน', 'ปรับปรุงเว็บไซต์']);
    expect(result.warnings.filter((w) => w.source?.includes('ผลการประเมิน ITA'))).toEqual([]);
    // the years of its other texts still move
    expect(result.plan.title).toContain('๒๕๗๐');
  });
});
