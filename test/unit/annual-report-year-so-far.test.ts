// Tester s38 #4: a results report generated in March read as the whole year's. Made on or before
// the fiscal year's 30 September, the report says under its title, on its first page, that it
// covers the year up to that day, "ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)": the
// PDF, the DOCX, the HTML rendering and the public ITA page alike.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type AnnualReportModel,
  buildAnnualReport,
  lateAdditionsNote,
  totalsSentence,
} from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { nothingDueTh } from '../../shared/domain/compliance-summary.js';
import { yearSoFarNote } from '../../shared/domain/period-labels.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { renderItaPage } from '../../shared/publishing/ita-page.js';
import { renderAnnualReportEmail } from '../../shared/mail/annual-report-email.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { keepWhole, wholeThaiDates } from '../../shared/mail/html.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pagesContaining, pdfText, pdfWords, squeeze } from '../support/pdf-tools.js';
import { htmlWords } from '../support/mailbox.js';

const model = (asOf: PlainDate) =>
  buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan: samplePlan(), reports: new Map(), asOf });

/** The DOCX's paragraphs' text, in order. */
const docxParagraphs = (docx: Uint8Array) =>
  [...strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(
    ([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(''),
  );

const itaPage = (asOf: PlainDate) =>
  renderItaPage({ orgName: SAMPLE_ORG.name, fy: 2566, items: [], reporting: { asOf, generation: 1, byIndicator: [] } });

describe('a results report made before its fiscal year ended says it covers the year so far', () => {
  it.each([
    ['in March', '2023-03-15', 'ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)'],
    ["on the year's first day", '2022-10-01', 'ข้อมูล ณ วันที่ ๑ ตุลาคม ๒๕๖๕ (ปีงบประมาณยังไม่สิ้นสุด)'],
    ['on its last day, 30 September', '2023-09-30', 'ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)'],
    ['on 1 October, the year ended', '2023-10-01', undefined],
    ['in December, after the year', '2023-12-20', undefined],
  ] as const)('%s (%s)', (_, asOf, note) => {
    expect(yearSoFarNote(2566, asOf)).toBe(note);
    expect(model(asOf).yearSoFar).toBe(note);
    const html = renderHtml(model(asOf));
    const page = itaPage(asOf);
    // the email that brings the report to executives (its PDF attached) says the same
    const email = renderAnnualReportEmail(model(asOf), 1, 'https://ita.example.org/');
    if (note) {
      expect(email.text).toContain(`ได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสแล้ว ${note}`);
      // its HTML keeps the date whole, as the report's own HTML does (tester s44)
      expect(email.html).toContain(keepWhole(note));
      expect(email.html).not.toContain(note);
      expect(email.text).not.toContain('ประจำปีเรียบร้อยแล้ว');
      // the HTML keeps the date's day, month and year on one line (tester s43 F11)
      expect(html).toContain(`</h1><p class="year-so-far"><strong>${wholeThaiDates(note)}</strong></p>`);
      expect(page).toContain(`ภาระการรายงานที่ครบกำหนดแล้ว ${wholeThaiDates(note)} ตามรายงานผลการดำเนินการที่เผยแพร่`);
    } else {
      expect(html).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
      expect(email.text).toContain('ประจำปีเรียบร้อยแล้ว');
      expect(email.text).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
      expect(page).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
    }
  });

  it('the PDF says it on its first page, under the title, and the DOCX in the paragraph after the title', async () => {
    const march = model('2023-03-15');
    const [pdf, docx] = [await renderPdf(march), docxParagraphs(await renderDocx(march))];
    const note = 'ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)';
    expect(pagesContaining(pdf, note)).toEqual([1]);
    const lines = pdfText(pdf).split('\n');
    expect(lines.slice(0, 3).join('')).toContain(`${march.title.slice(-10)}${note}`);
    expect(docx.slice(0, 2)).toEqual([march.title, note]);
    // the totals say what is not yet due in both (the DOCX left it out)
    const totals = totalsSentence(march.statistics.total);
    expect(totals).toMatch(/ยังไม่ถึงกำหนด [๐-๙]+ รายการ$/);
    expect(docx).toContain(totals);
    expect(squeeze(pdfText(pdf))).toContain(squeeze(totals));
  });

  it('a report made after the year ended says nothing of the kind in the DOCX: the introduction follows the title', async () => {
    const ended = model('2023-10-02');
    const docx = docxParagraphs(await renderDocx(ended));
    expect(docx.join('\n')).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
    expect(docx.slice(0, 2)).toEqual([ended.title, ended.introduction]);
  });
});

// tester s39: the emails to executives greeted no one; the annual report's goes to executives and
// coordinators alike
describe("the annual report's email greets its readers", () => {
  it.each(['2023-10-01', '2023-04-20'] as const)(
    'made %s: "เรียน ผู้บริหารและคณะทำงาน ITA" and the org, above the intro',
    (asOf) => {
      const email = renderAnnualReportEmail(model(asOf), 1, 'https://ita.example.org/');
      const greeting = `เรียน ผู้บริหารและคณะทำงาน ITA ${SAMPLE_ORG.name}`;
      expect(email.text.split('\n')[2]).toBe(greeting);
      expect(htmlWords(email.html)).toContain(`<p>${greeting}</p><p>ระบบได้จัดทำรายงาน`);
    },
  );
});

// tester s41b F8: the subject was the whole title, "[ITA] รายงานผลการดำเนินการตามมาตรการส่งเ…" on a
// phone's inbox line, with no year and no figure
describe("the annual report's email subject says the year and its figure first (a report made before the year ended: then the day), short for a phone", () => {
  const withTotals = (asOf: PlainDate, total: { due: number; missing: number }) => {
    const m = model(asOf);
    return { ...m, statistics: { ...m.statistics, total: { ...m.statistics.total, ...total } } };
  };
  it.each([
    [
      'made after the year, 3 of 312 not sent',
      '2023-10-02',
      { due: 312, missing: 3 },
      2,
      'รายงานผลปีงบฯ ๒๕๖๖: ยังไม่ส่ง ๓ จาก ๓๑๒ รายการ',
    ],
    ['every report sent', '2023-10-02', { due: 312, missing: 0 }, 1, 'รายงานผลปีงบฯ ๒๕๖๖: ส่งครบ ๓๑๒ รายการ'],
    [
      'made in March, the year so far',
      '2023-03-15',
      { due: 120, missing: 29 },
      1,
      'รายงานผลปีงบฯ ๒๕๖๖: ยังไม่ส่ง ๒๙ จาก ๑๒๐ รายการ (ข้อมูล ณ ๑๕ มี.ค.)',
    ],
    [
      "made on the year's first day, nothing due yet",
      '2022-10-01',
      { due: 0, missing: 0 },
      1,
      'รายงานผลปีงบฯ ๒๕๖๖: ยังไม่มีรายงานครบกำหนด (ข้อมูล ณ ๑ ต.ค.)',
    ],
  ] as const)('%s', (_, asOf, total, generation, subject) => {
    const email = renderAnnualReportEmail(withTotals(asOf, total), generation, 'https://ita.example.org/');
    expect(email.subject).toBe(`[ITA] ${subject}`);
    // the full title stays the body's heading
    expect(email.text.split('\n')[0]).toBe(model(asOf).title);
  });
});

// Tester s45 #4: the 1 October email's subject ended "(ฉบับที่ ๒)"; the executives never got ฉบับที่ ๑
// (the coordinator's April draft, not emailed), so it read as if they had missed one. The number is
// said only when an earlier generation of the year was emailed, to tell the two apart.
describe("the annual report's email names its generation only beside one emailed before", () => {
  const octFirst = model('2023-10-01');
  const words = (e: { subject: string; text: string; html: string }) => [e.subject, e.text, e.html].join('\n');

  it('ฉบับที่ ๒ after a draft nobody was emailed: no generation in the subject or the body', () => {
    const email = renderAnnualReportEmail(octFirst, 2, 'https://ita.example.org/');
    expect(email.subject).toMatch(/^\[ITA\] รายงานผลปีงบฯ ๒๕๖๖: .*รายการ$/u);
    expect(words(email)).not.toContain('ฉบับที่');
  });

  it('ฉบับที่ ๑, the first made (neighbour): no generation either', () => {
    expect(words(renderAnnualReportEmail(octFirst, 1, 'https://ita.example.org/'))).not.toContain('ฉบับที่');
  });

  it('ฉบับที่ ๓ after ฉบับที่ ๒ was emailed (neighbour): the subject names it, the body says it replaces the one sent', () => {
    const email = renderAnnualReportEmail(octFirst, 3, 'https://ita.example.org/', true);
    expect(email.subject).toMatch(/รายการ \(ฉบับที่ ๓\)$/u);
    expect(email.text).toContain('รายงานฉบับนี้ (ฉบับที่ ๓) จัดทำใหม่แทนฉบับที่ส่งทางอีเมลก่อนหน้า');
  });
});

// Tester s43 F11: the public page wrapped "ข้อมูล ณ วันที่ ๖" / "ธันวาคม ๒๕๖๖". A Thai date in the
// HTML outputs is written with no-break spaces, so a line never parts it.
describe('a Thai date in the HTML outputs keeps its day, month and year on one line', () => {
  const NBSP = '\u00a0';
  it('the ITA page of a year ended: "ข้อมูล ณ วันที่ ๖ ธันวาคม ๒๕๖๖" with no-break spaces in the date', () => {
    const page = itaPage('2023-12-06');
    expect(page).toContain(`ข้อมูล ณ วันที่ ๖${NBSP}ธันวาคม${NBSP}๒๕๖๖`);
    expect(page).not.toContain('๖ ธันวาคม');
  });

  it("the ITA page and the report's HTML of a year so far: the note's date, and the introduction's", () => {
    expect(itaPage('2023-03-15')).toContain(`ข้อมูล ณ วันที่ ๑๕${NBSP}มีนาคม${NBSP}๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)`);
    const html = renderHtml(model('2023-03-15'));
    expect(html).not.toMatch(/[๐-๙] มีนาคม/u);
    expect(html).toContain(`ข้อมูล ณ วันที่ ๑๕${NBSP}มีนาคม${NBSP}๒๕๖๖ ดังนี้`);
  });

  it('short months, a date with พ.ศ. and one without a year are kept whole; a year before a month is not a date', () => {
    expect(wholeThaiDates('ถึง ๑ ก.ย. แล้ว')).toBe(`ถึง ๑${NBSP}ก.ย. แล้ว`);
    expect(wholeThaiDates('วันที่ 6 ธันวาคม พ.ศ. 2569 เวลา')).toBe(`วันที่ 6${NBSP}ธันวาคม${NBSP}พ.ศ.${NBSP}2569 เวลา`);
    expect(wholeThaiDates('ปี ๒๕๖๖ ตุลาคม')).toBe('ปี ๒๕๖๖ ตุลาคม');
  });
});

// Tester s44 F5: mid-year, an indicator or a unit with nothing due yet read "ครบกำหนด ๐ … ร้อยละที่ส่ง
// ๐%" with an empty bar, which an executive reads as "sent nothing". Such a row says "–" for its rate,
// no bar, and why, in the public ITA page's words (nothingDueTh): the PDF, the DOCX and the HTML.
describe('a statistics row with nothing due yet says "–" and why, not ๐% with an empty bar', () => {
  /** The sample org with a unit "audit" added on 1 December: it owes December's reports on. */
  const withAudit = () => {
    const audit = {
      orgId: 'demo',
      unitId: 'audit',
      name: 'หน่วยตรวจสอบภายใน',
      aliases: [],
      addedAt: '2022-12-01T03:00:00.000Z',
    };
    const units = [...SAMPLE_UNITS, audit];
    return buildAnnualReport({ org: SAMPLE_ORG, units, plan: samplePlan(), reports: new Map(), asOf: '2022-12-06' });
  };
  /** Each row of the statistics with nothing due: its label as printed, and its counts. */
  const noneDue = (m: AnnualReportModel) =>
    [
      ...m.statistics.byIndicator.map((i) => ({
        label: `ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}`,
        counts: i.counts,
        kind: 'indicator',
      })),
      ...m.statistics.byUnit.map((u) => ({ label: u.unitName, counts: u.counts, kind: 'unit' })),
    ].filter((r) => r.counts.due === 0);

  it.each([
    ["on the year's first day: every indicator and unit", () => model('2022-10-01'), 12],
    ['in December: the half-yearly indicators (the monthly ones are due)', () => model('2022-12-06'), 3],
    ['in December: a unit added on 1 December, beside those indicators', withAudit, 4],
  ] as const)(
    '%s',
    async (_, made, rows) => {
      const m = made();
      const none = noneDue(m);
      expect(none).toHaveLength(rows);
      const bytes = await renderPdf(m);
      const [pdf, docx, html] = [squeeze(pdfText(bytes)), docxParagraphs(await renderDocx(m)), renderHtml(m)];
      for (const { label, counts, kind } of none) {
        const note = nothingDueTh(counts);
        expect(note).toMatch(/^ยังไม่มีรายการที่ครบกำหนด \(ยังไม่ถึงกำหนด [๐-๙]+ รายการ\)$/);
        // the PDF: the counts, "–" for the rate, then why (s45: the "–" came after the sentence)
        expect(pdf).toContain(squeeze(`${label} ๐ ๐ ๐ ๐ – ${note}`));
        expect(pdf).not.toContain(squeeze(`${label} ๐ ๐ ๐ ๐ ๐%`));
        // the DOCX: the rate's cell "–" and why
        const at = docx.lastIndexOf(label);
        expect(docx.slice(at, at + 7)).toEqual([label, '๐', '๐', '๐', '๐', '–', note]);
        // the HTML (its statistics are per indicator): why, no bar
        if (kind === 'indicator')
          expect(html).toContain(`<tr><td>${label}</td><td class="none">${wholeThaiDates(note)}</td><td>–</td></tr>`);
      }
      // the PDF's layout (s45): "–" where the other rows' percentages are, the sentence on the line
      // under it from where the column's heading "ร้อยละที่ส่ง" starts, not left of the "–" (pdftotext
      // reads a drawn line as one word; PDF y grows upwards)
      const words = pdfWords(bytes);
      const statsFrom = words.find((w) => w.text === 'สถิติการดำเนินการตามมาตรการ')!.page;
      const stats = words.filter((w) => w.page >= statsFrom);
      const sentences = stats.filter((w) => w.text.startsWith('ยังไม่มีรายการที่ครบกำหนด'));
      expect(sentences).toHaveLength(rows);
      const rates = stats.filter((w) => /^[๐-๙.]+%$/.test(w.text));
      for (const s of sentences) {
        const head = stats.find((w) => w.page === s.page && w.text === 'ร้อยละที่ส่ง')!;
        const dash = stats
          .filter((w) => w.page === s.page && w.text === '–' && w.y > s.y - 1)
          .sort((a, b) => a.y - b.y)[0]!;
        expect(Math.abs(s.x - head.x)).toBeLessThan(1);
        expect(dash.y - s.y).toBeGreaterThan(10);
        expect(dash.y - s.y).toBeLessThan(20);
        expect(dash.x).toBeGreaterThan(head.x + 100);
        for (const rate of rates) expect(Math.abs(dash.x - rate.x)).toBeLessThan(1);
      }
      // a row with reports due keeps its bar and rate
      for (const i of m.statistics.byIndicator.filter((x) => x.counts.due > 0))
        expect(html).toContain(`<tr><td>ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${i.name}</td><td class="bar">`);
    },
    60_000,
  );
});

// Tester s44 F6: the PDF called October's reports "ยังไม่ถึงกำหนด" in December without saying why:
// work added to the plan after its due date is on time until its grace ends. The report says so
// under its results table and under the statistics' totals, in the overview's words (lateAdditionsTh).
// Since s48 they are counted รอส่งย้อนหลัง (due, not sent), and the note says what that is.
describe('reports added to the plan after their due date: the report says what รอส่งย้อนหลัง counts', () => {
  /** The sample plan with the follow-ups given added on `days` (measure id -> day). */
  const added = (asOf: PlainDate, days: Record<string, PlainDate>) => {
    const plan: StoredPlan = samplePlan();
    for (const m of plan.measures) {
      const day = days[m.measureId];
      if (day) for (const f of m.followUps.filter((x) => x.cadence === 'monthly')) f.addedOn = day;
    }
    return buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan, reports: new Map(), asOf });
  };
  const NOTE = 'หมายเหตุ: "รอส่งย้อนหลัง" คือ';
  const UNSENT = 'ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว';

  it.each([
    [
      "one follow-up added on 6 December: October's and November's, on time until 9 December",
      () => added('2022-12-06', { m99: '2022-12-06' }),
      `${NOTE} ๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๙ ธันวาคม ๒๕๖๕ ${UNSENT}`,
    ],
    [
      'two added on different days: the grace rule, and its first and last day',
      () => added('2022-12-06', { m99: '2022-12-01', i4: '2022-12-06' }),
      `${NOTE} ๑๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่ม (๗ ธันวาคม ๒๕๖๕ ถึง ๙ ธันวาคม ๒๕๖๕ แล้วแต่รายการ) ${UNSENT}`,
    ],
    ['its grace over (12 December): not sent, no note', () => added('2022-12-12', { m99: '2022-12-06' }), undefined],
  ] as const)(
    '%s',
    async (_, made, note) => {
      const m = made();
      expect(lateAdditionsNote(m)).toBe(note);
      const [pdf, docx, html] = [await renderPdf(m), docxParagraphs(await renderDocx(m)), renderHtml(m)];
      if (note) {
        // under the results table and under the totals, on the statistics' page
        const text = squeeze(pdfText(pdf));
        expect(text.split(squeeze(note)).length - 1).toBe(2);
        expect(text).toContain(squeeze(`${totalsSentence(m.statistics.total)} ${note}`));
        // (the DOCX's XML and the HTML write " as &quot;)
        const escaped = note.replaceAll('"', '&quot;');
        expect(docx.filter((p) => p === escaped)).toHaveLength(2);
        expect(docx[docx.indexOf(totalsSentence(m.statistics.total)) + 1]).toBe(escaped);
        expect(html).toContain(`<p class="note">${wholeThaiDates(escaped)}</p>`);
      } else {
        expect(squeeze(pdfText(pdf))).not.toContain(squeeze('เพิ่มเข้าแผนหลังวันครบกำหนด'));
        expect(docx.join('\n')).not.toContain('เพิ่มเข้าแผนหลังวันครบกำหนด');
        expect(html).not.toContain('เพิ่มเข้าแผนหลังวันครบกำหนด');
      }
    },
    60_000,
  );
});
