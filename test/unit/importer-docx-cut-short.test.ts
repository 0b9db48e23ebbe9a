// Review 17 s24, S24-6: a Word file whose document.xml ends early (an interrupted save, a file sent
// part way) was read as far as it went: 05-standard.docx cut 200 characters into its third measure's
// row gave two measures and no warning; cut at half, "no measures table". Word refuses such a file
// and offers to recover it. It is refused as damaged (400 on the file, Thai first), naming the last
// text before the cut, wherever the cut falls; a whole document is read as before.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const files = unzipSync(new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url))));
const xml = strFromU8(files['word/document.xml']!);
const withDocument = (body: string) => zipSync({ ...files, 'word/document.xml': strToU8(body) });
/** where the n-th `</w:tr>` ends (0: the header row's) */
const rowEnd = (n: number) => [...xml.matchAll(/<\/w:tr>/g)][n]!.index + '</w:tr>'.length;

const MESSAGE_END =
  ' (ไฟล์อาจบันทึกไม่เสร็จหรือส่งมาไม่ครบ) มาตรการที่อยู่หลังจุดนั้นจะหายไป จึงไม่ได้นำเข้า กรุณาเปิดไฟล์ใน Word (ถ้า Word ถามว่าจะกู้คืนเนื้อหาหรือไม่ ให้ตอบตกลง) ตรวจว่าแผนครบ แล้วบันทึกเป็นไฟล์ใหม่และนำเข้าไฟล์นั้น';

describe('a Word document cut short is refused as a damaged file, naming the last text before the cut', () => {
  it("the reviewer's cut, 200 characters into the third measure's row: no two-measure plan", async () => {
    const error = await planFileRefusal(withDocument(xml.slice(0, rowEnd(2) + 200)));
    expect(error.message_th).toBe(
      `ไฟล์ Word นี้เสีย: เนื้อหาของเอกสารจบกลางคัน หลังข้อความ "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"${MESSAGE_END}`,
    );
    expect(error.message_en).toMatch(
      /^this Word file is damaged: its document ends part way after "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" \(the file may not/,
    );
    expect(error.fields).toEqual([
      {
        path: PLAN_FILE_FIELD,
        message_th: 'ไฟล์ Word เสีย: เนื้อหาของเอกสารจบกลางคัน',
        message_en: 'a damaged Word file: its document ends part way',
      },
    ]);
  });

  const inText = xml.indexOf('ตัวชี้วัดที่ ๙') + 'ตัวชี้วัดที่ ๙'.length;
  it.each([
    ['at half the part (it read as "no measures table")', Math.floor(xml.length / 2)],
    ['right after a row (</w:tr>)', rowEnd(2)],
    ['in the middle of a cell\'s text ("ตัวชี้วัดที่ ๙|…")', inText],
    ['in the middle of a tag ("<w:t xml:sp")', xml.indexOf('xml:space', inText) + 6],
    ['after the table, before </w:body>', xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length],
    ['only </w:document> missing', xml.lastIndexOf('</w:document>')],
  ])('cut %s: refused as damaged', async (_name, cut) => {
    const error = await planFileRefusal(withDocument(xml.slice(0, cut)));
    expect(error.message_th).toMatch(/^ไฟล์ Word นี้เสีย: เนื้อหาของเอกสารจบกลางคัน หลังข้อความ "[^"]+" \(ไฟล์อาจ/);
  });

  it('a cut in the third measure\'s first text names it: "…ตัวชี้วัดที่ ๙"', async () => {
    const error = await planFileRefusal(withDocument(xml.slice(0, inText)));
    expect(error.message_th).toContain('หลังข้อความ "ตัวชี้วัดที่ ๙"');
  });

  it('no XML at all in document.xml: refused as damaged, nothing to quote', async () => {
    const error = await planFileRefusal(withDocument('this is not xml'));
    expect(error.message_th).toMatch(/^ไฟล์ Word นี้เสีย: เนื้อหาของเอกสารจบกลางคัน \(ไฟล์อาจ/);
  });

  it('a whole document, with a line break or spaces after </w:document>, is read: three measures', async () => {
    for (const body of [xml, `${xml}\r\n`, `${xml}  \n`]) {
      const { document } = await readPlanFile(withDocument(body));
      const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
      expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i9']);
    }
  });
});
