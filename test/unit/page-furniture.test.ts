// Page furniture, one definition for the PDF readers and the text rows (review of S13-2's change:
// it was written three ways, and "Page 2 of 5" or "— 3 —" were furniture in one reader only).
import { describe, expect, it } from 'vitest';
import { isPageFurniture, isPageNumber } from '../../shared/import/page-furniture.js';

describe('page furniture', () => {
  it.each(['หน้า ๓ / ๑๘', 'หน้าที่ 3 จาก 18', '- ๓ -', '— 3 —', '๒/๕', 'Page 2 of 5', '3', ' ๑๒ '])(
    '"%s" is a page number',
    (text) => expect(isPageNumber(text)).toBe(true),
  );

  it.each(['๑. รายงานผลทุกเดือน', 'กองคลัง', '๒๕๖๗๑', 'หน้าที่ความรับผิดชอบ', '3 ครั้ง'])('"%s" is not a page number', (text) =>
    expect(isPageNumber(text)).toBe(false),
  );

  it.each([
    'พิมพ์เมื่อ ๑๒/๐๙/๒๕๖๖ ๑๐:๓๐',
    'วันที่พิมพ์ 12/9/2566',
    'www.donarang.go.th',
    'https://www.donarang.go.th/ita',
    '๑/๑๐/๒๕๖๖ สำนักปลัดเทศบาล',
    'หน้า ๒',
  ])('"%s" is page furniture', (text) => expect(isPageFurniture(text)).toBe(true));

  it.each(['สำนักปลัดเทศบาล', 'กองคลัง, กองช่าง', 'รายงานผลภายใน ๓๐ วัน'])('"%s" is no furniture', (text) =>
    expect(isPageFurniture(text)).toBe(false),
  );
});
