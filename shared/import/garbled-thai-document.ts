// The garbled Thai of an old system's export (TIS-620 shown as Latin-1: "ÁÒµÃ¡ÒÃ", or UTF-8 shown
// as code page 874: "เธกเธฒเธ•") in a Word table, an Excel sheet or a PDF's text layer (a legacy
// non-Unicode Thai font) read as "no measures table": the repair of text files (S10-6) now runs on
// every document's text, with a notice quoting before and after (review 17 s11, S11-3).
import type { PdfTableHooks } from './read-pdf-unruled.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';
import { garbledThaiRepair } from './text-file-encoding.js';
import { splitAtTags } from './thai-text.js';

const withoutMarkup = (s: string) => splitAtTags(s).join(' ');
const blockText = (b: SourceBlock) => (b.kind === 'text' ? b.text : b.cells.join(' '));

/**
 * How to repair the document's text (garbledThaiRepair), decided on the text of its blocks between
 * their tags, piece by piece: not joined into one string, a copy of the whole document (review 17
 * s19: a Word cell of 5 MB was copied twice more for it).
 */
const repairOf = (document: SourceDocument) =>
  garbledThaiRepair(
    document.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.cells)).flatMap((html) => splitAtTags(html)),
  );

/** The notice quoting the document's first line before and after the repair. */
function repairNotice(document: SourceDocument, repair: (text: string) => string): SourceNotice {
  const first = document.blocks.findIndex((b) => withoutMarkup(blockText(b)).trim() !== '');
  const line = withoutMarkup(blockText(document.blocks[first]!)).replace(/\s+/g, ' ').trim();
  const [before, after] = [line.slice(0, 60), repair(line).slice(0, 60)];
  return {
    block: first,
    where: document.blocks[first]!.where,
    code: 'text-encoding-repaired',
    message_th: `ข้อความในไฟล์เป็นภาษาไทยที่เข้ารหัสผิดหรือใช้ฟอนต์แบบเก่าที่ไม่ใช่ Unicode ("${before}") ระบบแปลงกลับเป็น "${after}" แล้ว ตรวจข้อความที่นำเข้า`,
    message_en: `the file's Thai text was in the wrong encoding or a legacy non-Unicode font ("${before}"); it was converted back to "${after}": check the imported text`,
    source: after,
  };
}

/** The document with its garbled Thai repaired, or the same document when it shows none. */
export function withGarbledThaiRepaired(document: SourceDocument): SourceDocument {
  const repair = repairOf(document);
  if (!repair) return document;
  const blocks = document.blocks.map((b): SourceBlock =>
    b.kind === 'text' ? { ...b, text: repair(b.text) } : { ...b, cells: b.cells.map(repair) },
  );
  const notices = (document.notices ?? []).map((n) => ({ ...n, source: repair(n.source) }));
  return { ...document, blocks, notices: [repairNotice(document, repair), ...notices] };
}

/**
 * TIS-620 ญ is byte 0xAD, Latin-1's soft hyphen: a PDF draws it as "-" ("ปั-หา", also where the line
 * breaks there). A hyphen after mai han-akat or before an upper/lower vowel or tone mark ends or
 * starts no Thai word: it is ญ.
 */
const withYoYing = (text: string) => text.replace(/(?<=\u0e31)-|-(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])/g, '\u0e0d');

/**
 * A PDF read with the importer's header rule; when its text is garbled Thai (a legacy non-Unicode
 * Thai font, its letters read as Latin-1), read again with every text run repaired as it is read:
 * the header rule, the measure headings that start an unruled table's rows and the joining of a
 * cell's lines then all see Thai (review 17 s11, S11-3: the headings were looked for in the garbled
 * text, so a table without rules was one header row).
 */
export async function readPdfRepaired(
  read: (hooks: PdfTableHooks) => Promise<SourceDocument>,
  hooks: PdfTableHooks,
): Promise<SourceDocument> {
  const document = await read(hooks);
  const repair = repairOf(document);
  if (!repair) return document;
  const again = await read({ ...hooks, repair });
  const notice = { ...repairNotice(document, repair), block: 0, where: again.blocks[0]?.where ?? {} };
  const blocks = again.blocks.map((b): SourceBlock =>
    b.kind === 'text' ? { ...b, text: withYoYing(b.text) } : { ...b, cells: b.cells.map(withYoYing) },
  );
  return { blocks, notices: [notice, ...(again.notices ?? [])] };
}
