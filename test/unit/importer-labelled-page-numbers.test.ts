// Text saved out of a PDF (pdftotext) keeps each page's furniture as lines of their own: a page
// number ("- 1 -", "1") before the page break, and in the reviewer's two-column page (review 17 s21,
// S21-2 / S21-5 input) the title's year "2571", cut off by the page's columns, alone between two
// measures. Under a labelled field ("การติดตามผล: …") such a line was read as one more follow-up,
// "treated as annual". A number alone after a field's text is no line of it (labelled-paragraphs.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../support/plan-pdf.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pdftotext/${name}`, import.meta.url), 'utf8');
const previewText = (text: string) => previewFile(new TextEncoder().encode(text));
const followUpsOf = async (text: string) =>
  (await previewText(text)).plan.measures.map((m) => [m.indicator, m.followUps.map((f) => [f.text, f.cadence])]);

/** the reviewer's one-per-heading text with `furniture` after measure 1's follow-up, then a page break */
const withFurniture = (furniture: string) => {
  const text = fixture('one-per-heading.txt');
  const at = text.indexOf('การติดตามผล: รายงานผลทุกเดือน\n') + 'การติดตามผล: รายงานผลทุกเดือน\n'.length;
  return `${text.slice(0, at)}\n${furniture}\n\f${text.slice(at)}`;
};
const ONE_PER_HEADING = [
  [1, [['รายงานผลทุกเดือน', 'monthly']]],
  [2, [['รายงานผลทุกไตรมาส', 'quarterly']]],
];

describe('a number alone under a labelled field, in text saved from a PDF', () => {
  it('the reviewer\'s two-columns text: the title\'s year cut off ("2571") is no follow-up of indicator 2', async () => {
    expect(await followUpsOf(fixture('two-columns.txt'))).toEqual([
      [1, [['รายงานผลทุกเดือน', 'monthly']]],
      [2, [['รายงานผลทุกไตรมาส', 'quarterly']]],
      [6, [['รายงานผลรอบ 6 เดือน', 'semiannual']]],
      [9, [['รายงานผลปี ละครัง้', 'annual']]],
    ]);
  });

  it('a page number "- 1 -" or "1" before the page break is no follow-up', async () => {
    expect(await followUpsOf(withFurniture('- 1 -'))).toEqual(ONE_PER_HEADING);
    expect(await followUpsOf(withFurniture('1'))).toEqual(ONE_PER_HEADING);
    expect(await followUpsOf(withFurniture('หน้า 1 / 2'))).toEqual(ONE_PER_HEADING);
  });

  it("a number that is a field's only text (a label, its value on the next line) is kept", async () => {
    const text = fixture('one-per-heading.txt').replace(
      'การติดตามผล: รายงานผลทุกเดือน',
      'ระยะเวลา:\n2567\nการติดตามผล: รายงานผลทุกเดือน',
    );
    const p = await previewText(text);
    expect(p.plan.measures[0]!.timeframe).toBe('2567');
    expect(p.plan.measures.map((m) => m.followUps.length)).toEqual([1, 1]);
  });
});
