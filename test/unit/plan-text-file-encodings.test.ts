// Issue 17 (session 7): a plan saved by Windows Notepad as "Unicode" (UTF-16 LE with a byte order
// mark) was refused as a binary file (its ASCII characters carry NUL bytes); "Unicode big endian"
// too, and pure Thai UTF-16 was read as code page 874 garbage. A BOM now names the encoding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const dir = new URL('../fixtures/plans/', import.meta.url);
/** A corpus plan in Windows line endings, as Notepad saves it. */
const plan = readFileSync(new URL('01-reordered-budget.txt', dir), 'utf8').replaceAll('\n', '\r\n');
const expected = JSON.parse(readFileSync(new URL('01-reordered-budget.txt.expected.json', dir), 'utf8'));

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const LE_BOM = [0xff, 0xfe];
const BE_BOM = [0xfe, 0xff];
const withBom = (bom: number[], body: Buffer) => new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

async function measuresOf(bytes: Uint8Array) {
  const { kind, document } = await readPlanFile(bytes);
  const { plan: read } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return {
    kind,
    title: read.title,
    measures: read.measures.map((m) => ({
      indicator: m.indicator,
      cadences: m.followUps.map((f) => f.cadence),
      unitIds: m.responsible.unitIds,
      allUnits: m.responsible.allUnits,
      ...(m.notes?.length ? { notes: m.notes.map((n) => n.label) } : {}),
    })),
  };
}

/** The refusal of `bytes`: a ValidationError on the file (the use case names its request field), Thai first. */
async function refusal(bytes: Uint8Array): Promise<ValidationError> {
  const error = await readPlanFile(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  const v = error as ValidationError;
  expect(v.fields).toEqual([
    expect.objectContaining({ path: PLAN_FILE_FIELD, message_th: expect.stringMatching(/[ก-๙]/) }),
  ]);
  return v;
}

describe('a text plan in UTF-16 with a byte order mark imports like its UTF-8 original', () => {
  it('UTF-16 LE with a BOM (Notepad "Unicode") gives the corpus plan\'s measures (was refused as binary)', async () => {
    const got = await measuresOf(withBom(LE_BOM, utf16le(plan)));
    expect(got.kind).toBe('text');
    expect(got.measures).toEqual(expected.measures);
    expect(got.title).toBe((await measuresOf(new Uint8Array(Buffer.from(plan)))).title);
  });

  it('UTF-16 BE with a BOM (Notepad "Unicode big endian") gives the same measures', async () => {
    expect((await measuresOf(withBom(BE_BOM, utf16be(plan)))).measures).toEqual(expected.measures);
  });

  it('UTF-8 with a BOM (Notepad "UTF-8 with BOM") gives the same measures and title, the mark dropped', async () => {
    const got = await measuresOf(withBom([0xef, 0xbb, 0xbf], Buffer.from(plan)));
    expect(got.measures).toEqual(expected.measures);
    expect(got.title.startsWith('\ufeff')).toBe(false);
  });

  it('a UTF-16 LE file of Thai only (no NUL byte at all) is read as Thai, not as code page 874', async () => {
    const thai = plan.replace(/[^\u0e00-\u0e7f]/g, '');
    const { document } = await readPlanFile(withBom(LE_BOM, utf16le(thai)));
    const text = document.blocks.map((b) => (b.kind === 'text' ? b.text : b.cells.join(''))).join('');
    expect(text).toBe(thai);
  });
});

describe('UTF-16 that cannot be read is refused in Thai and English', () => {
  it.each([
    ['UTF-16 LE', (t: string) => utf16le(t)],
    ['UTF-16 BE', (t: string) => utf16be(t)],
  ])('%s without a BOM: 400 saying to save the file as UTF-8', async (_name, encode) => {
    const v = await refusal(new Uint8Array(encode(plan)));
    expect(v.message_th).toContain('UTF-16');
    expect(v.message_th).toContain('บันทึกใหม่เป็น UTF-8');
    expect(v.message_en).toContain('save it again as UTF-8');
  });

  it.each([
    [
      'a lone high surrogate (D800) in UTF-16 LE',
      withBom(LE_BOM, Buffer.concat([utf16le('ตัวชี้วัด'), Buffer.from([0x00, 0xd8]), utf16le('ที่ ๑')])),
    ],
    [
      'a lone low surrogate (DC00) in UTF-16 BE',
      withBom(BE_BOM, Buffer.concat([utf16be('ตัวชี้วัด'), Buffer.from([0xdc, 0x00])])),
    ],
    ['an odd byte left at the end of UTF-16 LE', withBom(LE_BOM, Buffer.concat([utf16le(plan), Buffer.from([0x41])]))],
    ['bytes that are not UTF-8 after a UTF-8 BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from([0xe0, 0xb8, 0x41]))],
  ])('%s: 400 naming the encoding, Thai first', async (_name, bytes) => {
    const v = await refusal(bytes);
    expect(v.message_th).toMatch(/^อ่านไฟล์ข้อความนี้ไม่ได้: ไฟล์ระบุว่าเป็นข้อความ UTF-(8|16 LE|16 BE) แต่มีข้อมูลที่ไม่ใช่/);
    expect(v.message_en).toMatch(/is marked UTF-(8|16 LE|16 BE) but holds bytes that are not valid/);
  });
});

describe('text files that already read keep reading as before', () => {
  it('code page 874 (TIS-620) text still reads as Thai', async () => {
    const tis620 = new Uint8Array([...'ตัวชี้วัดที่'].map((c) => c.charCodeAt(0) - 0x0e00 + 0xa0));
    const { document } = await readPlanFile(tis620);
    expect(document.blocks[0]).toMatchObject({ text: 'ตัวชี้วัดที่' });
  });

  it('an old binary .doc (NULs at both byte parities) is still refused as binary', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 3, 0]);
    expect((await refusal(doc)).message_en).toContain('binary');
  });
});

