// The plan document's announcement day (session 48): POST …/plan-document?announcedOn=YYYY-MM-DD
// prints "ประกาศ ณ วันที่ …" with that day; without it, dotted blanks (the year too, unless only one
// is left: made in October 2565, FY2566's may be signed in 2565 or 2566; session 49).
// The demo org's chief executive (set as `npm run admin -- set-chief-executive` does) signs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationsPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const NOW = bangkok('2022-10-03T09:00:00');
const fy = 2566;
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
  await new OrgRepository(f.store).updateOrg('demo', (org) => ({ ...org, chiefExecutive: { name: 'นายสมชาย ใจดี' } }), {
    actor: 'test',
    now: NOW,
    action: 'org.chiefExecutive',
  });
}, 120_000);
afterAll(async () => f?.close());

const generate = (query?: Record<string, string>) =>
  call(f.handler, {
    method: 'POST',
    path: generationsPath('plan-document', fy),
    as: who.coordinator,
    ...(query ? { query } : {}),
  });
const file = async (generation: number, name: string) =>
  Buffer.from(await f.files.get(`demo/${fy}/plan-document/${generation}/${name}`));
const list = () => call(f.handler, { method: 'GET', path: generationsPath('plan-document', fy), as: who.coordinator });

describe("the plan document's announcement day, given when generating", () => {
  it('announcedOn=2022-10-15: the PDF says "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕" over the signature, the manifest records it', async () => {
    const res = await generate({ announcedOn: '2022-10-15' });
    expect(res.status).toBe(202);
    await f.documentsSettled();
    const g = res.body.generation as number;
    const model = JSON.parse((await file(g, 'plan.json')).toString('utf8'));
    expect(model.announcement).toEqual({
      on: '2022-10-15',
      year: 2565,
      signatory: { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรีตำบลดอนอะระง' },
    });
    expect(squeeze(pdfText(await file(g, 'plan.pdf')))).toContain(squeeze('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕ ลงชื่อ'));
    expect(JSON.parse((await file(g, 'manifest.json')).toString('utf8')).announcedOn).toBe('2022-10-15');
    // the list says it too (the documents screen's row)
    expect((await list()).body.items.find((i: { generation: number }) => i.generation === g).announcedOn).toBe(
      '2022-10-15',
    );
  });

  it('without it, made on 3 October 2565: dotted day, month and year (2565 or 2566)', async () => {
    const res = await generate();
    await f.documentsSettled();
    const g = res.body.generation as number;
    expect(squeeze(pdfText(await file(g, 'plan.pdf')))).toContain(
      squeeze('ประกาศ ณ วันที่ ........ เดือน ........................ พ.ศ. ............'),
    );
    expect(JSON.parse((await file(g, 'manifest.json')).toString('utf8')).announcedOn).toBeUndefined();
    expect((await list()).body.items.find((i: { generation: number }) => i.generation === g)).not.toHaveProperty(
      'announcedOn',
    );
  });

  it.each(['2565-10-15', '2022-02-30', '15/10/2565', '2022-10-15,2022-10-16'])(
    'announcedOn=%s is refused (400), nothing claimed',
    async (day) => {
      const before = (await list()).body.items.length;
      const res = await generate({ announcedOn: day });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('announcedOn');
      expect((await list()).body.items.length).toBe(before);
    },
  );

  // re-check s48 #1: 2030-01-01 printed "พ.ศ. ๒๕๗๓" on FY2566's plan. The window: 1 January of the
  // year the fiscal year starts in (1 มกราคม ๒๕๖๕) to its last day (30 กันยายน ๒๕๖๖)
  it.each(['2030-01-01', '2021-12-31', '2023-10-01'])(
    'announcedOn=%s, outside FY2566 (1 มกราคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖), is refused at query.announcedOn, in Thai with the window, nothing claimed',
    async (day) => {
      const before = (await list()).body.items.length;
      const res = await generate({ announcedOn: day });
      expect(res.status).toBe(400);
      expect(res.body.error.message_th).toBe('ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ');
      expect(res.body.error.fields).toEqual([
        expect.objectContaining({
          path: 'query.announcedOn',
          message_th: 'วันที่ประกาศต้องอยู่ระหว่าง ๑ มกราคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖ (ปีงบประมาณ ๒๕๖๖)',
        }),
      ]);
      expect((await list()).body.items.length).toBe(before);
    },
  );

  it.each(['2022-01-01', '2023-09-30'])("announcedOn=%s, the window's first or last day, is taken", async (day) => {
    const res = await generate({ announcedOn: day });
    expect(res.status).toBe(202);
    await f.documentsSettled();
    const g = res.body.generation as number;
    expect(JSON.parse((await file(g, 'manifest.json')).toString('utf8')).announcedOn).toBe(day);
    expect((await list()).body.items.find((i: { generation: number }) => i.generation === g).announcedOn).toBe(day);
  });
});
