// The chief executive's signature on the published documents (ITA assessor, session 48): the plan
// document ends with its announcement ("ประกาศ ณ วันที่ …") and the signature block, the results
// report (year and half-year) with the report to the executive and their acknowledgement.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Org } from '../../shared/domain/organisation.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { renderPlanDocx, renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const MAYOR: Org = { ...SAMPLE_ORG, chiefExecutive: { name: 'นายสมชาย ใจดี' } };

const plan = (org: Org, announcedOn?: string) =>
  buildPlanDocument({
    org,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    madeOn: '2022-10-03',
    ...(announcedOn ? { announcedOn: announcedOn as '2022-10-15' } : {}),
  });
const report = (org: Org, scope?: 'half-year') =>
  buildAnnualReport({
    org,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: new Map(),
    asOf: '2023-10-02',
    ...(scope ? { scope } : {}),
  });

/** The plan document announced on 15 October 2565, signed by the mayor: rendered once, two tests read it. */
let mayorPlan: Promise<Buffer> | undefined;
const mayorPlanPdf = () => (mayorPlan ??= renderPlanPdf(plan(MAYOR, '2022-10-15')));

/** word/document.xml's text, tags removed. */
const docxText = (docx: Uint8Array) =>
  strFromU8(unzipSync(docx)['word/document.xml']!)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
/** The PDF's last page, its lines as drawn, without its page number. */
const lastPageLines = (pdf: Uint8Array) =>
  pdfText(pdf)
    .split('\f')
    .filter((p) => p.trim())
    .at(-1)!
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^หน้า [๐-๙]+ \/ [๐-๙]+$/u.test(l));

