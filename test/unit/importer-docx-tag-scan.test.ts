// word/document.xml was tokenised by one regex over the whole part. Under CI's load a 5 MB text run
// threw "Maximum call stack size exceeded" (session 21's CI, importer-zip-inflated-once), and a `<`
// with a name but no `>` after it cost a search to the end of the part each time (60,000 of them:
// 6 to 11 s, quadratic). The part is now scanned with indexOf, each character looked at a bounded number
// of times.
import { describe, expect, it } from 'vitest';
import { visibleDocxTokens } from '../../shared/import/docx-visible-tokens.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { docx } from '../support/plan-table-files.js';

const texts = (xml: string) => {
  const found: (string | undefined)[] = [];
  visibleDocxTokens(xml, (t) => t.name === undefined && found.push(t.text));
  return found;
};

describe('a Word part is scanned tag by tag, in one pass', () => {
  it('a < that starts no tag is skipped and the text around it kept', () => {
    expect(texts('<w:t>a < b < 3</w:t>')).toEqual(['a ', ' b ', ' 3']);
  });

  it.each([
    ['100,000 "<w:a" with no ">" after them', '<w:t>x</w:t>' + '<w:a'.repeat(100_000)],
    ['100,000 "</w:p" with no ">" after them', '<w:t>x</w:t>' + '</w:p'.repeat(100_000)],
    ['100,000 "<w:b c=" after an unclosed run', '<w:t>x</w:t><w:r>' + '<w:b c='.repeat(100_000)],
  ])('%s: read to the end, the text before kept', (_, xml) => {
    const got = texts(xml);
    expect(got[0]).toBe('x');
    expect(got.join('').length).toBeGreaterThan(100_000 * 3);
  });

  it.each([
    ['5,000,000 letters in one run', 'ก'.repeat(5_000_000)],
    ['1,000,000 "&lt;a" in one run', '&lt;a'.repeat(1_000_000)],
  ])('%s: the run is one text token', (_, run) => {
    expect(texts(`<w:p><w:r><w:t>${run}</w:t></w:r></w:p>`)).toEqual([run]);
  });

  it('a Word file whose body ends in 100,000 unclosed tags is read as a document with no plan table', async () => {
    const bytes = docx('<w:p><w:r><w:t>แผน</w:t></w:r></w:p>' + '<w:a'.repeat(100_000));
    const read = await readPlanFile(bytes);
    expect(read.kind).toBe('docx');
  });
});
