import fc from 'fast-check';
import contentDisposition from 'content-disposition';
import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  EVIDENCE_TYPES,
  evidenceKey,
  isOwnEvidenceKey,
  MAX_FILE_NAME_BYTES,
  safeFileName,
} from '../../shared/domain/evidence-rules.js';

const citable = (name: string) =>
  isOwnEvidenceKey(
    evidenceKey('demo', 2566, 'i4.f2.2023-04.finance', 'uuid', name),
    'demo',
    2566,
    'i4.f2.2023-04.finance',
  );

describe('evidence file names are made safe once, at upload', () => {
  it.each([
    ['รายงาน ประชุม/เมษายน.pdf', 'เมษายน.pdf'],
    ['รายงาน..ประชุม.pdf', 'รายงาน.ประชุม.pdf'],
    ['..pdf', 'file.pdf'],
    ['..\\..\\ภาพ.png', 'ภาพ.png'],
    ['📎 หลักฐาน 😀.pdf', 'หลักฐาน.pdf'],
    ['𠀀𠀁.pdf', 'file.pdf'],
    ['a\u0000b\u0007\r\n.pdf', 'a-b.pdf'],
    ['\u202Efdp.exe', 'fdp.exe'],
    ['中文报告.docx', '中文报告.docx'],
  ])('%j is stored as %j', (name, stored) => {
    expect(safeFileName(name)).toBe(stored);
    expect(citable(name)).toBe(true);
  });

  it.each([
    ['รายงาน.exe', 'application/pdf', 'รายงาน.exe.pdf'],
    ['a.pdf', 'image/jpeg', 'a.pdf.jpg'],
    ['ภาพ.JPEG', 'image/jpeg', 'ภาพ.JPEG'],
    ['ภาพ.jpg', 'image/jpeg', 'ภาพ.jpg'],
    ['x', 'image/png', 'x.png'],
    ['....', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'file.xlsx'],
    ['ตาราง.xlsx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'ตาราง.xlsx.docx'],
  ] as const)('%j signed as %s is stored as %j', (name, type, stored) => {
    expect(safeFileName(name, type)).toBe(stored);
  });

  it("with any content type, any name is stored ending in that type's extension, within 150 bytes", () => {
    const types = Object.keys(EVIDENCE_TYPES) as (keyof typeof EVIDENCE_TYPES)[];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...types), (name, type) => {
        const safe = safeFileName(name, type);
        const ext = safe.split('.').pop()!.toLowerCase();
        return (
          (ext === EVIDENCE_TYPES[type] || (type === 'image/jpeg' && ext === 'jpeg')) &&
          Buffer.byteLength(safe) <= MAX_FILE_NAME_BYTES &&
          /^[\p{L}\p{M}\p{N}._-]+$/u.test(safe)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a long name to 150 bytes before its extension, never inside a character', () => {
    const name = `${'ก'.repeat(98)}𠀀𠀀${'ข'.repeat(50)}.pdf`;
    const safe = safeFileName(name);
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(Buffer.byteLength(safe)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 3);
    expect(safe.endsWith('.pdf')).toBe(true);
    expect(safe).not.toMatch(/\p{Cs}/u);
  });

  it('any name at all gives a short, BMP-only name without ".." that a report can cite', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const safe = safeFileName(name);
        return (
          /^[\p{L}\p{M}\p{N}._-]+$/u.test(safe) &&
          !/[\u{10000}-\u{10FFFF}]|\.\./u.test(safe) &&
          Buffer.byteLength(safe) <= MAX_FILE_NAME_BYTES &&
          citable(name)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('a report cites only keys an upload could have made', () => {
  const own = 'demo/2566/evidence/i4.f2.2023-04.finance/00000000-0000-4000-8000-000000000000-';
  it.each([
    ['a lone high surrogate', 'a\uD800.pdf'],
    ['a lone low surrogate', '\uDFFFรายงาน.pdf'],
    ['a NUL byte', 'nul\u0000byte.pdf'],
    ['a line break', 'two\nlines.pdf'],
    ['a right-to-left override', '\u202Efdp.exe'],
  ])('refuses a name with %s (S3 could not be asked about it: it was a 500)', (_what, name) => {
    expect(isOwnEvidenceKey(`${own}${name}`, 'demo', 2566, 'i4.f2.2023-04.finance')).toBe(false);
  });
});

describe('the plain-ASCII download name (for clients that ignore filename*)', () => {
  it('is never a row of question marks: a Thai name falls back to "evidence" with its extension', () => {
    for (const name of ['หลักฐาน-ประชุม.pdf', 'รายงาน.docx', 'ภาพ.JPG'])
      expect(asciiFileName(name)).toBe(`evidence${name.slice(name.lastIndexOf('.'))}`);
  });

  it('keeps the ASCII letters and digits a mixed name has', () => {
    expect(asciiFileName('รายงาน-Q1.pdf')).toBe('Q1.pdf');
    expect(asciiFileName('ITA-2566-ครั้งที่-2.xlsx')).toBe('ITA-2566-2.xlsx');
    expect(asciiFileName('minutes_2023-04.pdf')).toBe('minutes_2023-04.pdf');
  });

  it('gives a Content-Disposition whose filename has no "?" and whose filename* is the Thai name', () => {
    const header = contentDisposition('หลักฐาน-ประชุม.pdf', { fallback: asciiFileName('หลักฐาน-ประชุม.pdf') });
    expect(header).toBe(
      `attachment; filename="evidence.pdf"; filename*=UTF-8''${encodeURIComponent('หลักฐาน-ประชุม.pdf')}`,
    );
  });
});
