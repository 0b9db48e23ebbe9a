// Review 17 s10, S10-3: the unpacked-size bound trusted the sizes a zip declares. A 413 KB .xlsx
// declaring 4 KB for a sheet that inflates to 400 MB took 17 s and 580 MB before "damaged"; the
// same lie in a .docx was cut short and read as a file with no measures table.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { zipSizeProblem } from '../../shared/import/zip-inflated-size.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));
const text = (s: string) => new TextEncoder().encode(s);

/** A zip of `parts` whose entry `liar` declares `declared` bytes unpacked (local and central headers). */
function lyingZip(parts: Record<string, Uint8Array>, liar: string, declared: number): Uint8Array {
  const zip = zipSync(parts, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const name = text(liar);
  const named = (at: number, nameAt: number, length: number) =>
    length === name.length && name.every((b, k) => zip[at + nameAt + k] === b);
  for (let at = 0; at + 46 < zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at, 30, view.getUint16(at + 26, true)))
      view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50 && named(at, 46, view.getUint16(at + 28, true)))
      view.setUint32(at + 24, declared, true);
  }
  return zip;
}

const spaces = (mb: number) => new Uint8Array(mb * 1024 * 1024).fill(0x20);
const workbook = (sheet: Uint8Array) => ({
  '[Content_Types].xml': text('<Types/>'),
  'xl/workbook.xml': text('<workbook/>'),
  'xl/worksheets/sheet1.xml': sheet,
});
const document = (body: Uint8Array) => ({ '[Content_Types].xml': text('<Types/>'), 'word/document.xml': body });

const refusal = async (bytes: Uint8Array) => (await planFileRefusal(bytes)).message_th;

describe('a zip whose parts inflate to other sizes than declared is refused as damaged, before a reader trusts it', () => {
  it.each([
    [
      'a workbook sheet declaring 4 KB, inflating to 60 MB',
      () => lyingZip(workbook(spaces(60)), 'xl/worksheets/sheet1.xml', 4096),
    ],
    ['a Word body declaring 4 KB, inflating to 8 MB', () => lyingZip(document(spaces(8)), 'word/document.xml', 4096)],
    [
      'a Word body declaring more than it holds',
      () => lyingZip(document(text('<w:document/>')), 'word/document.xml', 900),
    ],
  ])('%s', async (_shape, make) => {
    const bytes = make();
    expect(zipSizeProblem(bytes, 50 * 1024 * 1024)).toBe('size-mismatch');
    expect(await refusal(bytes)).toContain('ไฟล์ ZIP เสีย ขนาดข้อมูลไม่ตรงกับที่ระบุในไฟล์');
  });

  it('a zip that truly unpacks past 50 MB is refused as too large, counted as it inflates', async () => {
    const bytes = zipSync(workbook(spaces(60)), { level: 9 });
    expect(zipSizeProblem(bytes, 50 * 1024 * 1024)).toBe('too-large');
    expect(await refusal(bytes)).toContain('ใหญ่เกิน ๕๐ MB');
  });

  it('the Word and Excel plans of the corpus keep their sizes and read as before', async () => {
    for (const name of ['05-standard.docx', '09-standard.xlsx']) {
      const bytes = fixture(name);
      expect(zipSizeProblem(bytes, 50 * 1024 * 1024)).toBeUndefined();
      expect((await readPlanFile(bytes)).kind).toBe(name.endsWith('.docx') ? 'docx' : 'xlsx');
    }
  });
});
