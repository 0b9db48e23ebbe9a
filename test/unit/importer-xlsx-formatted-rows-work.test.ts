// Session 21's quiet bench (review 17, issue 17's linear-time goal): a 1 MB .xlsx of the standard
// plan and 400,000 rows given a height (16 MB of sheet XML) took 4.62x the 1 MB ordinary input.
// Its own share was two things done per row or per byte that a cheaper way does once: the sheet
// decoded by TextDecoder (fflate's strFromU8, ~4x Node's decoder on XML), and a string slice kept
// for every dropped row (400,000 empty strings joined). Counted here, not timed: the slices the row
// pass makes and the bytes given to TextDecoder.
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { preparedWorkbook } from '../../shared/import/xlsx-prepared.js';
import { sheetWithValueRows } from '../../shared/import/xlsx-rows.js';
import { formattedEmptyRow, standardWorkbookWithRows, textRow } from '../support/big-plan-files.js';

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
const nativeSlice = String.prototype.slice;
// eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
const nativeDecode = TextDecoder.prototype.decode;
afterEach(() => {
  String.prototype.slice = nativeSlice;
  TextDecoder.prototype.decode = nativeDecode;
});

/** The String.prototype.slice calls `run` makes. */
function slicesIn(run: () => unknown): number {
  let slices = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    slices++;
    return nativeSlice.call(this, start, end);
  };
  try {
    run();
  } finally {
    String.prototype.slice = nativeSlice;
  }
  return slices;
}

/** The measures a workbook imports to: id, title, units. */
async function planOf(bytes: Uint8Array): Promise<string[]> {
  const { document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return plan.measures.map((m) => `${m.measureId} ${m.title} ${m.responsible.unitIds.join(',')}`);
}

/** A sheet's XML with `rows(r)` for r = 1…count. */
const sheet = (count: number, row: (r: number) => string) =>
  `<worksheet><sheetData>${Array.from({ length: count }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`;

describe('dropping rows without a value: slices grow with the rows kept, not the rows dropped', () => {
  it.each([
    ['10,000 rows given a height (<row ht/>)', formattedEmptyRow],
    ['10,000 rows of styled cells without a value', (r: number) => `<row r="${r}" s="3"><c r="A${r}" s="1"/></row>`],
    [
      '10,000 hidden rows of a typed cell without a value',
      (r: number) => `<row r="${r}" hidden="1"><c r="C${r}" s="2" t="s"></c></row>`,
    ],
  ] as const)('%s after two rows of text: a few slices, the rows all dropped', (_name, row) => {
    const count = 10_000;
    const xml = sheet(count + 2, (r) => (r <= 2 ? textRow('กองคลัง')(r) : row(r)));
    const seen = { rows: 0, cells: 0, dropped: 0 };
    let out = '';
    // a row's content is sliced to look for a value: one slice a row with content, none for <row/>
    const contentSlices = row(1).endsWith('/>') ? 0 : count;
    const slices = slicesIn(() => (out = sheetWithValueRows(xml, seen)));
    expect(seen).toEqual({ rows: 2, cells: 2, dropped: count });
    expect(out).toBe(sheet(2, textRow('กองคลัง')));
    expect(slices).toBeLessThanOrEqual(contentSlices + 2 + 10);
  });

  it('rows dropped between rows kept: one slice for each stretch kept', () => {
    const xml = sheet(3000, (r) => (r % 100 === 0 ? textRow('ก')(r) : formattedEmptyRow(r)));
    const seen = { rows: 0, cells: 0, dropped: 0 };
    const slices = slicesIn(() => sheetWithValueRows(xml, seen));
    expect(seen.rows).toBe(30);
    expect(seen.dropped).toBe(2970);
    // the 30 rows kept: each its content slice and its stretch, and the tail
    expect(slices).toBeLessThanOrEqual(2 * 30 + 10);
  });
});

describe("a workbook's parts are decoded by Node's decoder, not TextDecoder", () => {
  /** The bytes given to TextDecoder.prototype.decode while `run` runs. */
  async function textDecoderBytesIn(run: () => unknown): Promise<number> {
    let bytes = 0;
    TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?) {
      bytes += input?.byteLength ?? 0;
      return nativeDecode.call(this, input, options);
    };
    try {
      await run();
    } finally {
      TextDecoder.prototype.decode = nativeDecode;
    }
    return bytes;
  }

  it.each([
    ['40,000 rows given a height', 40_000, formattedEmptyRow],
    ['20,000 rows of a styled cell', 20_000, (r: number) => `<row r="${r}" s="3"><c r="A${r}" s="1"/></row>`],
  ] as const)(
    '%s: the sheet is not given to TextDecoder, and the plan reads as without them',
    async (_name, count, row) => {
      const bytes = standardWorkbookWithRows(count, row);
      const sheetBytes = count * row(1000).length;
      const decoded = await textDecoderBytesIn(() => preparedWorkbook(bytes));
      expect(decoded).toBeLessThan(sheetBytes / 10);
      expect(await planOf(bytes)).toEqual(await planOf(standardWorkbookWithRows(0, formattedEmptyRow)));
    },
  );

  it('a sheet starting with a byte order mark reads as one without it (the mark dropped, as TextDecoder did)', async () => {
    const files = unzipSync(standardWorkbookWithRows(3, formattedEmptyRow));
    const name = 'xl/worksheets/sheet1.xml';
    const withMark = { ...files, [name]: new Uint8Array([0xef, 0xbb, 0xbf, ...files[name]!]) };
    const prepared = unzipSync(preparedWorkbook(zipSync(withMark)).bytes);
    expect(strFromU8(prepared[name]!).startsWith('<')).toBe(true);
    expect(await planOf(zipSync(withMark))).toEqual(await planOf(zipSync(files)));
  });
});
