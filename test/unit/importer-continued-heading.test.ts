// Review 17 s15, S15-13: a heading repeated over a continued table, "ตัวชี้วัดที่ ๔ … (ต่อ)", gave its
// measures the title "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ต่อ)", published so. "(ต่อ)" and
// "(ต่อจากหน้าที่แล้ว)" mark the table's continuation: they are dropped from the title.
import { describe, expect, it } from 'vitest';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { HEADER, M4, M9 } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const body = (m: readonly string[]) => [m[0]!.split('\n')[1] ?? 'มาตรการเผยแพร่ข้อมูล', ...m.slice(1)];

describe('a heading marked as continued', () => {
  const cases: [string, string, string[]][] = [
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ต่อ)', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', []],
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (ต่อจากหน้าที่แล้ว)', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', []],
    ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ( ต่อ ) ๑. ตั้งศูนย์ ๒. รายงาน', 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', ['ตั้งศูนย์', 'รายงาน']],
    ['ตัวชี้วัดที่ ๔ มาตรการควบคุมพัสดุ (ต่อ)', 'มาตรการควบคุมพัสดุ', []],
  ];
  for (const [text, title, subMeasures] of cases) {
    it(`"${text}" is titled "${title}"`, () => {
      expect(parseIndicatorHeading(text)).toMatchObject({ title, subMeasures });
    });
  }

  it('another bracket after the name stays in the title', () => {
    expect(parseIndicatorHeading('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (คะแนน ๗๘.๕๐)')?.title).toBe(
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (คะแนน ๗๘.๕๐)',
    );
  });

  it('a Word table under a repeated heading "(ต่อ)" gives measures titled without it', async () => {
    const r = await preview(
      docx(
        wordParagraph('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗') +
          wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ') +
          wordTable([HEADER, body(M4)]) +
          wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ต่อ)') +
          wordTable([body(M9)]),
      ),
    );
    expect(r.plan.measures.map((m) => [m.indicator, m.title])).toEqual([
      [4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
      [4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
    ]);
  });
});
