// The NACC template's first column "ประเด็นที่ต้องพัฒนา/แก้ไข" names the issue a measure answers, and
// with it the indicator: "การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ ๔)", "ประเด็นการแก้ไข
// ปัญหาการทุจริต ได้คะแนน ๖๕.๒๐", "ข้อ ๙ การเปิดเผยข้อมูล" (review 17 s15, S15-4). A row whose own cells
// name no indicator takes it from there: the label anywhere in the cell, else one catalog name in it.
import { INDICATORS, indicator } from '../domain/ita-catalog.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Column } from './column-names.js';
import { parseIndicatorHeading } from './indicator-heading.js';
import { withHeadingItem } from './table-row-kinds.js';
import { matchKey } from './thai-text.js';

/** What of a read row this looks at and changes. */
export interface RowIssueCells {
  cells: { indicator?: string; measure?: string };
  notes: { label: string; text: string }[];
  header?: readonly Column[];
}

/** An indicator read from an issue cell: the row, the cell's column and label, its text, the indicator. */
export interface IssueIndicator<R> {
  row: R;
  column?: number;
  label: string;
  text: string;
  indicator: number;
  /** by the label "ตัวชี้วัดที่ N" in the cell, or by an indicator's catalog name in it */
  by: 'label' | 'name';
}

/** A column naming the issue a measure answers: "ประเด็นที่ต้องพัฒนา/แก้ไข", "ประเด็นปัญหา". */
const ISSUE_LABEL = /^ประเด็น/;
const NAME_KEYS = INDICATORS.map((i) => ({ no: i.no, key: matchKey(i.nameTh) }));

/** The indicator whose catalog name stands first in the text (a match key), if any. */
function namedIn(key: string): number | undefined {
  let best: { no: number; at: number } | undefined;
  for (const { no, key: name } of NAME_KEYS) {
    const at = key.indexOf(name);
    if (at >= 0 && (!best || at < best.at)) best = { no, at };
  }
  return best?.no;
}

/**
 * For rows with no indicator column and no heading in the measure cell, an issue note naming an
 * indicator heads the measure: a cell with the label as written (it is the heading, no longer a
 * note), one with a catalog name by that indicator's catalog heading (the note kept). Each one
 * read is given back, for a warning quoting it.
 */
export function indicatorsFromIssueNotes<R extends RowIssueCells>(rows: R[]): IssueIndicator<R>[] {
  const read: IssueIndicator<R>[] = [];
  for (const row of rows) {
    if (row.cells.indicator || row.notes.length === 0) continue;
    const notes = row.notes.filter((n) => ISSUE_LABEL.test(matchKey(n.label)) && n.text.trim());
    if (notes.length === 0 || parseIndicatorHeading(row.cells.measure ?? '')) continue;
    for (const note of notes) {
      const at = row.header?.findIndex((c) => c.label === note.label) ?? -1;
      const column = at >= 0 ? { column: at + 1 } : {};
      const heading = parseIndicatorHeading(note.text);
      if (heading) {
        row.notes = row.notes.filter((n) => n !== note);
        row.cells.measure = withHeadingItem(note.text, row.cells.measure ?? '');
        read.push({ row, ...column, label: note.label, text: note.text, indicator: heading.indicator, by: 'label' });
        break;
      }
      const no = namedIn(matchKey(note.text));
      if (no !== undefined) {
        const catalog = `ตัวชี้วัดที่ ${toThaiDigits(no)} ${indicator(no).nameTh}`;
        row.cells.measure = withHeadingItem(catalog, row.cells.measure ?? '');
        read.push({ row, ...column, label: note.label, text: note.text, indicator: no, by: 'name' });
        break;
      }
    }
  }
  return read;
}

/** The warning for an indicator read from an issue cell, Thai and English. */
export function issueIndicatorMessage(i: IssueIndicator<unknown>, clip: (s: string) => string) {
  const n = toThaiDigits(i.indicator);
  const said =
    i.by === 'label'
      ? { th: 'ซึ่งระบุตัวชี้วัด', en: 'which names the indicator' }
      : {
          th: `ซึ่งมีชื่อตัวชี้วัดที่ ${n} (${indicator(i.indicator).nameTh})`,
          en: `which holds indicator ${i.indicator}'s name`,
        };
  return {
    th: `คอลัมน์ "${clip(i.label)}" ระบุว่า "${clip(i.text)}" ${said.th} จึงถือเป็นตัวชี้วัดที่ ${n} กรุณาตรวจตัวชี้วัด`,
    en: `the column "${clip(i.label)}" says "${clip(i.text)}", ${said.en}: taken as indicator ${i.indicator}; check the indicator`,
  };
}
