// Text people type: any Unicode, but well formed (no lone surrogates), so it survives UTF-8 in
// DynamoDB, emails and PDFs byte for byte.
import * as z from 'zod';

const LONE_SURROGATE = /\p{Cs}/u;

export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), {
      params: { th: 'ข้อความมีอักขระที่ไม่ถูกต้อง (Unicode ไม่สมบูรณ์)', en: 'contains malformed Unicode (a lone surrogate)' },
    });
}
