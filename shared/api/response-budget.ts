// How much of Lambda's response one page of items may take, counted as the runtime sends it.
import { LAMBDA_SYNC_PAYLOAD_BYTES } from '../domain/plan-upload-rules.js';

/**
 * The bytes a page's items may take in Lambda's response: LAMBDA_SYNC_PAYLOAD_BYTES (6,291,456)
 * less 1 MB for the status, the headers, the envelope's field names and the page's other fields.
 */
export const MAX_PAGE_ITEMS_RESPONSE_BYTES = LAMBDA_SYNC_PAYLOAD_BYTES - 1024 * 1024;

/**
 * The UTF-8 bytes `value` takes inside Lambda's proxy response: serialised once as part of the body,
 * then again as the body string inside the envelope `{statusCode, headers, body}`, so each `"` or `\`
 * is 4 bytes there, and a control character up to 7.
 */
export function responseEnvelopeBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(JSON.stringify(value))) - 2;
}

/**
 * The longest prefix of `items` whose sizes in the response (responseEnvelopeBytes, plus a comma
 * each) stay within `budget` bytes; never empty when `items` is not (one item alone always goes).
 */
export function itemsWithinResponse<T>(items: readonly T[], budget = MAX_PAGE_ITEMS_RESPONSE_BYTES): T[] {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += responseEnvelopeBytes(item) + 1;
    if (used > budget && count > 0) break;
    count++;
  }
  return items.slice(0, count);
}
