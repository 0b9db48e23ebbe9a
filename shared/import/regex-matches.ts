// Every match of a global regular expression in a text, read with exec on the expression itself.
// String.prototype.matchAll copies the expression first (new RegExp(source)), which costs in the
// pattern's length each call: for the month pattern (thai-dates.ts MONTH, ~6,000 characters) about
// 5 µs per cell, more than the matching itself (review 17 s25, task s25-f).

/**
 * The matches of `re` (flag g required) in `text`, first to last, as matchAll gives them (an empty
 * match steps one code unit on); `re.lastIndex` is reset before and after. Throws without flag g.
 */
export function regexMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`regexMatches needs a global expression: /${re.source.slice(0, 40)}…/`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}
