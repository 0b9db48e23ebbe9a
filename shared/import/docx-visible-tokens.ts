// The tokens of word/document.xml that Word shows with tracked changes accepted: deleted and
// moved-away content (w:del, w:moveFrom), hidden runs (w:vanish, w:specVanish), field codes, the
// prompt of a content control showing its placeholder (w:showingPlcHdr), the
// formatting before a change (w:rPrChange ...) and every branch of mc:AlternateContent but the first
// are left out. One pass, each token handled in constant time (amortised), whatever the nesting.

import { type HiddenStyles, NO_HIDDEN_STYLES } from './docx-hidden-styles.js';
import { countWork } from './read-once.js';

/** The counted work (read-once.ts countWork) of tokenizing Word XML: its characters, each time. */
export const TOKENIZED_WORK = 'docx XML characters tokenized';

/** A tag or a run of text; `close` and `selfClosing` only for tags. */
export interface DocxToken {
  /** an element's name with its prefix ("w:p"), or undefined for text */
  name?: string;
  close: boolean;
  selfClosing: boolean;
  attrs: string;
  /** raw text between tags (entities not decoded) */
  text?: string;
  /** on `</w:p>`: its paragraph mark is deleted or hidden, so Word joins it to the next paragraph */
  markGone?: boolean;
  /** on `</w:tr>`: the row is a tracked deletion (its cells were left out) */
  rowDeleted?: boolean;
  /** text of a hidden run (w:vanish, w:specVanish, a hidden style), given only for a reader to tell of it */
  hidden?: true;
}

/** A w:val attribute. */
const attr = (attrs: string) => /\bw:val\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];

/** A tag's start: `<`, an optional `/`, a prefixed name. */
const TAG_START = /<(\/?)([a-zA-Z]+:[a-zA-Z]+)/y;

/**
 * The tags (`<w:p …>`, `</w:p>`) and the runs of text between them, in order: each `next()` reads
 * one into `slash`, `name`, `attrs` and `text` (a run of text: `name` undefined); a `<` that starts
 * no tag is skipped. Scanned with indexOf, not one regex over the whole part: a multi-megabyte text
 * run matched by a regex threw "Maximum call stack size exceeded" under load (CI, session 21), and a
 * `<` with no `>` after it would cost a search to the end each time. A cursor, not a generator: a
 * generator's step and an array per token were a third of tokenizing a table of 3,990 rows
 * (session 26).
 */
class XmlTokens {
  slash = '';
  name: string | undefined;
  attrs = '';
  text: string | undefined;
  private at = 0;
  /** the next `>` at or after a tag's name (-1: none left), searched again only once passed */
  private gt = 0;
  constructor(private readonly xml: string) {
    countWork(TOKENIZED_WORK, xml.length);
  }
  /** Reads the next token; false at the end. */
  next(): boolean {
    const { xml } = this;
    while (this.at < xml.length) {
      const lt = xml.indexOf('<', this.at);
      const textEnd = lt === -1 ? xml.length : lt;
      if (textEnd > this.at) {
        this.slash = '';
        this.name = undefined;
        this.attrs = '';
        this.text = xml.slice(this.at, textEnd);
        this.at = textEnd;
        return true;
      }
      TAG_START.lastIndex = lt;
      const start = TAG_START.exec(xml);
      if (start) {
        if (this.gt !== -1 && this.gt < TAG_START.lastIndex) this.gt = xml.indexOf('>', TAG_START.lastIndex);
        if (this.gt !== -1) {
          this.slash = start[1]!;
          this.name = start[2]!;
          this.attrs = xml.slice(TAG_START.lastIndex, this.gt);
          this.text = undefined;
          this.at = this.gt + 1;
          return true;
        }
      }
      this.at = lt + 1;
    }
    return false;
  }
}

/** Elements whose whole content Word does not show as text once changes are accepted. */
const NOT_SHOWN = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'w:instrText',
  'w:rPrChange',
  'w:pPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:tblGridChange',
  'w:numberingChange',
]);

