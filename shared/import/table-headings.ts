// An indicator named above a table rather than in it (review 17 s11, S11-26): one sheet per
// indicator named "ตัวชี้วัดที่ 4", or a Word heading paragraph "ตัวชี้วัดที่ ๔ …" above each table
// (a line above the header in a text file). It heads the measures of the table read under the next
// header that name no indicator, as an indicator heading row does (review 9's entry 29).
import { indicator } from '../domain/ita-catalog.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { indicatorHeadingLine, parseIndicatorHeading } from './indicator-heading.js';
import { collapseSpaces, stripTags } from './thai-text.js';

/** a heading is a short line: a longer paragraph only mentions an indicator */
const MAX_HEADING = 200;
/** paragraphs allowed between the heading and its table's header (a description, a note) */
export const MAX_LINES_UNDER_HEADING = 3;

/**
 * The text of an indicator heading alone (no measures after it; words after its name on its line
 * are its own: indicator-heading.ts's indicatorHeadingLine), or undefined. A number alone
 * ("ตัวชี้วัดที่ 4", a sheet's name) is given the catalog name: the measures under it are titled
 * as under a full heading, and the name is not said missing for each.
 */
export function indicatorHeadingText(text: string): string | undefined {
  const line = collapseSpaces(stripTags(text));
  if (!line || line.length > MAX_HEADING) return undefined;
  const heading = parseIndicatorHeading(line);
  if (!heading || (heading.subMeasures.length > 0 && !indicatorHeadingLine(text))) return undefined;
  if (!heading.nameUnrecognised || heading.titleFromDocument || heading.labelRead) return line;
  return `ตัวชี้วัดที่ ${toThaiDigits(heading.indicator)} ${indicator(heading.indicator).nameTh}`;
}
