// Word tracked changes and hidden text were read as plan text (review 17 s9, entry 1): a deleted run
// (w:del, w:moveFrom) or a hidden one (w:vanish, w:specVanish) gave its unit to the measure. The
// coordinator sees the document with changes accepted: deleted and hidden text is not read,
// inserted and moved-in text is; a field's code (w:instrText) is no text, its result is.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readDocumentXml } from '../../shared/import/read-docx.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));
/** the responsible cell of the first measure (indicator 4) */
const FINANCE_CELL = '<w:t xml:space="preserve">กองคลัง</w:t></w:r></w:p></w:tc></w:tr>';

/** 05-standard.docx with the first measure's responsible cell given `runs` after its own run. */
function withRunsAfterFinance(runs: string): Uint8Array {
  const zip = unzipSync(standard);
  const xml = strFromU8(zip['word/document.xml']!);
  expect(xml).toContain(FINANCE_CELL);
  const at = xml.indexOf(FINANCE_CELL) + '<w:t xml:space="preserve">กองคลัง</w:t></w:r>'.length;
  zip['word/document.xml'] = strToU8(xml.slice(0, at) + runs + xml.slice(at));
  return zipSync(zip);
}
const run = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const change = 'w:id="9" w:author="ผู้ตรวจ" w:date="2026-11-30T10:00:00Z"';

const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};
const firstUnits = async (bytes: Uint8Array) => (await preview(bytes)).plan.measures[0]!.responsible.unitIds;

describe('Word tracked changes are read as accepted', () => {
  it.each([
    ['a deleted run (w:del, w:delText)', `<w:del ${change}><w:r><w:delText> กองช่าง</w:delText></w:r></w:del>`],
    ['a deleted run written with w:t', `<w:del ${change}>${run(' กองช่าง')}</w:del>`],
    ['a run moved away (w:moveFrom)', `<w:moveFrom ${change}>${run(' กองช่าง')}</w:moveFrom>`],
  ])('%s gives the measure no unit', async (_, runs) => {
    expect(await firstUnits(withRunsAfterFinance(runs))).toEqual(['finance']);
  });

  it.each([
    ['an inserted run (w:ins)', `<w:ins ${change}>${run(' กองช่าง')}</w:ins>`],
    ['a run moved in (w:moveTo)', `<w:moveTo ${change}>${run(' กองช่าง')}</w:moveTo>`],
    [
      'a run whose earlier formatting was hidden (w:rPrChange)',
      run(' กองช่าง', `<w:b/><w:rPrChange ${change}><w:rPr><w:vanish/></w:rPr></w:rPrChange>`),
    ],
  ])('%s is read', async (_, runs) => {
    expect(await firstUnits(withRunsAfterFinance(runs))).toEqual(['finance', 'engineering']);
  });

  it('a deleted table row is not read: the plan has one measure less', async () => {
    const zip = unzipSync(standard);
    const xml = strFromU8(zip['word/document.xml']!);
    // the second measure's row (indicator 5) deleted with its content
    const rows = [...xml.matchAll(/<w:tr>/g)].map((m) => m.index);
    const at = rows[2]! + '<w:tr>'.length;
    zip['word/document.xml'] = strToU8(xml.slice(0, at) + `<w:trPr><w:del ${change}/></w:trPr>` + xml.slice(at));
    const { plan } = await preview(zipSync(zip));
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
  });

  it('a deleted paragraph mark joins the paragraph to the next, as Word shows it', async () => {
    const zip = unzipSync(standard);
    const xml = strFromU8(zip['word/document.xml']!);
    const title = '๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน';
    const para = `<w:p><w:pPr><w:rPr><w:del ${change}/></w:rPr></w:pPr>${run('๑. มาตรการป้องกันการใช้ทรัพย์สิน')}</w:p><w:p>${run('ของราชการเพื่อประโยชน์ส่วนตน')}</w:p>`;
    const at = xml.indexOf(title);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    zip['word/document.xml'] = strToU8(xml.slice(0, start) + para + xml.slice(end));
    const { plan } = await preview(zipSync(zip));
    expect(plan.measures[0]!.subMeasures).toEqual(['มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน']);
  });
});

describe('Word hidden text is not read', () => {
  it.each([
    ['a hidden run (w:vanish)', run(' กองช่าง', '<w:vanish/>')],
    ['a run hidden for good (w:specVanish)', run(' กองช่าง', '<w:specVanish/>')],
    [
      'a hidden run inside an inserted one',
      `<w:ins ${change}>${run(' กองช่าง', '<w:sz w:val="28"/><w:vanish w:val="true"/>')}</w:ins>`,
    ],
  ])('%s gives the measure no unit', async (_, runs) => {
    expect(await firstUnits(withRunsAfterFinance(runs))).toEqual(['finance']);
  });

  it('a run marked not hidden (w:vanish w:val="0") is read', async () => {
    expect(await firstUnits(withRunsAfterFinance(run(' กองช่าง', '<w:vanish w:val="0"/>')))).toEqual([
      'finance',
      'engineering',
    ]);
  });
});

