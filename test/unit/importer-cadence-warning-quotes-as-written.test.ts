// Review 17 s26's verifier (S26-12 note): a cadence warning's quote after "read" / "อ่านได้ว่า" dropped
// the "(ครั้งเดียว)" the cell has, and a tick list's quoted only its ticked item: the coordinator
// looks for the quoted words in the cell, so they are the follow-up's words as written.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordTable } from '../support/plan-table-files.js';

const row = (followUps: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', followUps, 'กองคลัง'];
/** The cadence-guessed warnings' Thai and English messages. */
const cadenceMessages = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'cadence-guessed').map((w) => `${w.message_th} | ${w.message_en}`);

describe('a cadence warning quotes the follow-up as written', () => {
  it.each([
    'รายงานผลต่อนายก ภายในไตรมาสที่ 2 (ครั้งเดียว)',
    'รายงานผลต่อนายก ภายในครึ่งปีแรก (ครั้งเดียว)',
    'รายงานผลต่อนายก ภายในสิ้นไตรมาสที่ 3 (ครั้งเดียว)',
    '☐ รายเดือน ☑ ภายในไตรมาสที่ 2',
  ])('"%s" is quoted whole, in Thai and English', async (cell) => {
    const said = cadenceMessages(await preview(tsv([HEADER, row(cell)])));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`อ่านได้ว่า "${cell}"`);
    expect(said[0]).toContain(`read "${cell}"`);
  });

  it('a Word cell\'s second follow-up "ภายในไตรมาสที่ 2 (ครั้งเดียว)" is quoted with its mark', async () => {
    const cell = '๑. รายงานผลทุกเดือน\n๒. ภายในไตรมาสที่ 2 (ครั้งเดียว)';
    const said = cadenceMessages(await preview(docx(wordTable([HEADER, row(cell)]))));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('read "ภายในไตรมาสที่ 2 (ครั้งเดียว)"');
  });
});
