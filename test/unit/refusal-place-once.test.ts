// Review 17 s17, S17-13: a document refused because a measure cannot be saved as read (no
// indicator, or missing units/follow-ups) named the place twice in each line ("ตาราง ๑ แถว ๒
// คอลัมน์ ๑: ตาราง ๑ แถว ๒ คอลัมน์ ๑: ไม่พบ …"): the importer's message opens with its place
// already, and the refusal added it again (npm run import and PUT /plan alike).
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { refuseUnsavableImport } from '../../shared/use-cases/replace-plan.js';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

async function refusalLines(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const result = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  try {
    refuseUnsavableImport(result, 'file');
  } catch (e) {
    if (e instanceof ValidationError) return e.fields;
    throw e;
  }
  throw new Error('saved');
}

/** A measure without an indicator heading, beside the i4 measure. */
const noIndicator = ['๑. มาตรการจัดทำคู่มือ', '๑. เผยแพร่คู่มือ', 'ตลอดปี', '๑. รายงานทุกเดือน', 'กองคลัง'];

describe('a refused document names each place once', () => {
  it.each([
    [
      'a Word table',
      () => docx(wordTable([HEADER, M4, noIndicator])),
      'ตาราง ๑ แถว ๓ คอลัมน์ ๑',
      'table 1, row 3, column 1',
    ],
    ['tab-separated text', () => tsv([HEADER, M4, noIndicator]), 'บรรทัด ๓ คอลัมน์ ๑', 'line 3, column 1'],
    [
      'an Excel sheet',
      () => xlsx([{ name: 'แผน', rows: [HEADER, M4, noIndicator] }]),
      'แผ่นงาน แผน แถว ๓ คอลัมน์ A',
      'sheet แผน, row 3, column A',
    ],
  ])('%s: the place once, in Thai and in English', async (_what, file, th, en) => {
    const [line, ...rest] = await refusalLines(await file());
    expect(rest).toEqual([]);
    expect(line!.message_th.startsWith(`${th}: `)).toBe(true);
    expect(line!.message_th.split(th)).toHaveLength(2);
    expect(line!.message_en.startsWith(`${en}: `)).toBe(true);
    expect(line!.message_en.split(en)).toHaveLength(2);
  });
});
