// Tester s53 R: a one-line text of characters that show nothing but that oneLine keeps (the Hangul
// filler U+3164, the braille blank U+2800, a Thai mark with no letter) was taken as text where an
// empty one is not: an evidence link's title "ㅤ" was saved (a link with no title to read in the
// report and the results report; an empty or U+200B title is "กรุณากรอกชื่อหลักฐาน"), and a calendar
// feed labelled so was listed as a blank label (an empty one is "ปฏิทินของฉัน"). Now such text is
// empty text, by the save's rule (hasVisibleCharacter, as shownText reads the plan's and report's texts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf } from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2566;
beforeAll(async () => (f = await createApiFixture({ now: new Date('2023-01-10T10:00:00+07:00') })));
afterAll(async () => f?.close());

const SHOWS_NOTHING: [string, string][] = [
  ['a Hangul filler', '\u3164'],
  ['braille blanks', '\u2800\u2800'],
  ['a Thai tone mark with no letter and a Hangul choseong filler', '\u0e48\u115f'],
];

describe('an evidence title that shows nothing is a missing title', () => {
  // each input on an obligation of its own, so that one saved does not answer the next with a 409
  it.each(SHOWS_NOTHING.map(([what, title], i) => [what, title, i] as const))(
    '%s: the empty title’s 400 "กรุณากรอกชื่อหลักฐาน", nothing saved',
    async (_w, title, i) => {
      const ids = await obligationIdsOf(f, who.financeStaff, fy);
      const path = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
        fy,
        obligationId: ids.filter((id) => id.endsWith('.finance'))[i]!,
      });
      const put = (t: string) =>
        call(f.handler, {
          method: 'PUT',
          path: `${path}/report`,
          as: who.financeStaff,
          body: { progress: 'done', summary: 'จัดประชุมชี้แจงแล้ว', evidence: [{ url: 'https://example.org/a', title: t }] },
        });
      const empty = await put('');
      const invisible = await put(title);
      expect(invisible.status, JSON.stringify(invisible.body)).toBe(400);
      expect(invisible.body.error.fields).toEqual([
        expect.objectContaining({ path: 'body.evidence.0.title', message_th: 'กรุณากรอกชื่อหลักฐาน' }),
      ]);
      expect(invisible.body.error).toEqual(empty.body.error);
    },
  );
});

describe('a calendar feed label that shows nothing is no label', () => {
  it.each(SHOWS_NOTHING)('%s: the feed is "ปฏิทินของฉัน", as with no label', async (_w, label) => {
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/calendar-feeds',
      as: who.engineeringStaff,
      body: { label },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.label).toBe('ปฏิทินของฉัน');
  });
});