describe('the plan document ends with its announcement, signed by the chief executive', () => {
  it('carries the day, the name and the position in its model', () => {
    expect(plan(MAYOR, '2022-10-15').announcement).toEqual({
      on: '2022-10-15',
      year: 2565,
      signatory: { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรีตำบลดอนอะระง' },
    });
    // no day given, made in October 2565: dated by hand, the year too (2565 or 2566)
    expect(plan(SAMPLE_ORG).announcement).toEqual({
      signatory: { position: 'นายกเทศมนตรีตำบลดอนอะระง' },
    });
  });

  // s48 P3: without a day the year the document was made in was printed, though the announcement of
  // FY2566 may fall in 2565 or 2566 (1 January 2565 to 30 September 2566, as the API accepts)
  it.each([
    ['made on 3 October 2565, the fiscal year’s first week (signed in 2565 or 2566)', '2022-10-03', undefined],
    ['made in June 2565, before the fiscal year starts', '2022-06-01', undefined],
    ['made in 2567, after the window (a past year’s plan made again)', '2024-01-10', undefined],
    ['made on 2 January 2566 (only 2566 is left)', '2023-01-02', 2566],
    ['made on 30 September 2566, the last day', '2023-09-30', 2566],
  ])('no announcement day, %s: the BE year printed only when one is possible', async (_n, madeOn, year) => {
    const model = buildPlanDocument({
      org: MAYOR,
      units: SAMPLE_UNITS,
      plan: samplePlan(),
      madeOn: madeOn as '2022-10-03',
    });
    expect(model.announcement?.year).toBe(year);
    const line = `ประกาศ ณ วันที่ ........ เดือน ........................ พ.ศ. ${year ? toThaiDigits(year) : '............'}`;
    expect(lastPageLines(await renderPlanPdf(model)).at(-4)).toBe(line);
    expect(docxText(await renderPlanDocx(model))).toContain(line);
  });

  it('prints "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕" and the signature block last in the PDF', async () => {
    const lines = lastPageLines(await mayorPlanPdf());
    expect(lines.slice(-4)).toEqual([
      'ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕',
      'ลงชื่อ ....................................................',
      '(นายสมชาย ใจดี)',
      'นายกเทศมนตรีตำบลดอนอะระง',
    ]);
  });

  it('writes the same lines at the end of the DOCX', async () => {
    const text = squeeze(docxText(await renderPlanDocx(plan(MAYOR, '2022-10-15'))));
    expect(text).toMatch(/ประกาศณวันที่๑๕ตุลาคมพ\.ศ\.๒๕๖๕ลงชื่อ\.+\(นายสมชายใจดี\)นายกเทศมนตรีตำบลดอนอะระง(?:หน้า)?$/u);
  });

  it.each([
    [
      'no chief executive set',
      SAMPLE_ORG,
      '(.....................................................)',
      'นายกเทศมนตรีตำบลดอนอะระง',
    ],
    [
      'an org whose name implies no position',
      { ...SAMPLE_ORG, name: 'ศูนย์ทดสอบ' },
      '(.....................................................)',
      'ตำแหน่ง ............................................',
    ],
    [
      'a name and no kind',
      { ...SAMPLE_ORG, name: 'ศูนย์ทดสอบ', chiefExecutive: { name: 'นายปรีชา มีสุข' } },
      '(นายปรีชา มีสุข)',
      'ตำแหน่ง ............................................',
    ],
  ])('with %s: dotted blanks to fill in by hand, never "undefined"', async (_n, org, name, position) => {
    const pdf = await renderPlanPdf(plan(org));
    const lines = lastPageLines(pdf);
    expect(lines.slice(-4)).toEqual([
      'ประกาศ ณ วันที่ ........ เดือน ........................ พ.ศ. ............',
      'ลงชื่อ ....................................................',
      name,
      position,
    ]);
    expect(pdfText(pdf)).not.toContain('undefined');
    const docx = docxText(await renderPlanDocx(plan(org)));
    expect(docx).toContain('ประกาศ ณ วันที่ ........ เดือน ........................ พ.ศ. ............');
    expect(docx).toContain(name);
    expect(docx).toContain(position);
    expect(docx).not.toContain('undefined');
  });

  it('wraps a long position without breaking the name or the place', async () => {
    const place = 'องค์การบริหารส่วนตำบลหนองบัวแดงเหนือใต้ออกตก';
    const org: Org = {
      ...SAMPLE_ORG,
      name: place,
      chiefExecutive: {
        name: 'นางสาวประภาพรรณ วงศ์สวัสดิ์เจริญชัย',
        position: `ปลัด${place} ปฏิบัติหน้าที่นายก${place}`,
      },
    };
    const lines = lastPageLines(await renderPlanPdf(plan(org, '2022-10-15')));
    const at = lines.indexOf('(นางสาวประภาพรรณ วงศ์สวัสดิ์เจริญชัย)');
    expect(at).toBeGreaterThan(0);
    const position = lines.slice(at + 1);
    expect(position.length).toBeGreaterThan(1);
    expect(squeeze(position.join(''))).toBe(squeeze(org.chiefExecutive!.position!));
    // the place, after ปลัด and after นายก, on one line each time
    expect(position.filter((l) => l.includes(place))).toHaveLength(2);
  });
});

// re-check s48 #4: the announcement and signature sat alone on the last page
describe("the plan document's announcement is never alone on its page", () => {
  /** The pages of `p`'s document as plan(MAYOR, '2022-10-15') makes it (the sample plan's: mayorPlanPdf). */
  const pages = async (p: StoredPlan, pdf?: () => Promise<Buffer>) =>
    pdfText(
      await (pdf?.() ??
        renderPlanPdf(
          buildPlanDocument({
            org: MAYOR,
            units: SAMPLE_UNITS,
            plan: p,
            madeOn: '2022-10-03',
            announcedOn: '2022-10-15',
          }),
        )),
    )
      .split('\f')
      .filter((page) => page.trim());

  it.each<[string, () => StoredPlan, (() => Promise<Buffer>)?]>([
    ['the sample plan', () => samplePlan(), mayorPlanPdf],
    [
      'the seed plan without the sample measure',
      () => ({ ...samplePlan(), measures: samplePlan().measures.filter((m) => m.measureId !== 'm99') }),
    ],
  ])('%s: the last measure goes over with the announcement, under the table header', async (_n, make, pdf) => {
    const p = make();
    const all = await pages(p, pdf);
    const end = squeeze(all.at(-1)!);
    const lastTitle = squeeze([...p.measures].sort((a, b) => a.order - b.order).at(-1)!.title);
    expect(end).toContain(squeeze('มาตรการ/แนวทาง'));
    expect(end).toContain(lastTitle);
    expect(end.indexOf(lastTitle)).toBeLessThan(end.indexOf(squeeze('ประกาศ ณ วันที่')));
  });

  it('a plan of one measure: the announcement follows the table on its one page', async () => {
    const all = await pages({ ...samplePlan(), measures: samplePlan().measures.slice(0, 1) });
    expect(all).toHaveLength(1);
    expect(squeeze(all[0]!)).toContain(squeeze('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕'));
  });
});

describe("the results report ends with the report to the executive and the executive's acknowledgement", () => {
  it.each([
    ['year', undefined, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
    ['half-year', 'half-year' as const, 'รอบ ๖ เดือนแรก ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
  ])("the %s report: its model, the PDF's last lines and the DOCX's", async (_n, scope, which) => {
    const model = report(MAYOR, scope);
    expect(model.acknowledgement).toEqual({
      year: 2566,
      signatory: { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรีตำบลดอนอะระง' },
    });
    const expected = [
      'เรียน นายกเทศมนตรีตำบลดอนอะระง',
      `เพื่อโปรดทราบผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ${which}`,
      'ลงชื่อ .................................................... ผู้รายงาน',
      '(.....................................................)',
      'ตำแหน่ง ............................................',
      'ความเห็นของผู้บริหาร',
      '.........................................................................................................',
      '.........................................................................................................',
      'ลงชื่อ ....................................................',
      '(นายสมชาย ใจดี)',
      'นายกเทศมนตรีตำบลดอนอะระง',
      'วันที่ ........ เดือน ........................ พ.ศ. ............',
    ];
    const pdf = await renderPdf(model);
    expect(squeeze(lastPageLines(pdf).slice(-expected.length).join('\n'))).toBe(squeeze(expected.join('\n')));
    const docx = squeeze(docxText(await renderDocx(model)));
    expect(docx).toContain(squeeze(expected.join('')));
  });

  it('without a chief executive: dotted name, the position from the name, never "undefined"', async () => {
    const pdf = await renderPdf(report({ ...SAMPLE_ORG, name: 'ศูนย์ทดสอบ' }, 'half-year'));
    const last = lastPageLines(pdf);
    expect(last).toContain('เรียน ผู้บริหาร');
    expect(last.slice(-4)).toEqual([
      'ลงชื่อ ....................................................',
      '(.....................................................)',
      'ตำแหน่ง ............................................',
      'วันที่ ........ เดือน ........................ พ.ศ. ............',
    ]);
    expect(pdfText(pdf)).not.toContain('undefined');
    expect(docxText(await renderDocx(report(SAMPLE_ORG)))).toContain(
      '(.....................................................)',
    );
  });

  // re-check s48 #3: an acting head's position was the memo's addressee too ("เรียน ปลัดเทศบาล ปฏิบัติหน้าที่…")
  it.each([
    ['ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรีตำบลดอนอะระง', 'นายกเทศมนตรีตำบลดอนอะระง'],
    ['รองนายกเทศมนตรี ปฏิบัติหน้าที่นายกเทศมนตรีตำบลดอนอะระง', 'นายกเทศมนตรีตำบลดอนอะระง'],
    ['ปลัดองค์การบริหารส่วนตำบลบ้านใหม่ รักษาราชการแทนนายกองค์การบริหารส่วนตำบลบ้านใหม่', 'นายกองค์การบริหารส่วนตำบลบ้านใหม่'],
  ])(
    'acting as "%s": "เรียน %s" (the office), the signature block with the acting position',
    async (position, office) => {
      const org: Org = { ...SAMPLE_ORG, chiefExecutive: { name: 'นายสมชาย ใจดี', position } };
      const pdf = await renderPdf(report(org));
      const lines = lastPageLines(pdf);
      expect(lines).toContain(`เรียน ${office}`);
      expect(lines.some((l) => l.startsWith('เรียน') && /ปฏิบัติหน้าที่|รักษาราชการแทน/u.test(l))).toBe(false);
      expect(squeeze(lines.slice(-5).join(''))).toContain(squeeze(`(นายสมชาย ใจดี)${position}`));
      expect(squeeze(docxText(await renderDocx(report(org))))).toContain(squeeze(`เรียน ${office}เพื่อโปรดทราบ`));
    },
  );

  it.each([
    ['เมืองพัทยา', 'นายกเมืองพัทยา'],
    ['กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร'],
    ['เทศบาลนครนนทบุรี จังหวัดนนทบุรี', 'นายกเทศมนตรีนครนนทบุรี'],
  ])('%s: addressed and signed as the %s', async (name, position) => {
    const lines = lastPageLines(
      await renderPdf(report({ ...SAMPLE_ORG, name, chiefExecutive: { name: 'นายสมชาย ใจดี' } })),
    );
    expect(lines).toContain(`เรียน ${position}`);
    expect(lines.slice(-4)).toEqual([
      'ลงชื่อ ....................................................',
      '(นายสมชาย ใจดี)',
      position,
      expect.stringMatching(/^วันที่ /u),
    ]);
  });
});
