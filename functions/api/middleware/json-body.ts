// The JSON body parser, attached only to routes that take a body: 413 over the limit, 415 if not JSON,
// 400 if not UTF-8, malformed or nested deeper than MAX_JSON_DEPTH (checked on the text, before anything walks
// it). No body at all (nothing sent, whatever the content type) reads as `{}`, so a
// body whose fields are all optional may be left out; one with required fields says which (400).
import type { MiddlewareObj } from '@middy/core';
import { createError } from '@middy/util';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { PayloadTooLargeError, ValidationError } from '../../../shared/domain/errors.js';
import type { Bilingual } from '../../../shared/domain/bilingual.js';
import { jsonDepthWithin, MAX_JSON_DEPTH } from '../../../shared/api/json-limits.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { sizeText } from '../../../shared/domain/plan-upload-rules.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The 413 of every route: the project's error body on the field "body", Thai first: the route's own
 * message (RouteSpec.tooLarge), else the size sent and the route's limit.
 */
function bodyTooLarge(sent: number, max: number, tooLarge: Bilingual | ((sent: number) => Bilingual) | undefined) {
  const size = sizeText(sent);
  const limit = sizeText(max);
  const message =
    typeof tooLarge === 'function'
      ? tooLarge(sent)
      : (tooLarge ?? {
          th: `ข้อมูลที่ส่งมามีขนาด ${size.th} เกินกว่าที่คำขอนี้รับได้ (ไม่เกิน ${limit.th}) กรุณาย่อข้อความแล้วส่งใหม่`,
          en: `the body is ${size.en}, more than this request takes (at most ${limit.en}); shorten the text and send it again`,
        });
  return new PayloadTooLargeError(message.th, message.en, [
    {
      path: 'body',
      message_th: `ขนาด ${size.th} เกิน ${limit.th}`,
      message_en: `${size.en}, over ${limit.en}`,
    },
  ]);
}

/** `tooLarge`: the route's own 413 message (RouteSpec.tooLarge), e.g. where to send a larger file. */
export function jsonBody(
  maxBytes: number,
  tooLarge?: Bilingual | ((sent: number) => Bilingual),
): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      const event = request.event;
      const raw = event.body ?? '';
      if (raw.trim() === '') {
        (event as { body: unknown }).body = {};
        return;
      }
      const bytes = event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw, 'utf8');
      if (bytes > maxBytes) throw bodyTooLarge(bytes, maxBytes, tooLarge);
      if (!JSON_TYPE.test(event.headers?.['content-type'] ?? '')) throw createError(415, 'not JSON');
      let text = raw;
      if (event.isBase64Encoded) {
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(raw, 'base64'));
        } catch {
          throw new ValidationError('ข้อมูลที่ส่งมาไม่ใช่ข้อความ UTF-8', 'the body is not valid UTF-8', [
            {
              path: 'body',
              message_th: 'มีไบต์ที่ไม่ใช่ UTF-8 กรุณาส่งข้อความเป็น UTF-8',
              message_en: 'has bytes that are not UTF-8; send the text as UTF-8',
            },
          ]);
        }
      }
      if (jsonDepthWithin(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        throw new ValidationError(
          `ข้อมูล JSON ซ้อนกันลึกเกิน ${toThaiDigits(MAX_JSON_DEPTH)} ชั้น จึงไม่อ่าน`,
          `the JSON nests deeper than ${MAX_JSON_DEPTH} levels; it is not read`,
          [
            {
              path: 'body',
              message_th: `ข้อมูลซ้อนกันได้ไม่เกิน ${toThaiDigits(MAX_JSON_DEPTH)} ชั้น`,
              message_en: `at most ${MAX_JSON_DEPTH} levels of nesting`,
            },
          ],
        );
      }
      try {
        // a UTF-8 byte order mark is ignored (RFC 8259 §8.1; PowerShell 5 saves one; tester s54)
        (event as { body: unknown }).body = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        throw new ValidationError('ข้อมูล JSON ไม่ถูกต้อง อ่านไม่ได้', 'the body is not valid JSON', [
          { path: 'body', message_th: 'รูปแบบ JSON ไม่ถูกต้อง', message_en: 'malformed JSON' },
        ]);
      }
    },
  };
}
