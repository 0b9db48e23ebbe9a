// Session 36 (issue 15's bench rows): the .docx of 1,000,000 "<a" in a measure cell read 3.68x the
// 1 MB ordinary input on the quiet bench. To find a row copied word for word (repeated-measures.ts),
// every measure's texts were keyed (matchKey of the title, sub-measures, methods, follow-ups) and
// joined into one string, the 5 M-character measure too: ~15 % of that import. Two measures can
// repeat each other only if they have the same indicator, units, cadences and as many
// sub-measures, methods and notes; the texts are now keyed only for measures that share those with
// another. Counted here, not timed: the measures keyed (MEASURE_WORDS_WORK, readingOnce's ran).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { MEASURE_WORDS_WORK } from '../../shared/import/repeated-measures.js';
import { standardDocumentWithCellText } from '../support/big-plan-files.js';
import { HEADER } from '../support/base-plan-rows.js';
import { tsv } from '../support/plan-table-files.js';

/** The import of `file` and the measures whose words were keyed. */
async function imported(file: Uint8Array) {
  const { document } = await readPlanFile(file);
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { ...result, keyed: ran.get(MEASURE_WORDS_WORK) ?? 0 };
}

const repeatedWarnings = (r: Awaited<ReturnType<typeof imported>>) =>
  r.warnings.filter((w) => w.code === 'measure-repeated');

const I1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', '๑. ประชุมชี้แจง', 'ตลอดปีงบประมาณ', '๑. รายงานผลทุกเดือน', 'สำนักปลัด'];
const I2 = [
  'ตัวชี้วัดที่ ๒ การใช้งบประมาณ\nเปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  '๑. เผยแพร่ประกาศ',
  'ตลอดปีงบประมาณ',
  '๑. รายงานผลทุกไตรมาส',
  'กองคลัง',
];
const I9 = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', '๑. รายงานผลปีละครั้ง', 'กองช่าง'];

describe("a measure's words are keyed only when another measure may repeat it", () => {
  it.each<[string, () => Uint8Array]>([
    [
      'the bench\'s .docx of 1,000,000 "<a" in the measure cell',
      () => standardDocumentWithCellText(0, '&lt;a'.repeat(1_000_000)),
    ],
    ['the same .docx with 1,000,000 "<"', () => standardDocumentWithCellText(0, '&lt;'.repeat(1_000_000))],
    [
      'a text plan of three indicators, one method 200,000 letters long',
      () => tsv([HEADER, I1, I2.with(1, `๑. ${'เผยแพร่'.repeat(30_000)}`), I9]),
    ],
  ])('%s: no measure keyed, none warned as repeated', async (_name, file) => {
    const r = await imported(file());
    expect(r.plan.measures.length).toBeGreaterThanOrEqual(3);
    expect(r.keyed).toBe(0);
    expect(repeatedWarnings(r)).toEqual([]);
  });

  it('a row copied among them is still warned, naming the first; only the two copies keyed', async () => {
    const r = await imported(tsv([HEADER, I1, I2, I9, I2]));
    expect(r.keyed).toBe(2);
    const [said, ...more] = repeatedWarnings(r);
    expect(more).toEqual([]);
    expect(said!.message_th).toContain(
      `มาตรการนี้ซ้ำกับมาตรการ ${r.plan.measures[1]!.measureId} ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ") ทุกคำ`,
    );
  });

  it('two measures alike but for their words are keyed and not warned', async () => {
    const r = await imported(tsv([HEADER, I2, I2.with(1, '๑. เผยแพร่ประกาศทางเว็บไซต์'), I9]));
    expect(r.keyed).toBe(2);
    expect(repeatedWarnings(r)).toEqual([]);
  });
});