/** A toggle property is on unless its w:val says off ("0", "false", "off"). */
const toggledOn = (attrs: string) => !/\bw:val\s*=\s*["'](0|false|off)["']/i.test(attrs);

interface Open {
  name: string;
  /** a content control (w:sdt) showing its placeholder (w:showingPlcHdr), or the content of one */
  placeholder?: boolean;
  /** a paragraph whose style hides it (its runs hidden unless they say otherwise) */
  styleHidden?: boolean;
  hidden?: boolean;
  markGone?: boolean;
  deleted?: boolean;
  branchTaken?: boolean;
}

/**
 * Gives `give` the tokens of `xml` that Word shows (see the top of this file), in order, each as it
 * is read (a throw from `give` ends the reading). Calls, not a generator: a generator's step per
 * token, twice (this and read-docx.ts framedTokens), was a fifth of reading a table of 3,990 rows
 * (session 26).
 */
export function visibleDocxTokens(
  xml: string,
  give: (token: DocxToken) => void,
  styles: HiddenStyles = NO_HIDDEN_STYLES,
): void {
  /** the open paragraphs, innermost last (a text box's inside its anchor's) */
  const paragraphs: Open[] = [];
  const stack: Open[] = [];
  /** how many of each name are open, so a stray close tag costs no search */
  const openCount = new Map<string, number>();
  /** while hiding: the depth of the element hidden, and the first depth dropped (itself or its content) */
  let hideAt: number | undefined;
  let dropFrom = 0;
  /** what is hidden is a hidden run (its w:t text is given as hidden text), not deleted content */
  let hidingRun = false;
  /** how many open content controls show their placeholder: their text is a prompt, not content */
  let placeholders = 0;
  const push = (name: string) => {
    stack.push({ name });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const top = stack.pop()!;
    if (top.name === 'w:p') paragraphs.pop();
    openCount.set(top.name, openCount.get(top.name)! - 1);
    if (top.name === 'w:sdtContent' && top.placeholder) placeholders--;
    return top;
  };
  for (const tokens = new XmlTokens(xml); tokens.next();) {
    const { slash, name, attrs, text } = tokens;
    if (name === undefined) {
      if ((hideAt === undefined || stack.length + 1 < dropFrom) && placeholders === 0)
        give({ close: false, selfClosing: false, attrs: '', text });
      else if (hidingRun && placeholders === 0 && stack.at(-1)?.name === 'w:t')
        give({ close: false, selfClosing: false, attrs: '', text, hidden: true });
      continue;
    }
    if (slash) {
      if (!openCount.get(name)) continue;
      // close any element left open inside it (malformed XML), then it
      let top = pop();
      while (top.name !== name) top = pop();
      const depth = stack.length + 1;
      const dropped = hideAt !== undefined && depth >= dropFrom;
      if (hideAt !== undefined && stack.length < hideAt) {
        hideAt = undefined;
        hidingRun = false;
      }
      if (!dropped) {
        // a mark only where it is (no object spread per close tag)
        if (name === 'w:p' && top.markGone) give({ name, close: true, selfClosing: false, attrs: '', markGone: true });
        else if (name === 'w:tr' && top.deleted)
          give({ name, close: true, selfClosing: false, attrs: '', rowDeleted: true });
        else give({ name, close: true, selfClosing: false, attrs: '' });
      }
      // a hidden run's or deleted row's properties are read: drop the rest of it
      if (hideAt === undefined && (name === 'w:rPr' || name === 'w:trPr')) {
        const owner = stack.at(-1);
        if (owner && ((owner.name === 'w:r' && owner.hidden) || (owner.name === 'w:tr' && owner.deleted))) {
          hideAt = stack.length;
          dropFrom = stack.length + 1;
          hidingRun = owner.name === 'w:r';
        }
      }
      continue;
    }
    const selfClosing = attrs.endsWith('/');
    if (hideAt !== undefined) {
      if (!selfClosing) push(name);
      continue;
    }
    const parent = stack.at(-1);
    const grandparent = stack.at(-2);
    const inRunProps = parent?.name === 'w:rPr' && grandparent?.name === 'w:r';
    const inMarkProps = parent?.name === 'w:rPr' && grandparent?.name === 'w:pPr';
    if ((name === 'w:del' || name === 'w:moveFrom') && (inMarkProps || parent?.name === 'w:trPr')) {
      // a marker, not content: the paragraph's mark, or the row, is deleted
      const owner = inMarkProps ? stack.at(-3) : grandparent;
      if (owner?.name === 'w:p') owner.markGone = true;
      else if (owner?.name === 'w:tr') owner.deleted = true;
      if (!selfClosing) push(name);
      continue;
    }
    if (name === 'w:vanish' || name === 'w:specVanish') {
      // the run's or mark's own setting wins over its styles, either way
      if (inRunProps) grandparent.hidden = toggledOn(attrs);
      else if (inMarkProps && stack.at(-3)?.name === 'w:p') stack.at(-3)!.markGone = toggledOn(attrs);
    }
    const styleId = (name === 'w:rStyle' || name === 'w:pStyle') && attr(attrs);
    if (styleId && name === 'w:rStyle' && inRunProps && styles.character.has(styleId)) grandparent.hidden = true;
    if (
      styleId &&
      name === 'w:pStyle' &&
      parent?.name === 'w:pPr' &&
      grandparent?.name === 'w:p' &&
      styles.paragraph.has(styleId)
    ) {
      grandparent.styleHidden = true;
      grandparent.markGone = true;
    }
    // a hidden run without properties of its own (its paragraph's style hides it): hide from its first content
    if (parent?.name === 'w:r' && parent.hidden && name !== 'w:rPr') {
      if (!selfClosing) push(name);
      hideAt = stack.length - (selfClosing ? 0 : 1);
      dropFrom = hideAt + 1;
      hidingRun = true;
      continue;
    }
    if (name === 'w:showingPlcHdr' && parent?.name === 'w:sdtPr' && grandparent?.name === 'w:sdt' && toggledOn(attrs))
      grandparent.placeholder = true;
    if (name === 'w:sdtContent' && parent?.name === 'w:sdt' && parent.placeholder && !selfClosing) {
      push(name);
      stack.at(-1)!.placeholder = true;
      placeholders++;
      give({ name, close: false, selfClosing, attrs });
      continue;
    }
    let hide = NOT_SHOWN.has(name);
    if ((name === 'mc:Choice' || name === 'mc:Fallback') && parent?.name === 'mc:AlternateContent') {
      hide = parent.branchTaken === true;
      parent.branchTaken = true;
    }
    if (hide) {
      if (!selfClosing) {
        push(name);
        hideAt = stack.length;
        dropFrom = stack.length;
      }
      continue;
    }
    if (!selfClosing) push(name);
    if (name === 'w:p' && !selfClosing) paragraphs.push(stack.at(-1)!);
    if (name === 'w:r' && !selfClosing && paragraphs.at(-1)?.styleHidden) stack.at(-1)!.hidden = true;
    give({ name, close: false, selfClosing, attrs });
  }
}
