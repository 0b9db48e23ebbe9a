// A measure numbered by its indicator without the label: "๔.๑ มาตรการป้องกัน…", "9.1 มาตรการเปิดเผย…"
// (plans that list each indicator's measures as N.1, N.2). The number suggests indicator N; the
// title keeps the number as written until the coordinator checks it (review 17 s13, S13-19).
import type { IndicatorHeading } from './indicator-heading.js';
import { normaliseThai, splitItemsKept, stripTags } from './thai-text.js';
import { fromThaiDigits } from '../domain/thai-format.js';

/** "๔.๑ ", "4.1. ", "๔.๑) " at the cell's start: indicator and item number (bounded). */
const NUMBERED = /^\s*(([0-9๐-๙]{1,2})\s?\.\s?[0-9๐-๙]{1,2})[.)]?\s+(?=\S)/;

/** The first item of a numbered list ("๑. ", "1) ") or a dashed one ("- "), at a word start. */
const FIRST_ITEM = /(?:^|\s)(?:[1๑][.)]|-)\s/;

/** The heading a measure cell's "N.M" numbering suggests (N 1-10), or undefined. */
export function headingFromNumbering(cellHtml: string): IndicatorHeading | undefined {
  const text = normaliseThai(stripTags(cellHtml));
  const m = NUMBERED.exec(text);
  if (!m) return undefined;
  const no = Number(fromThaiDigits(m[2]!));
  if (no < 1 || no > 10) return undefined;
  // "๔.๑ มาตรการ… ๑) … ๒) …": the words before the first item are the title, the items its sub-measures
  const body = text.slice(m[0].length);
  const first = FIRST_ITEM.exec(body);
  const title = body.slice(0, first?.index ?? body.length).trim();
  if (!title) return undefined;
  const { items, firstLeftOut } = first
    ? splitItemsKept(body.slice(first.index))
    : { items: [], firstLeftOut: undefined };
  return {
    indicator: no,
    title: `${m[1]} ${title}`,
    subMeasures: items,
    ...(firstLeftOut === undefined ? {} : { subMeasuresLeftOut: firstLeftOut }),
    nameUnrecognised: false,
    titleFromDocument: true,
    numberedAs: m[1]!,
  };
}
