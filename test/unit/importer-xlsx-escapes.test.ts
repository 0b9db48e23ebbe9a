// Excel escapes a carriage return in a cell as "_x000D_". exceljs decodes it in the shared-strings
// table only: in inline strings (openpyxl) and formula string results it stayed text, titles ended
// in "_x000D_" and "กองคลัง_x000D_" was an unknown unit (review 17 s11, S11-17).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withoutXstringEscapes } from '../../shared/import/xlsx-escapes.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview, xlsx } from '../support/plan-table-files.js';

const crEscaped = (s: string) => s.replace(/\n/g, '_x000D_\n');

/** The workbook with every shared string written inline (openpyxl's way), or as a formula's result. */
function rewritten(bytes: Uint8Array, as: 'inline' | 'formula'): Uint8Array {
  const zip = unzipSync(bytes);
  const shared = [...strFromU8(zip['xl/sharedStrings.xml']!).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  );
  const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!).replace(
    /<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, ref: string, a: string, b: string, i: string) =>
      as === 'inline'
        ? `<c r="${ref}"${a} t="inlineStr"${b}><is><t xml:space="preserve">${shared[Number(i)]}</t></is></c>`
        : `<c r="${ref}"${a} t="str"${b}><f>"x"</f><v>${shared[Number(i)]}</v></c>`,
  );
  zip['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return zipSync(zip);
}

/** The base plan whose cells' line breaks are "_x000D_\n" and whose i4 units cell ends in "_x000D_". */
const escapedPlan = () =>
  xlsx([
    {
      name: 'แผน',
      rows: [
        [TITLE.join('_x000D_\n')],
        HEADER,
        [...M4.slice(0, 4).map(crEscaped), 'กองคลัง_x000D_'],
        M5.map(crEscaped),
        M9.map(crEscaped),
      ],
    },
  ]);

describe('Excel _xHHHH_ escapes in cells', () => {
  it.each([
    ['inline strings', 'inline'],
    ['formula string results', 'formula'],
  ] as const)('%s: no "_x000D_" in the plan, and the units cell is กองคลัง', async (_, as) => {
    const result = await preview(rewritten(await escapedPlan(), as));
    expect(JSON.stringify(result.plan)).not.toContain('_x000D_');
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.measures[0]!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
    expect(result.warnings.map((w) => w.code)).not.toContain('unknown-unit');
  });

  it('shared strings (exceljs decodes them) read the same', async () => {
    const result = await preview(await escapedPlan());
    expect(JSON.stringify(result.plan)).not.toContain('_x000D_');
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
  });

  it('decodes each escape once: "_x005F_" is the escape of "_"', () => {
    expect(withoutXstringEscapes('กองคลัง_x000D_')).toBe('กองคลัง\r');
    expect(withoutXstringEscapes('a_x005F_x000D_b')).toBe('a_x000D_b');
    expect(withoutXstringEscapes('ชื่อ_x0009_ไฟล์ x_1234 _xZZZZ_')).toBe('ชื่อ\tไฟล์ x_1234 _xZZZZ_');
  });
});
