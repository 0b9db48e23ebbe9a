// Review 17 s13, S13-8: a document naming another fiscal year (next year's approved plan, received
// in August-September) replaced the running year's saved plan with only a tick-box warning: the
// running year's measures without reports vanished with their obligations. PUT /plan now refuses
// such a save over a saved plan (409, details.otherFiscalYear) unless the request confirms it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { openApiDocument } from '../../../shared/api/openapi-document.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566;
const seed = readFileSync(SEED_DOCUMENT, 'utf8');
/** the seed document as another year's plan */
const namingYear = (thaiYear: string) => seed.replaceAll('๒๕๖๖', thaiYear);

beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const put = (year: number, body: Record<string, unknown>) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy: year }),
    as: who.coordinator,
    body,
  });

const saved = async (year: number) =>
  (
    await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy: year }),
      as: who.coordinator,
    })
  ).body as { measures: Measure[]; version: number; title: string };

describe('a plan naming another fiscal year saved over the year’s saved plan', () => {
  it('refuses a document of next year over this year’s plan (409, Thai first, on body.text), nothing written', async () => {
    const before = await saved(fy);
    const dumped = await f.dump();
    const res = await put(fy, { format: 'document', text: namingYear('๒๕๖๗'), expectedVersion: before.version });
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('แผนของปีงบประมาณ ๒๕๖๗ แต่จะบันทึกแทนแผนปีงบประมาณ ๒๕๖๖');
    expect(res.body.error.message_en).toContain('fiscal year 2567');
    expect(res.body.error.otherFiscalYear).toBe(2567);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.text', message_th: expect.stringContaining('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗') }),
    ]);
    expect(await f.dump()).toBe(dumped);
  });

  it("refuses next year's document whatever its year line's spelling (review 17 s15, S15-12)", async () => {
    const before = await saved(fy);
    for (const line of ['ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)', 'ประจำปี พ.ศ. ๒๕๖๗', 'ปีงบประมาณ ๖๗']) {
      const text = seed.replace('**ประจำปีงบประมาณ พ.ศ. ๒๕๖๖**', line);
      const res = await put(fy, { format: 'document', text, expectedVersion: before.version });
      expect(res.status, line).toBe(409);
      expect(res.body.error.otherFiscalYear).toBe(2567);
      expect(res.body.error.fields[0].message_th).toContain(line);
    }
    expect((await saved(fy)).version).toBe(before.version);
  });

  it('refuses plan JSON whose title names another year, in Thai or Arabic digits or as FY (on body.title)', async () => {
    const before = await saved(fy);
    for (const [title, other] of [
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 2565],
      ['แผนมาตรการ ITA ปีงบประมาณ 2568', 2568],
      ['ITA measures FY2024', 2567],
    ] as const) {
      const res = await put(fy, { format: 'json', title, measures: before.measures, expectedVersion: before.version });
      expect(res.status, title).toBe(409);
      expect(res.body.error.fields[0].path).toBe('body.title');
      expect(res.body.error.message_th).toContain(
        `ปีงบประมาณ ${String(other).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!)}`,
      );
    }
    expect((await saved(fy)).version).toBe(before.version);
  });

  it('saves it when the request confirms it, and later saves of that plan ask nothing more', async () => {
    const before = await saved(fy);
    const res = await put(fy, {
      format: 'document',
      text: namingYear('๒๕๖๗'),
      expectedVersion: before.version,
      confirmOtherFiscalYear: true,
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const after = await saved(fy);
    expect(after.title).toContain('๒๕๖๗');
    const again = await put(fy, {
      format: 'json',
      title: after.title,
      measures: after.measures,
      expectedVersion: after.version,
    });
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
  });

  it('saves a document of another year into a year that has no plan yet (the warning says it)', async () => {
    const res = await put(2568, { format: 'document', text: namingYear('๒๕๖๗') });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('fiscal-year-differs');
  });

  it('saves a document of the year itself over its plan as before', async () => {
    const res = await put(2568, { format: 'document', text: namingYear('๒๕๖๘') });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  });
});

describe('the flag in the API description', () => {
  // and of POST …/plan-checks' body, which takes PUT /plan's json body and ignores it (tester s51)
  it('is a declared, described field of both PUT /plan bodies and of the plan check', () => {
    const doc = JSON.stringify(openApiDocument());
    expect(doc.match(/"confirmOtherFiscalYear":\{"title":"ยืนยันบันทึกแผนที่ระบุปีงบประมาณอื่น/g)).toHaveLength(3);
  });
});
