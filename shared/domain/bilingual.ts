// A name or message in Thai (first, what people read) and English.

export interface Bilingual {
  th: string;
  en: string;
}

/** One row of a label table: `{ th, en }`. */
export const bilingual = (th: string, en: string): Bilingual => ({ th, en });
