// The published documents write a follow-up's cadence in one pair of brackets (tester t36, P3):
// measures.pdf and results.pdf read "…ให้ผู้บังคับบัญชาทราบ (ทุกไตรมาส (ทุก ๓ เดือน))", the cadence's
// label with its own brackets inside the note's. Every noted cadence, in the PDFs and the DOCX files.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/domain/due-rules.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { publicationPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { SEED_TIME } from '../support/seed-org.js';
import { importSeedPlan } from '../support/seed-plan.js';

const NOW = bangkok('2023-10-02T09:00:00');
const FY = 2567;
let f: ApiFixture;

/** Follow-ups whose words name no cadence, so the documents add the note, one per noted cadence. */
const FOLLOW_UPS: [Cadence, string][] = [
  ['quarterly', 'รายงานผลการใช้รถส่วนกลางให้ผู้บังคับบัญชาทราบ'],
  ['annual', 'สรุปผลการตรวจสอบพัสดุเสนอผู้บังคับบัญชา'],
  ['semiannual', 'รายงานผลการเบิกจ่ายวัสดุสำนักงาน'],
  ['april-september', 'รายงานผลการประเมินความเสี่ยงการทุจริต'],
  ['monthly', 'รายงานผลการยืมคืนครุภัณฑ์'],
];
const NOTES: Record<string, string> = {
  quarterly: '(ทุกไตรมาส)',
  annual: '(ประจำปี)',
  semiannual: '(ทุก ๖ เดือน)',
  'april-september': '(เดือนเมษายน และ กันยายน)',
  monthly: '(ทุกเดือน)',
};

const published = new Map<string, string>();

async function publish(kind: DocumentKind) {
  const request = { kind, orgId: 'demo', fy: FY, trigger: `person:${who.coordinator}` } as const;
  const { generation } = await new DocumentGenerationRepository(f.store).claim({ ...request, now: NOW });
  await f.documents.produce({ ...request, generation, asOf: NOW });
  const res = await call(f.handler, {
    method: 'POST',
    path: publicationPath(kind, FY, generation),
    as: who.coordinator,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const publicFile = async (name: string) => (await f.publicFiles.get(`ita/demo/${FY}/${name}`))!.body;
const docxText = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/document.xml']!)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  // FY2567: the seed's plan, its first measure's follow-ups one per noted cadence
  const seed = importSeedPlan('demo').plan;
  const [first, ...rest] = seed.measures;
  const template = first!.followUps[0]!;
  const { dueDate: _d, firstMonth: _f, lastMonth: _l, unitIds: _u, ...base } = template;
  const followUps = FOLLOW_UPS.map(([cadence, text], i) => ({
    ...base,
    followUpNo: i + 1,
    text,
    cadence,
    audience: [],
  }));
  const strip = (m: (typeof seed.measures)[number]) => ({
    ...m,
    followUps: m.followUps.map(({ dueDate: _dd, firstMonth: _ff, lastMonth: _ll, ...x }) => x),
  });
  await new PlanRepository(f.store).savePlan(
    { ...seed, fy: FY, measures: [{ ...strip(first!), followUps }, ...rest.map(strip)] },
    { actor: 'system:seed', now: SEED_TIME },
  );
  await publish('plan-document');
  await publish('annual-report');
  published.set('measures.pdf', pdfText(await publicFile('measures.pdf')));
  published.set('results.pdf', pdfText(await publicFile('results.pdf')));
  published.set('measures.docx', docxText(await publicFile('measures.docx')));
  published.set('results.docx', docxText(await publicFile('results.docx')));
}, 240_000);
afterAll(async () => f?.close());

describe('the published documents write each cadence in one pair of brackets', () => {
  it.each(['measures.pdf', 'results.pdf'])('%s: "…ให้ผู้บังคับบัญชาทราบ (ทุกไตรมาส)", as pdftotext reads it', (name) => {
    const text = squeeze(published.get(name)!);
    expect(text).toContain(squeeze('รายงานผลการใช้รถส่วนกลางให้ผู้บังคับบัญชาทราบ (ทุกไตรมาส)'));
    expect(text).not.toContain(squeeze('(ทุกไตรมาส (ทุก ๓ เดือน))'));
  });

  it.each(['measures.pdf', 'results.pdf', 'measures.docx', 'results.docx'])(
    '%s: every noted cadence once, and no note inside another',
    (name) => {
      const text = squeeze(published.get(name)!);
      for (const [cadence, words] of FOLLOW_UPS) expect(text, cadence).toContain(squeeze(`${words} ${NOTES[cadence]}`));
      expect(text).not.toContain('))');
    },
  );
});
