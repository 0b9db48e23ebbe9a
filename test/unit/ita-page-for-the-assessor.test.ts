// Tester s47 (the ITA assessor) on the public ITA page: files saved as "results.pdf" from every org and
// year overwrote each other; the page never said when its documents last changed; the half-year report
// listed beside the year's in October read "เผยแพร่เมื่อ ๑ ตุลาคม" with no period, as if late; the figures
// quoted a "ฉบับที่ ๓" that no document carries.
import { describe, expect, it } from 'vitest';
import { downloadName, type ItaPageItem, renderItaPage } from '../../shared/publishing/ita-page.js';

const published = (publishedAt: string, base: string): ItaPageItem['published'] => ({
  generation: 3,
  publishedAt,
  files: [
    { format: 'pdf', href: `${base}.pdf`, size: 80_000 },
    { format: 'docx', href: `${base}.docx`, size: 40_000 },
  ],
});
const ITEMS: ItaPageItem[] = [
  {
    kind: 'plan-document',
    title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    published: published('2026-11-15T03:00:00.000Z', 'measures'),
  },
  {
    kind: 'half-year-report',
    title: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน',
    period: 'ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๙ ถึง ๓๑ มีนาคม ๒๕๗๐',
    published: published('2027-10-01T02:00:00.000Z', 'results-half-year'),
  },
  {
    kind: 'annual-report',
    title: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    published: published('2027-05-02T03:30:00.000Z', 'results'),
  },
];
const page = (items = ITEMS) => renderItaPage({ orgName: 'เทศบาลตำบลลำธาร', fy: 2570, items });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the public ITA page, as the assessor reads it', () => {
  it.each([
    ['results.pdf', 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลลำธาร 2570.pdf'],
    ['measures.docx', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลลำธาร 2570.docx'],
    [
      'results-half-year.pdf',
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน เทศบาลตำบลลำธาร 2570.pdf',
    ],
  ])('a file is saved under its title, the org and the year, not "%s"', (href, name) => {
    expect(page()).toContain(`href="${href}" download="${name}"`);
  });

  it.each([
    ['a name with a slash', 'อบต. บ้าน/ใหม่', 'มาตรการ อบต. บ้าน-ใหม่ 2570.pdf'],
    ['a name with a colon and quotes', 'เทศบาล "ท่าข้าม": ใหม่', 'มาตรการ เทศบาล -ท่าข้าม-- ใหม่ 2570.pdf'],
  ])('%s gives a file name every system accepts', (_name, org, name) => {
    expect(downloadName('มาตรการ', org, 2570, 'pdf')).toBe(name);
  });

  it('says when its documents were last published: the latest of them, Bangkok time', () => {
    expect(text(page())).toContain('เผยแพร่เอกสารล่าสุดเมื่อ ๑ ตุลาคม ๒๕๗๐ เวลา ๐๙:๐๐ น.');
    expect(text(page(ITEMS.slice(0, 1)))).toContain('เผยแพร่เอกสารล่าสุดเมื่อ ๑๕ พฤศจิกายน ๒๕๖๙ เวลา ๑๐:๐๐ น.');
    expect(text(page(ITEMS.map(({ published: _p, ...i }) => i)))).not.toContain('เผยแพร่เอกสารล่าสุด');
  });

  it('gives the half-year report its period under its title', () => {
    expect(text(page())).toContain(
      'รอบ ๖ เดือน ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๙ ถึง ๓๑ มีนาคม ๒๕๗๐ เผยแพร่เมื่อ ๑ ตุลาคม ๒๕๗๐',
    );
  });
});
