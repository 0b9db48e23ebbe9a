// Each of a message's two languages alone: message_th Thai, message_en English (session 37: a plan
// file's refusal put "ไฟล์ไบนารี … / binary, e.g. old .doc or .xls" in both).
import { expect } from 'vitest';

/** What either language may hold as written: quotations, file names and extensions, ids. */
const AS_WRITTEN = /"[^"]*"|“[^”]*”|«[^»]*»|\S*\.[A-Za-z0-9]{2,5}\b|\b[A-Za-z]+\d[\w.-]*/g;
/** A Latin word of two letters or more, not a name written with a capital (Word, Excel, PDF, ZIP, MB). */
const ENGLISH_WORD = /(?<![\w.-])[a-z]{2,}(?![\w-])/g;
const THAI = /[\u0E00-\u0E7F]+/g;

/** The words of `message_en` that are Thai and of `message_th` that are English, outside quotations (none, for a good message). */
export function wrongLanguageWords(message: { message_th: string; message_en: string }): {
  th: string[];
  en: string[];
} {
  const th = message.message_th.replace(AS_WRITTEN, '');
  const en = message.message_en.replace(AS_WRITTEN, '');
  return { th: th.match(ENGLISH_WORD) ?? [], en: en.match(THAI) ?? [] };
}

/** Every message is Thai in message_th (with Thai in it) and English in message_en. */
export function expectEachInItsLanguage(messages: readonly { message_th: string; message_en: string }[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.message_th, message.message_th).toMatch(THAI);
    expect(wrongLanguageWords(message), `${message.message_th}\n${message.message_en}`).toEqual({ th: [], en: [] });
  }
}
