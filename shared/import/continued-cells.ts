// The cells of a measure written over several table rows (a list one item per row, units or a
// timeframe over rows: continuation rows). Each row's cells are joined to the cells above
// (joinContinuation), and the row is checked against the cells above (the same timeframe again, a
// unit of its own, the measure quoted in a warning). Reading the grown cell again at every row made
// such rows cost the rows above them: quadratic for plain cells, ~100 items re-split per row for
// items (review 17 s14, S14-15: Word-numbered paragraphs, 10,000 rows ~15x the ordinary 1 MB).
// What the join knows of the cell it made is kept with it, so that the next row reads only itself.
// Every answer is the one the plain functions give (the same text, the same items).
import { escapeMarkup, hasMarkup, JOINED_ITEMS } from './table-row-kinds.js';
import { collapseSpaces, openTagAt, splitItems, stripTags } from './thai-text.js';

/** Characters of a cell's text kept at its start for quoting (a warning quotes 80). */
const HEAD = 200;

/** stripTags of a cell, as its length, its first HEAD characters and (when cheap) the whole. */
interface Text {
  length: number;
  head: string;
  /** the whole text (a rope of the joined parts: read only when its length says it is needed) */
  whole: string;
}

/** What is known of a joined cell. */
interface Known {
  html: string;
  /** hasMarkup(html) */
  markup: boolean;
  /** stripTags(html), when known */
  text?: Text;
  /**
   * Where a tag is still open: stripTags of the html before the first "<" with no ">" after it
   * (a ">" joined later closes that tag across the join), or null when none is open; undefined
   * when not known.
   */
  beforeOpen?: Text | null;
  /** the items joinItems wrote: html is each as <p>…</p> */
  elements?: readonly string[];
  /** splitItems(html, JOINED_ITEMS), when known */
  kept?: readonly string[];
}

const textOf = (whole: string): Text => ({ length: whole.length, head: whole.slice(0, HEAD), whole });

/** stripTags(a + ' ' + b) from stripTags(a) and stripTags(b) when no tag spans the join. */
function joined(a: Text, b: Text): Text {
  if (!a.length) return b;
  if (!b.length) return a;
  const head = a.head.length >= HEAD ? a.head : `${a.head} ${b.head}`.slice(0, HEAD);
  return { length: a.length + 1 + b.length, head, whole: `${a.whole} ${b.whole}` };
}

/** The items of a cell made of <p> elements (joinItems' output) as splitItems reads them. */
const itemOf = (element: string): string[] => splitItems(`<p>${escapeMarkup(element)}</p>`, 1);

/** Item lists whose items splitItems gives back unchanged (read again, each is itself). */
const fixedItems = new WeakSet<readonly string[]>();
/** The html of an item list, as joinItems writes it. */
const htmlOfItems = new WeakMap<readonly string[], string>();

function itemsHtml(items: readonly string[]): string {
  let html = htmlOfItems.get(items);
  if (html === undefined) {
    html = items.map((t) => `<p>${escapeMarkup(t)}</p>`).join('');
    htmlOfItems.set(items, html);
  }
  return html;
}

/** Cells joined over continuation rows, by the row (any object) and role they belong to. */
export class ContinuedCells {
  private readonly known = new WeakMap<object, Map<string, Known>>();
  /** characters of joined cells read whole (once each: a join reads the new row only) */
  read = 0;

  /** What is known of `html`, the cell of `role` in `row` (nothing when another cell is there now). */
  private knownOf(row: object, role: string, html: string): Known {
    const k = this.known.get(row)?.get(role);
    if (k && k.html === html) return k;
    this.read += html.length;
    const fresh: Known = { html, markup: hasMarkup(html) };
    this.remember(row, role, fresh);
    return fresh;
  }

  private remember(row: object, role: string, k: Known): void {
    let roles = this.known.get(row);
    if (!roles) this.known.set(row, (roles = new Map<string, Known>()));
    roles.set(role, k);
  }

  /** A row that copies cells of another (a measure of its own under the same measure cell). */
  copy(from: object, to: object, roles: readonly string[]): void {
    const known = this.known.get(from);
    for (const role of roles) {
      const k = known?.get(role);
      if (k) this.remember(to, role, k);
    }
  }

