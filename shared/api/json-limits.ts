// Limits every JSON request body meets before it is parsed or validated (functions/api/middleware/json-body.ts).

/**
 * The deepest nesting of objects and arrays a body may have. Our deepest schema is 5 levels
 * (body.measures[i].followUps[j].audience[k]); 32 leaves room for any future shape, while a
 * 5,000-level body would overflow the stack of whatever walks it next (validation, messages, logs).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep `json` nests objects and arrays, counted on the raw text in one pass (O(length), no
 * recursion), stopping as soon as it passes `limit`: returns limit + 1 then. Brackets inside strings
 * (and escaped quotes) are skipped. For text that may not even be valid JSON: JSON.parse decides that.
 */
export function jsonDepthWithin(json: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return limit + 1;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return deepest;
}
