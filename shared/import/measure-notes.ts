// A measure's notes (the columns the plan has no place for) fitted to what a plan holds: at most
// MAX_NOTES notes of MAX_NOTE_TEXT characters. Nothing is dropped silently (review 17 s9, entry 23's
// low part: notes 21-25 of a row were lost without a word): the notes past the last place are
// joined into it, and what still does not fit is said.
import { toThaiDigits } from '../domain/thai-format.js';
import { quoteStart } from './warning-quotes.js';

export const MAX_NOTES = 20;
export const MAX_NOTE_LABEL = 200;
export const MAX_NOTE_TEXT = 5000;

export interface Note {
  label: string;
  text: string;
}

export interface FittedNotes {
  notes: Note[];
  /** what the warning says when notes were joined or cut (undefined: they fit as they are) */
  said?: { th: string; en: string; source: string };
}

/** `notes` within the plan's limits (see the module comment). */
export function fitNotes(notes: readonly Note[]): FittedNotes {
  const joined =
    notes.length <= MAX_NOTES
      ? [...notes]
      : [
          ...notes.slice(0, MAX_NOTES - 1),
          {
            label: notes
              .slice(MAX_NOTES - 1)
              .map((n) => n.label)
              .join(' / '),
            text: notes
              .slice(MAX_NOTES - 1)
              .map((n) => `${n.label}: ${n.text}`)
              .join('\n'),
          },
        ];
  const cut = joined.filter((n) => n.text.length > MAX_NOTE_TEXT).map((n) => quoteStart(n.label, 80));
  const fitted = joined.map((n) => ({ label: n.label.slice(0, MAX_NOTE_LABEL), text: n.text.slice(0, MAX_NOTE_TEXT) }));
  if (notes.length <= MAX_NOTES && cut.length === 0) return { notes: fitted };
  const th: string[] = [];
  const en: string[] = [];
  if (notes.length > MAX_NOTES) {
    const from = toThaiDigits(MAX_NOTES);
    th.push(
      `แถวนี้มีคอลัมน์หมายเหตุ ${toThaiDigits(notes.length)} คอลัมน์ เกิน ${from} คอลัมน์ที่มาตรการหนึ่งเก็บได้ จึงรวมคอลัมน์ที่ ${from}-${toThaiDigits(notes.length)} ไว้ในหมายเหตุข้อที่ ${from}`,
    );
    en.push(
      `this row has ${notes.length} note columns, over the ${MAX_NOTES} a measure holds: notes ${MAX_NOTES}-${notes.length} are joined into note ${MAX_NOTES}`,
    );
  }
  if (cut.length > 0) {
    const names = cut.map((l) => `"${l}"`).join(', ');
    th.push(`หมายเหตุ ${names} ยาวเกิน ${toThaiDigits(MAX_NOTE_TEXT.toLocaleString('en-US'))} ตัวอักษร ส่วนที่เกินไม่ได้นำเข้า`);
    en.push(`the note ${names} is longer than ${MAX_NOTE_TEXT} characters: the rest was not imported`);
  }
  return {
    notes: fitted,
    said: {
      th: `${th.join(' และ ')} กรุณาตรวจหมายเหตุของมาตรการนี้`,
      en: `${en.join('; ')}: check this measure's notes`,
      source: notes.map((n) => n.label).join(' | '),
    },
  };
}
