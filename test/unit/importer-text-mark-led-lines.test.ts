// Review 17 s21, S21-5: text saved out of a LibreOffice PDF by poppler (pdftotext, what Evince's and
// Okular's "save as text" give) breaks "ตัวชี้วัดที่ 1" into "ตัวชีว" ⏎ "้ ัดที่ 1": the stacked tone mark,
// drawn apart, opens the next line. Every measure lost its indicator and got the broken heading as
// two follow-ups "treated as annual". A Thai line cannot begin with a combining mark (nor ะ า ำ ๅ): it
// is the end of the line before (shared/import/mark-led-lines.ts). Fixtures in test/fixtures/pdftotext/:
// the reviewer's one-per-heading (s20's NP .docx -> LibreOffice PDF -> pdftotext) and two-columns (S21-2's
// TWO-col PDF through plain pdftotext), and cadence-ends (the same path, "ทุกสิ้นเดือน" broken as
// "ทุกสิน" ⏎ "้ เดือน", "ขึ้น" as "ขน" ⏎ "ึ ้ ใหม่"); the other shapes written here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { codesOf, previewFile } from '../support/plan-pdf.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pdftotext/${name}`, import.meta.url), 'utf8');
const previewText = (text: string) => previewFile(new TextEncoder().encode(text));

type Preview = Awaited<ReturnType<typeof previewFile>>;
const measuresOf = (p: Preview) =>
  p.plan.measures.map((m) => ({
    indicator: m.indicator,
    units: m.responsible.unitIds,
    cadences: m.followUps.map((f) => f.cadence),
  }));
const joinedNotice = (p: Preview) => p.warnings.filter((w) => w.code === 'lines-joined-in-word');

