// Tester s43b F10: the public page of a year-so-far results report showed ten grey bars
// "ครบกำหนด ๐: ตรงเวลา ๐ · ล่าช้า ๐ · ไม่ได้ส่ง ๐" while the PDF it links says "ยังไม่ถึงกำหนด ๖๐ รายการ".
import { describe, expect, it } from 'vitest';
import { renderItaPage } from '../../shared/publishing/ita-page.js';

const counts = (due: number, notYetDue: number) => ({ due, onTime: due, late: 0, missing: 0, notYetDue });
const page = (byIndicator: { indicator: number; name: string; counts: ReturnType<typeof counts> }[]) =>
  renderItaPage({
    orgName: 'เทศบาลตำบลโคกไม้',
    fy: 2570,
    items: [],
    reporting: { asOf: '2026-12-06', generation: 1, byIndicator },
  });
const chartItems = (html: string) =>
  [...html.matchAll(/<ul class="chart">([\s\S]*?)<\/ul>/g)][0]![1]!.split('</li>').filter(Boolean);
const tenIndicators = (due: (i: number) => number, notYet: number) =>
  Array.from({ length: 10 }, (_, i) => ({
    indicator: i + 1,
    name: `ตัวชี้วัด ${i + 1}`,
    counts: counts(due(i + 1), notYet),
  }));

describe("the public page's figures when nothing is due yet", () => {
  it('a year with nothing due: one line saying so and how many are not yet due, no bars of zeros', () => {
    const html = page(tenIndicators(() => 0, 6));
    expect(chartItems(html)).toEqual(['<li>ยังไม่มีภาระการรายงานที่ครบกำหนด (ยังไม่ถึงกำหนด ๖๐ รายการ)']);
    expect(html).not.toContain('ครบกำหนด ๐');
    expect(html).not.toContain('class="bar"');
    // no legend of colours over no bars (tester s43 re-check)
    expect(html).not.toContain('class="legend"');
  });

  it('an indicator with nothing due among others: it says so in words, the others keep their bars', () => {
    const html = page(tenIndicators((i) => (i === 4 ? 3 : 0), 2));
    const items = chartItems(html);
    expect(items).toHaveLength(10);
    expect(items[3]).toContain('ครบกำหนด ๓: ตรงเวลา ๓ · ล่าช้า ๐ · ไม่ได้ส่ง ๐');
    expect(items[0]).toContain('ยังไม่มีรายการที่ครบกำหนด (ยังไม่ถึงกำหนด ๒ รายการ)');
    expect(html.match(/class="bar"/g)).toHaveLength(1);
    expect(html).toContain('class="legend"');
  });

  it('nothing due and nothing to come: the line alone, no bracket', () => {
    expect(chartItems(page(tenIndicators(() => 0, 0)))).toEqual(['<li>ยังไม่มีภาระการรายงานที่ครบกำหนด']);
  });
});
