// Session 36 (issue 15's bench rows): the .docx of 1,000,000 "<a" in a measure cell read 3.68x the
// 1 MB ordinary input on the quiet bench. Each measure's size was taken by encoding its JSON to
// UTF-8 and reading the length, twice an import (the Measure schema's size limit, and the save
// limit's 'plan-too-large' check): 5 M characters encoded twice for two numbers. The size is now
// counted (utf8-length.ts: Buffer.byteLength in the functions, a loop in the page), never encoded.
// Counted here, not timed: the characters given to TextEncoder during an import (a platform
// function watched, none of ours replaced); and the count held to TextEncoder's length.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { utf8Length, utf8LengthByHand } from '../../shared/domain/utf8-length.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { standardDocumentWithCellText } from '../support/big-plan-files.js';
import { HEADER } from '../support/base-plan-rows.js';
import { tsv } from '../support/plan-table-files.js';

const encoded = (text: string) => new TextEncoder().encode(text).length;

afterEach(() => vi.restoreAllMocks());

/** The import of `file`, and the characters TextEncoder encoded meanwhile (the file read first). */
async function imported(file: Uint8Array) {
  const { document } = await readPlanFile(file);
  const encode = vi.spyOn(TextEncoder.prototype, 'encode');
  const result = importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS });
  const chars = encode.mock.calls.reduce((sum, [input]) => sum + (input?.length ?? 0), 0);
  vi.restoreAllMocks();
  return { ...result, chars };
}

const I1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', '๑. ประชุมชี้แจง', 'ตลอดปีงบประมาณ', '๑. รายงานผลทุกเดือน', 'สำนักปลัด'];

describe("a measure's size is counted, not encoded", () => {
  it.each<[string, () => Uint8Array, string]>([
    [
      'the bench\'s .docx of 1,000,000 "<a" in the measure cell',
      () => standardDocumentWithCellText(0, '&lt;a'.repeat(1_000_000)),
      'กิโลไบต์',
    ],
    ['the same .docx with 1,000,000 "<"', () => standardDocumentWithCellText(0, '&lt;'.repeat(1_000_000)), 'กิโลไบต์'],
    [
      'a text plan whose method is 200,000 Thai letters',
      () => tsv([HEADER, I1, I1.with(1, `๑. ${'เผยแพร่'.repeat(30_000)}`)]),
      'กิโลไบต์',
    ],
  ])('%s: no measure encoded, its size still told', async (_name, file, unit) => {
    const r = await imported(file());
    // before: each large measure's JSON encoded twice (millions of characters)
    expect(r.chars).toBeLessThan(10_000);
    const tooLarge = r.warnings.filter((w) => w.code === 'cannot-save' && w.message_th.includes(unit));
    expect(tooLarge.length).toBeGreaterThan(0);
    expect(tooLarge[0]!.message_th).toMatch(/^.*มาตรการนี้มีข้อความรวม [๐-๙,]+ กิโลไบต์ เกินกว่าที่บันทึกได้/);
  });

  it('counts as TextEncoder encodes: every code unit, pairs, lone surrogates, 20,000 random texts', () => {
    const texts = [
      '',
      ...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)),
      '\ud83d\ude00',
      'a\ud83d',
      '\ude00a',
      '\ud83d\ud83d\ude00',
      'ก\udc00ข',
    ];
    const pool = ['a', 'ก', '\u00e9', '\u0800', '\uffff', '\ud83d', '\ude00', '\ud83d\ude00', '"', '\\', '\n'];
    let seed = 36;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      texts.push(
        Array.from({ length: Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]).join(''),
      );
    }
    expect(texts.filter((t) => utf8Length(t) !== encoded(t))).toEqual([]);
    expect(texts.filter((t) => utf8LengthByHand(t) !== encoded(t))).toEqual([]);
  });
});
