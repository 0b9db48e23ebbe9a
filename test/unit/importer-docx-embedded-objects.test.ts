// Review 17 s13, S13-18: a Word plan whose table is an Excel worksheet pasted as an object
// ("วางแบบพิเศษ > Microsoft Excel Worksheet Object": w:object + o:OLEObject ProgID Excel.Sheet.12,
// the workbook in word/embeddings/*.xlsx) read as "no measures table", with no hint. The workbook
// is now read where the object stands, its warnings naming the object and sheet; an object that
// cannot be read (an .xls, a chart) and a Word file whose table is a picture are told in Thai.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const REL_PACKAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
const REL_OLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** Word's VML form of an embedded object (Word 2007-2019, LibreOffice): a preview shape and o:OLEObject. */
const vmlObject = (id: string, progId: string) =>
  `<w:r><w:object w:dxaOrig="14000" w:dyaOrig="6000"><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:700pt;height:300pt" o:ole=""><v:imagedata r:id="preview" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="${progId}" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_170000000${id.length}" r:id="${id}"/></w:object></w:r>`;
/** The DrawingML form (w:drawing preview, w:objectEmbed). */
const drawingObject = (id: string, progId: string) =>
  `<w:r><w:object w:dxaOrig="14000" w:dyaOrig="6000"><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="preview"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing><w:objectEmbed w:drawAspect="content" r:id="${id}" w:progId="${progId}" w:shapeId="1"/></w:object></w:r>`;
const inParagraph = (runs: string) => `<w:p>${runs}</w:p>`;
const picture =
  '<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="preview"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
const vmlPicture =
  '<w:p><w:r><w:pict><v:shape style="width:400pt;height:300pt"><v:imagedata r:id="preview" o:title=""/></v:shape></w:pict></w:r></w:p>';

