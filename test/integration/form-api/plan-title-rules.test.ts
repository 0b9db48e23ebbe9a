// Tester s52 (P3): a plan title of only zero-width characters (U+200B, U+200C, U+200D, U+FEFF, with
// spaces or not) was saved as an invisible title, heading the plan document with nothing; and POST
// …/plan-checks took a title with a bidirectional control that PUT …/plan refuses. Now a title with
// nothing visible is no title, as an empty one is: the plan is saved with the title its document
// prints (docs/api.md); and the check reads the body with PUT's own schema, answering the same 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../support/api-events.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { checkPlan, putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const DOCUMENT_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลดอนอะระง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖';
const check = (body: object): Promise<ApiResponse> => checkPlan(f, body);
const planWith = async (
  title: string,
  change: (m: { title: string; followUps: { text: string }[] }) => void = () => {},
) => {
  const saved = await savedPlan(f);
  const measures = structuredClone(saved.measures);
  change(measures[0]!);
  return { format: 'json', title, measures, expectedVersion: saved.version };
};

describe('a plan title with nothing visible is no title: saved with the title the plan document prints', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['ZWNJ, ZWJ and a byte order mark', '\u200c\u200d\ufeff'],
    ['zero-width characters among spaces, an ideographic one too', ' \u200b \u3000\u200d  '],
  ])('%s', async (_what, title) => {
    // a visible title first, so each case is a change the save stores
    expect((await putPlan(f, await planWith('แผนชั่วคราว'))).status).toBe(200);
    const res = await putPlan(f, await planWith(title));
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.plan.title).toBe(DOCUMENT_TITLE);
    expect((await savedPlan(f)).title).toBe(DOCUMENT_TITLE);
  });
});

describe('measure titles and follow-up texts with nothing visible are refused, by PUT and by the check alike', () => {
  it.each([
    [
      'a measure title of zero-width spaces',
      (m: { title: string }) => (m.title = '\u200b\u200b'),
      'body.measures.0.title',
    ],
    [
      'a measure title of ZWNJ, ZWJ, BOM among spaces',
      (m: { title: string }) => (m.title = ' \u200c \u200d\ufeff '),
      'body.measures.0.title',
    ],
    [
      'a follow-up text of zero-width characters',
      (m: { followUps: { text: string }[] }) => (m.followUps[0]!.text = '\ufeff\u200b \u200d'),
      'body.measures.0.followUps.0.text',
    ],
  ])('%s', async (_what, change, path) => {
    const body = await planWith('แผนมาตรการ', change);
    const saved = await putPlan(f, body);
    expect(saved.status).toBe(400);
    expect(saved.body.error.fields).toContainEqual(
      expect.objectContaining({ path, message_th: expect.stringContaining('ที่มีตัวอักษรที่มองเห็นได้') }),
    );
    const checked = await check(body);
    expect(checked.status).toBe(400);
    expect(checked.body.error).toEqual(saved.body.error);
  });
});

describe('POST …/plan-checks reads the title with PUT …/plan’s rule: a bidirectional control is the same 400', () => {
  it.each([
    ['U+202E (right-to-left override)', 'แผน\u202eมาตรการ', 'U+202E ที่อักขระที่ ๔'],
    ['U+2066 (left-to-right isolate)', '\u2066แผนมาตรการ', 'U+2066 ที่อักขระที่ ๑'],
    ['U+200F (right-to-left mark)', 'แผนมาตรการ ๒๕๖๖\u200f', 'U+200F ที่อักขระที่ ๑๖'],
  ])('%s', async (_what, title, where) => {
    const body = await planWith(title);
    const before = await f.dump();
    const checked = await check(body);
    expect(checked.status).toBe(400);
    expect(checked.body.error.fields).toEqual([
      {
        path: 'body.title',
        message_th: expect.stringContaining(`มีอักขระควบคุมทิศทางข้อความ (${where})`),
        message_en: expect.stringContaining('bidirectional control'),
      },
    ]);
    const saved = await putPlan(f, body);
    expect(saved.status).toBe(400);
    expect(checked.body.error).toEqual(saved.body.error);
    expect(await f.dump()).toBe(before);
  });
});