describe('UTF-8 with a few bad bytes is UTF-8, not code page 874 (review of issue 17, entry 1)', () => {
  const seed = readFileSync(new URL('../measures-fy2566-don-arang.txt', dir));
  const seedMeasures = async (bytes: Uint8Array) => (await measuresOf(bytes)).measures.map((m) => m.indicator);
  it.each([
    ['the seed cut in the middle of its last letter', () => seed.subarray(0, seed.length - 1)],
    [
      'the seed with one stray lead byte inside it',
      () => Buffer.concat([seed.subarray(0, 4000), Buffer.from([0xe0]), seed.subarray(4000)]),
    ],
    [
      'the seed twice, cut mid-character after the first',
      () => Buffer.concat([seed, seed]).subarray(0, seed.length + 1000),
    ],
  ])('%s still gives the seed’s 7 measures', async (_, bytes) => {
    const indicators = await seedMeasures(new Uint8Array(bytes()));
    expect(indicators.slice(0, 7)).toEqual(await seedMeasures(new Uint8Array(seed)));
    expect(indicators.length).toBeGreaterThanOrEqual(7);
  });
});

describe('Thai decoded with the wrong code page and saved again reads as Thai (review 17 s10, S10-6)', () => {
  /** Code page 874 bytes of `text` (each character's byte, from the decoder's own table). */
  const cp874 = (text: string) => {
    const decoder = new TextDecoder('windows-874');
    const table = new Map<string, number>();
    for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
    return Buffer.from([...text].map((c) => table.get(c)!));
  };
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

  it.each([
    ['TIS-620 read as Latin-1 ("ÁÒµÃ¡ÒÃ")', () => cp874(plan).toString('latin1')],
    ['TIS-620 read as Windows-1252', () => new TextDecoder('windows-1252').decode(cp874(plan))],
    ['UTF-8 read as Windows-874 ("เธกเธฒเธ•")', () => new TextDecoder('windows-874').decode(Buffer.from(plan, 'utf8'))],
  ])('%s, saved as UTF-8, imports like the original', async (_shape, garbled) => {
    const text = garbled();
    expect(text).not.toContain('มาตรการ');
    expect(await measuresOf(utf8(text))).toEqual(await measuresOf(utf8(plan)));
  });

  it('UTF-8 read as Windows-874 whose lost bytes became U+FFFD is refused, saying why, not read as nonsense', async () => {
    const lossy = new TextDecoder('windows-874')
      .decode(Buffer.from(plan, 'utf8'))
      .replace(/[\u0080-\u009f]/g, '\ufffd');
    expect((await refusal(utf8(lossy))).message_th).toContain('อ่านผิดรหัสอักขระมาก่อน');
  });

  it('French or German text with accented letters is left as it is', async () => {
    const text = 'Mesures d’intégrité: réunion mensuelle, Überprüfung der Maßnahmen für die Gemeinde, été';
    const { document } = await readPlanFile(utf8(text.repeat(3)));
    expect(JSON.stringify(document)).toContain('Überprüfung');
  });
});