describe('Word fields: the code is not read, the result is', () => {
  it.each([
    [
      'a complex field (w:fldChar, w:instrText)',
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY กองช่าง </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(' กองการศึกษา')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    ],
    ['a simple field (w:fldSimple)', `<w:fldSimple w:instr=" DOCPROPERTY กองช่าง ">${run(' กองการศึกษา')}</w:fldSimple>`],
    [
      'a deleted field code (w:delInstrText) before a result',
      `<w:del ${change}><w:r><w:delInstrText> กองช่าง </w:delInstrText></w:r></w:del>${run(' กองการศึกษา')}`,
    ],
  ])('%s gives the result’s unit only', async (_, runs) => {
    expect(await firstUnits(withRunsAfterFinance(runs))).toEqual(['finance', 'education']);
  });
});

describe('a content control showing its placeholder holds no text (review 17 s9, entry 36)', () => {
  const control = (inner: string, placeholder = true) =>
    `<w:sdt><w:sdtPr>${placeholder ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
  const prompt = run(' คลิกหรือแตะที่นี่เพื่อใส่ข้อความ', '<w:rStyle w:val="PlaceholderText"/>');
  const responsibleText = async (bytes: Uint8Array) => (await preview(bytes)).plan.measures[0]!.responsible.text;

  it.each([
    ['an inline control in the unit cell', control(prompt)],
    [
      'a control marked w:showingPlcHdr w:val="1"',
      control(prompt).replace('<w:showingPlcHdr/>', '<w:showingPlcHdr w:val="1"/>'),
    ],
    ['a control around a paragraph after the unit', `</w:p>${control(`<w:p>${prompt}</w:p>`)}<w:p>`],
  ])('%s: its prompt is not read', async (_, runs) => {
    const text = await responsibleText(withRunsAfterFinance(runs));
    expect(text).toBe('กองคลัง');
  });

  it('a filled control (no w:showingPlcHdr) is read', async () => {
    expect(await firstUnits(withRunsAfterFinance(control(run(' กองช่าง'), false)))).toEqual(['finance', 'engineering']);
  });
});

describe('line breaks and special characters Word writes in runs (review 17 s9, entry 5)', () => {
  const body = (runContent: string) =>
    readDocumentXml(`<w:document><w:body><w:p><w:r>${runContent}</w:r></w:p></w:body></w:document>`).blocks.map((b) =>
      b.kind === 'text' ? b.text : '',
    );
  it.each([
    ['w:cr (a carriage return, from converted files)', '<w:t>ก</w:t><w:cr/><w:t>ข</w:t>', 'ก ข'],
    [
      'w:ptab (an absolute tab)',
      '<w:t>ก</w:t><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/><w:t>ข</w:t>',
      'ก ข',
    ],
    ['w:noBreakHyphen', '<w:t>ก</w:t><w:noBreakHyphen/><w:t>ข</w:t>', 'ก-ข'],
  ])('%s separates the words around it', (_, runContent, expected) => {
    expect(body(runContent)).toEqual([expected]);
  });

  it('two follow-ups in one paragraph separated by w:cr are two follow-ups with their cadences', async () => {
    const zip = unzipSync(standard);
    const xml = strFromU8(zip['word/document.xml']!);
    const first = '๑. รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน';
    const start = xml.lastIndexOf('<w:p>', xml.indexOf(first));
    const end = xml.indexOf('</w:p>', xml.indexOf('๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน')) + '</w:p>'.length;
    const para = `<w:p><w:r><w:t>${first}</w:t><w:cr/><w:t>๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน</w:t></w:r></w:p>`;
    zip['word/document.xml'] = strToU8(xml.slice(0, start) + para + xml.slice(end));
    const { plan } = await preview(zipSync(zip));
    expect(plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
  });
});

describe('Word text hidden through a style is not read (review 17 s9, entry 32)', () => {
  const STYLES = [
    '<w:style w:type="character" w:customStyle="1" w:styleId="Hidden"><w:name w:val="ซ่อน"/><w:rPr><w:vanish/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="HiddenToo"><w:name w:val="ซ่อนตาม"/><w:basedOn w:val="Hidden"/><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="HiddenPara"><w:name w:val="ย่อหน้าซ่อน"/><w:rPr><w:vanish/></w:rPr></w:style>',
  ].join('');
  /** withRunsAfterFinance's file with the styles above in word/styles.xml */
  const styled = (runs: string) => {
    const zip = unzipSync(withRunsAfterFinance(runs));
    zip['word/styles.xml'] = strToU8(strFromU8(zip['word/styles.xml']!).replace('</w:styles>', `${STYLES}</w:styles>`));
    return zipSync(zip);
  };

  it.each([
    ['a run in a hidden character style (w:rStyle)', run(' กองช่าง', '<w:rStyle w:val="Hidden"/>')],
    ['a run in a style based on a hidden one (w:basedOn)', run(' กองช่าง', '<w:rStyle w:val="HiddenToo"/>')],
    [
      'a paragraph in a hidden paragraph style, its runs without properties',
      `</w:p><w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>${run('กองช่าง')}</w:p><w:p>`,
    ],
  ])('%s gives the measure no unit', async (_, runs) => {
    expect(await firstUnits(styled(runs))).toEqual(['finance']);
  });

  it('a run of a hidden style that says w:vanish w:val="0" itself is read', async () => {
    expect(await firstUnits(styled(run(' กองช่าง', '<w:rStyle w:val="Hidden"/><w:vanish w:val="0"/>')))).toEqual([
      'finance',
      'engineering',
    ]);
  });
});
