// Struck-through text in a Word or Excel cell (review 17 s13, S13-10): a revised plan
// (แผนฉบับปรับปรุง) strikes out a method or follow-up it drops, or a whole measure. Struck runs
// inside a line that keeps other text, and struck lines of a cell that keeps other lines, are left
// out, said by a notice quoting them ('struck-text-left-out'). A cell struck through as a whole is
// kept and marked (SourceBlock.struck): struck-rows.ts decides by its column what it is.
import { toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import type { SourceNotice } from './source-document.js';

/** A piece of a cell's text, struck through or not ("\n" in a piece parts lines). */
export interface StruckPiece {
  text: string;
  struck: boolean;
}

/** A cell's lines with struck ones marked, and the struck text left out of the lines kept. */
export interface StruckLines {
  lines: { text: string; struck: boolean }[];
  leftOut: string[];
}

const NOT_SPACE = /\S/;

/**
 * The lines of `pieces` (parted at "\n"): a line with unstruck text keeps only that, its struck
 * pieces go to `leftOut`; a line all struck is kept whole, marked. One pass over the pieces.
 */
export function struckLines(pieces: readonly StruckPiece[]): StruckLines {
  const lines: StruckLines['lines'] = [];
  const leftOut: string[] = [];
  let all: string[] = [];
  let live: string[] = [];
  /** struck text of this line, in groups of pieces struck one after another */
  let struck: string[] = [];
  let group = '';
  let hasLive = false;
  let hasStruck = false;
  const endGroup = () => {
    if (NOT_SPACE.test(group)) struck.push(group.trim());
    group = '';
  };
  const endLine = () => {
    endGroup();
    if (hasLive) {
      lines.push({ text: live.join(''), struck: false });
      leftOut.push(...struck);
    } else lines.push({ text: all.join(''), struck: hasStruck });
    [all, live, struck, hasLive, hasStruck] = [[], [], [], false, false];
  };
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) endLine();
      all.push(part);
      if (piece.struck) {
        group += part;
        hasStruck ||= NOT_SPACE.test(part);
      } else {
        // a space between struck pieces keeps them one group
        if (NOT_SPACE.test(part)) endGroup();
        else group += part;
        live.push(part);
        hasLive ||= NOT_SPACE.test(part);
      }
    });
  }
  endLine();
  return { lines, leftOut };
}

/**
 * A cell's lines as kept: when some lines hold unstruck text, the struck lines are left out (added
 * to `leftOut`); when every line with text is struck, all are kept and `whole` says so.
 */
export function cellOfStruckLines({ lines, leftOut }: StruckLines): {
  lines: string[];
  leftOut: string[];
  whole: boolean;
} {
  const withText = lines.filter((l) => NOT_SPACE.test(l.text));
  const whole = withText.length > 0 && withText.every((l) => l.struck);
  if (whole) return { lines: withText.map((l) => l.text), leftOut, whole };
  const out = [...leftOut];
  const kept: string[] = [];
  for (const l of withText) {
    if (l.struck) out.push(l.text.trim());
    else kept.push(l.text);
  }
  return { lines: kept, leftOut: out, whole };
}

/** The longest struck text quoted in a notice (all of it is in `source`, up to 500 characters). */
const QUOTED = 120;

/** The notice of struck text left out of one cell. */
export function struckTextNotice(block: number, where: Where, leftOut: readonly string[]): SourceNotice {
  const quoted = leftOut.map((t) => `"${t.length > QUOTED ? `${t.slice(0, QUOTED)}…` : t}"`).join(', ');
  const n = leftOut.length;
  return {
    block,
    where,
    code: 'struck-text-left-out',
    message_th: `ข้อความที่ขีดฆ่าไว้ ${toThaiDigits(n)} รายการในช่องนี้ไม่ได้นำเข้า (${quoted}) ถ้ายังต้องใช้ ให้เพิ่มกลับในมาตรการ`,
    message_en: `${n} struck-through text${n > 1 ? 's' : ''} in this cell ${n > 1 ? 'were' : 'was'} not imported (${quoted}); if still needed, add ${n > 1 ? 'them' : 'it'} back to the measure`,
    source: leftOut.join(' | ').slice(0, 500),
  };
}