  /** stripTags(cell)'s first `n` (at most 200) characters, without reading the whole of a joined cell. */
  head(row: object, role: string, html: string, n: number): string {
    const k = this.knownOf(row, role, html);
    if (k.text) return k.text.head.slice(0, n);
    if (!k.elements) return this.textOfKnown(k).head.slice(0, n);
    let head = '';
    for (const e of k.elements) {
      const t = collapseSpaces(e);
      if (t) head = head ? `${head} ${t}` : t;
      if (head.length >= n) break;
    }
    return head.slice(0, n);
  }

  /** stripTags(cell) === text, reading the whole cell only when the lengths agree. */
  textEquals(row: object, role: string, html: string, text: string): boolean {
    const t = this.textOfKnown(this.knownOf(row, role, html));
    return t.length === text.length && t.whole === text;
  }

  /** stripTags(cell) is '', without reading a joined cell. */
  textEmpty(row: object, role: string, html: string): boolean {
    return this.textOfKnown(this.knownOf(row, role, html)).length === 0;
  }

  /** joinCells(above, below) (table-row-kinds.ts), for the cell of `role` in `row`. */
  joinCells(row: object, role: string, above: string, below: string): string {
    const a = this.knownOf(row, role, above);
    if (a.markup || hasMarkup(below)) return this.joinItems(row, role, above, below);
    if (!above) return below;
    const html = `${above} ${below}`;
    const open = this.beforeOpenOf(a);
    const next: Known = { html, markup: false };
    const gt = below.indexOf('>');
    if (open === null || gt < 0) {
      // no tag spans the join: the texts join with a space, and a tag left open stays open
      const textAbove = this.textOfKnown(a);
      next.text = joined(textAbove, textOf(stripTags(below)));
      const at = openTagAt(below);
      next.beforeOpen = open ?? (at < 0 ? null : joined(textAbove, textOf(stripTags(below.slice(0, at)))));
    } else {
      // the tag left open above closes at below's first ">": the text before it, then below's after it
      const rest = below.slice(gt + 1);
      next.text = joined(open, textOf(stripTags(rest)));
      const at = openTagAt(rest);
      next.beforeOpen = at < 0 ? null : joined(open, textOf(stripTags(rest.slice(0, at))));
    }
    this.remember(row, role, next);
    return html;
  }

  /** joinItems(above, below) (table-row-kinds.ts), for the cell of `role` in `row`. */
  joinItems(row: object, role: string, above: string, below: string): string {
    const kept = this.keptOf(this.knownOf(row, role, above));
    const own = splitItems(below, JOINED_ITEMS);
    const elements = own.length ? [...kept, ...own] : kept;
    const html = itemsHtml(kept) + itemsHtml(own);
    const next: Known = { html, markup: elements.length > 0, elements };
    // a join keeps the first JOINED_ITEMS items above: when those were as many, the same again
    if (kept.length >= JOINED_ITEMS && fixedItems.has(kept)) next.kept = kept;
    this.remember(row, role, next);
    return html;
  }

  /** stripTags(k.html), known from the joins that made it or read once. */
  private textOfKnown(k: Known): Text {
    if (!k.text) {
      this.read += k.html.length;
      k.text = k.elements
        ? textOf(
            k.elements
              .map((e) => collapseSpaces(e))
              .filter(Boolean)
              .join(' '),
          )
        : textOf(stripTags(k.html));
    }
    return k.text;
  }

  /** What stripTags gives before a tag left open (null: none open). */
  private beforeOpenOf(k: Known): Text | null {
    if (k.beforeOpen === undefined) {
      if (!k.elements) this.read += k.html.length;
      const at = k.elements ? -1 : openTagAt(k.html);
      k.beforeOpen = at < 0 ? null : textOf(stripTags(k.html.slice(0, at)));
    }
    return k.beforeOpen;
  }

  /** splitItems(k.html, JOINED_ITEMS), as joinItems reads the cell above. */
  private keptOf(k: Known): readonly string[] {
    if (k.kept) return k.kept;
    if (!k.elements) {
      this.read += k.html.length;
      k.kept = splitItems(k.html, JOINED_ITEMS);
      return k.kept;
    }
    const first = k.elements.length <= JOINED_ITEMS ? k.elements : k.elements.slice(0, JOINED_ITEMS);
    if (fixedItems.has(first)) {
      k.kept = first;
      return first;
    }
    this.read += k.html.length;
    const read = first.flatMap(itemOf);
    const same = read.length === first.length && read.every((t, i) => t === first[i]);
    if (same) fixedItems.add(first);
    k.kept = same ? first : read;
    return k.kept;
  }
}
