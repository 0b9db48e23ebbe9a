// Review 17 s11, S11-23: OCR text whose table is written as Markdown ("| … |" with a "|---|" row)
// or as an HTML <table> amid the text read as "no measures table".
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview } from '../support/plan-table-files.js';

const text = (s: string) => new TextEncoder().encode(s);
const ROWS = [M4, M5, M9];
/** A cell's lines joined as Markdown writes them ("<br>"). */
const br = (cell: string, mark = '<br>') => cell.replace(/\n/g, mark);

describe('a plan table written as markup in a text file', () => {
  it('a Markdown pipe table under "#" headings: the measures, the title without its marks', async () => {
    const file = [
      `# ${TITLE[0]}`,
      `## ${TITLE[1]}`,
      '',
      `| ${HEADER.join(' | ')} |`,
      `|${HEADER.map(() => '---').join('|')}|`,
      ...ROWS.map((r) => `| ${r.map((c) => br(c)).join(' | ')} |`),
    ].join('\n');
    const result = await preview(text(file));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.title).toBe(`${TITLE[0]} ${TITLE[1]}`);
    expect(result.plan.measures[0]!.subMeasures).toEqual(['มาตรการป้องกันการใช้ทรัพย์สินของราชการ']);
    expect(result.warnings).toEqual([]);
  });

  it('a Markdown table without outer pipes, aligned, with "\\|", "<br/>" and bold: read, warnings name the file line', async () => {
    const rows = ROWS.map((r) => r.map((c) => br(c, '<br/>')));
    rows[2]![4] = 'กองช่าง \\| กองสวนสาธารณะ';
    rows[0]![0] = `**${rows[0]![0]}**`;
    const file = [
      'ผลการแปลงภาพเป็นข้อความ: แผนปีงบประมาณ ๒๕๖๗',
      `${HEADER.join(' | ')}`,
      `:--- | :---: | --- | --- | ---:`,
      ...rows.map((r) => r.join(' | ')),
      '',
      'ลงชื่อ ผู้จัดทำ',
    ].join('\n');
    const result = await preview(text(file));
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(result.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    const unknown = result.warnings.find((w) => w.code === 'unknown-unit');
    expect(unknown).toMatchObject({ where: { line: 6, column: 5 }, source: 'กองช่าง | กองสวนสาธารณะ' });
  });

  it('an HTML table amid OCR text lines (tags over several lines, Markdown headings around it)', async () => {
    const cell = (c: string) => `    <td>${c.split('\n').join('<br>\n')}</td>`;
    const file = [
      `## ${TITLE[0]}`,
      TITLE[1],
      '<table border="1">',
      `  <tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>`,
      ...ROWS.flatMap((r) => ['  <tr>', ...r.map(cell), '  </tr>']),
      '</table>',
      'ลงชื่อ ผู้จัดทำ',
    ].join('\n');
    const result = await preview(text(file));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.title).toBe(`${TITLE[0]} ${TITLE[1]}`);
    expect(result.plan.measures[0]!.followUps.map((f) => f.text)).toEqual([
      'รายงานผลต่อที่ประชุมทุกเดือน',
      'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
    ]);
  });

  it('the same three measures as tab-separated text still read as before', async () => {
    const file = [
      TITLE.join(' '),
      HEADER.join('\t'),
      ...ROWS.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')),
    ];
    expect(measuresOf(await preview(text(file.join('\n'))))).toEqual(BASE_MEASURES);
  });
});