describe('a text line opening with a Thai mark is the end of the line before (pdftotext)', () => {
  it("the reviewer's one-per-heading: i1 monthly clerk and i2 quarterly finance, the join quoted once", async () => {
    const p = await previewText(fixture('one-per-heading.txt'));
    expect(measuresOf(p)).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
    ]);
    expect(p.plan.measures.map((m) => m.title)).toEqual(['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ']);
    expect(codesOf(p)).not.toContain('no-indicator');
    expect(codesOf(p)).not.toContain('unspecified-cadence');
    const [notice, ...more] = joinedNotice(p);
    expect(more).toEqual([]);
    // what was read, with the break, and the line of the file it is on
    expect(notice!.where).toEqual({ line: 2 });
    expect(notice!.source).toBe('ตัวชีว ⏎ ้ ัดที่ 1 การปฏิบัติหน้าที่');
    expect(notice!.message_en).toContain('2 lines');
    expect(notice!.message_en).toContain('"ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"');
    expect(notice!.message_th).toContain('ข้อความนี้ขึ้นบรรทัดใหม่กลางคำภาษาไทย');
  });

  it("the reviewer's two-columns text: 4 measures with their indicators and units (was 4 without any)", async () => {
    const p = await previewText(fixture('two-columns.txt'));
    expect(p.plan.measures.map((m) => [m.indicator, m.responsible.unitIds, m.followUps[0]!.cadence])).toEqual([
      [1, ['clerk'], 'monthly'],
      [2, ['finance'], 'quarterly'],
      [6, ['education'], 'semiannual'],
      [9, ['engineering'], 'annual'],
    ]);
    // no follow-up made of a broken heading ("ตัวชีว", "้ ัดที่ 6 …")
    const texts = p.plan.measures.flatMap((m) => m.followUps.map((f) => f.text));
    expect(texts.filter((t) => t.includes('ตัวชี') || /^[\u0e31-\u0e4e]/.test(t))).toEqual([]);
    expect(p.plan.measures.find((m) => m.indicator === 6)!.title).toContain('ประชุมชี้แจงประมวลจริยธรรม');
  });

  it('a cadence word broken the same way (ทุกสิ้นเดือน, ทุกสิ้นไตรมาส, ทุกสิ้นปี) keeps its cadence', async () => {
    const p = await previewText(fixture('cadence-ends.txt'));
    expect(measuresOf(p)).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
      { indicator: 9, units: ['engineering'], cadences: ['annual'] },
    ]);
    expect(p.plan.measures[0]!.followUps[0]!.text).toBe('รายงานผลทุกสิ้นเดือน');
    // two marks moved out of one syllable ("ขึ้น" as "ขน" ⏎ "ึ ้ ใหม่") go back in it
    expect(p.plan.measures[2]!.subMeasures).toEqual(['ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ขึ้นใหม่']);
    expect(joinedNotice(p)[0]!.message_en).toContain('8 lines');
  });

  it('CRLF line breaks: the same measures and the same lines named', async () => {
    const lf = await previewText(fixture('one-per-heading.txt'));
    const crlf = await previewText(fixture('one-per-heading.txt').replace(/\n/g, '\r\n'));
    expect(measuresOf(crlf)).toEqual(measuresOf(lf));
    expect(crlf.warnings.map((w) => [w.code, w.where])).toEqual(lf.warnings.map((w) => [w.code, w.where]));
  });

  it('a unit name broken before its mark, or with its mark moved to the next line, is still the unit', async () => {
    const text = [
      'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
      'มาตรการ: จัดทำคู่มือการปฏิบัติงาน',
      'ผู้รับผิดชอบ: กองช',
      '่าง',
      'การติดตามผล: รายงานผลทุกไตรมาส',
      'ตัวชี้วัดที่ 2 การใช้งบประมาณ',
      'มาตรการ: เผยแพร่แผนการใช้จ่ายงบประมาณ',
      'ผู้รับผิดชอบ: กองสาธารณสุขและสิง',
      '่ แวดล้อม',
      'การติดตามผล: รายงานผลทุกเดือน',
    ].join('\n');
    const p = await previewText(text);
    expect(measuresOf(p)).toEqual([
      { indicator: 1, units: ['engineering'], cadences: ['quarterly'] },
      { indicator: 2, units: ['health'], cadences: ['monthly'] },
    ]);
    expect(codesOf(p)).not.toContain('unknown-unit');
    expect(codesOf(p)).not.toContain('no-responsible-unit');
  });

  it('lines opening with ั ิ ่ ็ ์ (a word cut anywhere before a mark) are joined back into the word', async () => {
    const text = [
      'ตัวชี้ว',
      'ัดที่ 9 การเปิดเผยข้อมูล',
      'มาตรการ: ปรับปรุงเว',
      '็บไซต',
      '์ให้เป็นปัจจุบัน',
      'ผู้รับผ',
      'ิดชอบ: กองคลัง',
      'การติดตามผล: รายงานผลทุกเดือน',
    ].join('\n');
    const p = await previewText(text);
    expect(measuresOf(p)).toEqual([{ indicator: 9, units: ['finance'], cadences: ['monthly'] }]);
    expect(p.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล');
    expect(p.plan.measures[0]!.subMeasures).toEqual(['ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน']);
    expect(codesOf(p)).not.toContain('indicator-label-guessed');
    expect(joinedNotice(p)[0]!.message_en).toContain('4 lines');
  });

  it('a .tsv row broken inside its cells (plain, and in a quoted cell) is one row, on the line it starts', async () => {
    const header = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
    const plain = [
      'แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567',
      header,
      'ตัวชีว',
      '้ ัดที่ 1 การปฏิบัติหน้าที่ จัดทำคู่มือ\tประชุมชีแ',
      '้ จงบุคลากร\tรายงานผลทุกสิน',
      '้ เดือน\tสำนักปลัด',
      'ตัวชี้วัดที่ 2 การใช้งบประมาณ เผยแพร่แผน\tประกาศทางเว็บไซต์\tรายงานผลทุกไตรมาส\tกองคลัง',
      'ตัวชี้วัดที่ 3\tจัดทำรายงาน\tรายงานผล\tกองช่าง',
    ].join('\n');
    const quoted = [
      'แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2567',
      header,
      '"ตัวชีว',
      '้ ัดที่ 1 การปฏิบัติหน้าที่ จัดทำคู่มือ"\t"ประชุมชีแ',
      '้ จงบุคลากร"\t"รายงานผลทุกสิน',
      '้ เดือน"\tสำนักปลัด',
      'ตัวชี้วัดที่ 2 การใช้งบประมาณ เผยแพร่แผน\tประกาศทางเว็บไซต์\tรายงานผลทุกไตรมาส\tกองคลัง',
      'ตัวชี้วัดที่ 3\tจัดทำรายงาน\tรายงานผล\tกองช่าง',
    ].join('\n');
    for (const text of [plain, quoted]) {
      const p = await previewText(text);
      expect(measuresOf(p)).toEqual([
        { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
        { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
        { indicator: 3, units: ['engineering'], cadences: ['unspecified'] },
      ]);
      expect(p.plan.measures[0]!.methods.map((x) => x.replace(/\s+/g, ''))).toEqual(['ประชุมชี้แจงบุคลากร']);
      // the lines after the joins keep the file's numbers: the third measure is on line 8
      expect(p.warnings.find((w) => w.code === 'unspecified-cadence')!.where).toMatchObject({ line: 8 });
      expect(joinedNotice(p)[0]!.where).toEqual({ line: 3 });
    }
  });

  it('a text with no line opening with a mark is read as before, without the notice', async () => {
    const p = await previewText(fixture('one-per-heading.txt').replace(/\n(?=[\u0e31-\u0e4e])/g, ' '));
    expect(measuresOf(p)).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
    ]);
    expect(joinedNotice(p)).toEqual([]);
    expect(codesOf(p)).toContain('indicator-label-guessed');
  });

  it('50,000 broken lines: each joined, the lines after keep their numbers, one notice counts them', async () => {
    const unit = 'รายงานผลทุกสิน\n้ เดือน\n';
    const { document } = await readPlanFile(new TextEncoder().encode(unit.repeat(50_000)));
    expect(document.blocks).toHaveLength(50_000);
    expect(document.blocks[49_999]).toMatchObject({ where: { line: 99_999 }, text: 'รายงานผลทุกสิ้นเดือน' });
    const r = importSourceDocument(
      { blocks: document.blocks.slice(0, 3), notices: document.notices },
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(r.warnings.find((w) => w.code === 'lines-joined-in-word')!.message_en).toContain('50000 lines');
  });
});