/** A .docx of `body`, with parts (relationship id -> [type, target under word/, bytes]). */
function withParts(body: string, parts: Record<string, [string, string, Uint8Array]>): Uint8Array {
  const zip = unzipSync(docx(body)) as Record<string, Uint8Array>;
  const relsName = 'word/_rels/document.xml.rels';
  const rels = zip[relsName]
    ? strFromU8(zip[relsName])
    : '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const added = Object.entries(parts)
    .map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('');
  zip[relsName] = strToU8(rels.replace('</Relationships>', `${added}</Relationships>`));
  for (const [type, target, bytes] of Object.values(parts)) if (type) zip[`word/${target}`] = bytes;
  return zipSync(zip);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const preview_: [string, string, Uint8Array] = [REL_IMAGE, 'media/image1.png', PNG];
const titleParagraphs = TITLE.map(wordParagraph).join('');
const M9_NO_CADENCE = [M9[0]!, M9[1]!, M9[2]!, '๑. รายงานผลต่อผู้บริหาร', M9[4]!];

/** BASE_MEASURES with i9's follow-up naming no cadence */
const BASE_I9_UNSPECIFIED = [BASE_MEASURES[0], BASE_MEASURES[1], { ...BASE_MEASURES[2]!, cadences: ['unspecified'] }];

const planBook = (name = 'แผน', last = M9) => xlsx([{ name, rows: [TITLE.slice(0, 1), HEADER, M4, M5, last] }]);

describe('a Word plan whose table is an embedded Excel worksheet', () => {
  it('Excel.Sheet.12 (VML object): the workbook is read where the object stands, warnings name the object and sheet', async () => {
    const body = `${titleParagraphs}${inParagraph(vmlObject('ole1', 'Excel.Sheet.12'))}${wordParagraph('ลงชื่อ ผู้เสนอ')}`;
    const result = await preview(
      withParts(body, {
        ole1: [REL_PACKAGE, 'embeddings/Microsoft_Excel_Worksheet.xlsx', await planBook('แผน', M9_NO_CADENCE)],
        preview: preview_,
      }),
    );
    expect(measuresOf(result)).toEqual(BASE_I9_UNSPECIFIED);
    expect(result.plan.title).toContain('มาตรการส่งเสริมคุณธรรม');
    const cadence = result.warnings.find((w) => w.code === 'unspecified-cadence')!;
    expect(cadence.where).toMatchObject({ object: 1, sheet: 'แผน', row: 5 });
    expect(cadence.message_th).toMatch(/^วัตถุที่ฝัง ๑ แผ่นงาน แผน แถว ๕/);
    expect(cadence.message_en).toMatch(/^embedded object 1, sheet แผน, row 5/);
    expect(result.warnings.filter((w) => w.code === 'embedded-content-unread')).toEqual([]);
  });

  it('the DrawingML form (w:objectEmbed) with text around it in the same paragraph', async () => {
    const body = `${wordParagraph(TITLE[0]!)}<w:p><w:r><w:t>${TITLE[1]}</w:t></w:r>${drawingObject('rId77', 'Excel.Sheet.12')}<w:r><w:t>หมายเหตุ ตามตารางข้างต้น</w:t></w:r></w:p>`;
    const result = await preview(
      withParts(body, { rId77: [REL_PACKAGE, 'embeddings/Book1.xlsx', await planBook()], preview: preview_ }),
    );
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.warnings.map((w) => w.code)).not.toContain('no-measures');
  });

  it('two objects with the same sheet name (Sheet1): both read, as tables of their own', async () => {
    const first = await xlsx([{ name: 'Sheet1', rows: [HEADER, M4, M5] }]);
    const second = await xlsx([{ name: 'Sheet1', rows: [HEADER, M9_NO_CADENCE] }]);
    const body = `${titleParagraphs}${inParagraph(vmlObject('a', 'Excel.Sheet.12'))}${wordParagraph('(ต่อ)')}${inParagraph(vmlObject('b', 'Excel.Sheet.12'))}`;
    const result = await preview(
      withParts(body, {
        a: [REL_PACKAGE, 'embeddings/Microsoft_Excel_Worksheet.xlsx', first],
        b: [REL_PACKAGE, 'embeddings/Microsoft_Excel_Worksheet1.xlsx', second],
        preview: preview_,
      }),
    );
    expect(measuresOf(result)).toEqual(BASE_I9_UNSPECIFIED);
    const cadence = result.warnings.find((w) => w.code === 'unspecified-cadence')!;
    expect(cadence.where).toMatchObject({ object: 2, sheet: 'Sheet1 (๒)', row: 2 });
  });

  it('an Excel 97-2003 object (Excel.Sheet.8, .xls): a Thai warning at its place saying what it is and what to do', async () => {
    const body = `${titleParagraphs}${inParagraph(vmlObject('ole1', 'Excel.Sheet.8'))}`;
    const result = await preview(
      withParts(body, {
        ole1: [REL_OLE, 'embeddings/Microsoft_Excel_97-2003_Worksheet.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])],
        preview: preview_,
      }),
    );
    expect(result.plan.measures).toEqual([]);
    const [w, ...more] = result.warnings.filter((x) => x.code === 'embedded-content-unread');
    expect(more).toEqual([]);
    expect(w!.where).toEqual({ line: 3, object: 1 });
    expect(w!.message_th).toContain('ตาราง Excel รุ่นเก่า (.xls)ที่ฝังไว้เป็นวัตถุ');
    expect(w!.message_th).toContain('ดับเบิลคลิกตารางใน Word คัดลอก แล้ววางเป็นตาราง Word');
    expect(w!.message_en).toContain('an Excel 97-2003 worksheet (.xls)');
    expect(w!.source).toBe('Excel.Sheet.8');
  });

  it.each([
    ['a chart', 'Excel.Chart.8', 'แผนภูมิ Excel'],
    ['a PDF', 'AcroExch.Document.DC', 'ไฟล์ PDF'],
    ['an .xlsx object whose part is missing', 'Excel.Sheet.12', 'ไม่มีข้อมูลของวัตถุอยู่ในไฟล์'],
  ])('%s: told, not read', async (_, progId, said) => {
    const body = `${titleParagraphs}${inParagraph(vmlObject('ole1', progId))}${wordTable([HEADER, M4])}`;
    const result = await preview(withParts(body, { ole1: ['', 'embeddings/oleObject1.bin', PNG] }));
    expect(measuresOf(result)).toEqual([BASE_MEASURES[0]]);
    const w = result.warnings.find((x) => x.code === 'embedded-content-unread')!;
    expect(w.message_th).toContain(said);
  });

  it('an object in a table cell beside other text: the row is read without it, the object told', async () => {
    const row = wordTable([HEADER, M4]).replace(
      '<w:t xml:space="preserve">กองคลัง</w:t></w:r></w:p>',
      `<w:t xml:space="preserve">กองคลัง</w:t></w:r></w:p>${inParagraph(vmlObject('ole1', 'Excel.Sheet.8'))}`,
    );
    const result = await preview(withParts(`${titleParagraphs}${row}`, { ole1: [REL_OLE, 'embeddings/o.bin', PNG] }));
    expect(measuresOf(result)).toEqual([BASE_MEASURES[0]]);
    const w = result.warnings.find((x) => x.code === 'embedded-content-unread')!;
    expect(w.where).toMatchObject({ table: 1, row: 2, object: 1 });
    expect(w.message_th).toContain('อยู่ในช่องตารางที่มีข้อความอื่น');
  });

  it('an embedded workbook that inflates past 50 MB is refused (the bound holds inside objects too)', async () => {
    const big = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/big.bin': [new Uint8Array(51 * 1024 * 1024), { level: 1 }],
    });
    const body = `${titleParagraphs}${inParagraph(vmlObject('a', 'Excel.Sheet.12'))}`;
    const bytes = withParts(body, { a: [REL_PACKAGE, 'embeddings/Microsoft_Excel_Worksheet.xlsx', big] });
    const refusal = await preview(bytes).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).message_th).toContain('รวมตาราง Excel ที่ฝังไว้) แล้วใหญ่เกิน ๕๐ MB');
  });
});

describe('a Word file whose plan table is a picture', () => {
  it.each([
    ['a DrawingML picture (w:drawing)', picture],
    ['a VML picture (w:pict)', vmlPicture],
  ])('%s and no table: a Thai warning says the table may be a picture and what to do', async (_, pic) => {
    const result = await preview(withParts(`${titleParagraphs}${pic}${wordParagraph('ลงชื่อ')}`, { preview: preview_ }));
    expect(result.plan.measures).toEqual([]);
    const [w, ...more] = result.warnings.filter((x) => x.code === 'embedded-content-unread');
    expect(more).toEqual([]);
    expect(w!.message_th).toMatch(/ไม่มีตาราง แต่มีรูปภาพ ๑ รูป ตารางแผนมาตรการอาจเป็นรูปภาพ/);
    expect(w!.message_th).toContain('OCR');
    expect(w!.message_en).toContain('no table but 1 picture');
    expect(w!.where).toEqual({ line: 3 });
  });

  it('a logo picture above a plan table: no such warning', async () => {
    const result = await preview(
      withParts(`${picture}${titleParagraphs}${wordTable([HEADER, M4, M5, M9])}`, { preview: preview_ }),
    );
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.warnings.map((w) => w.code)).not.toContain('embedded-content-unread');
  });
});
