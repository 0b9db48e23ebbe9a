// What the API answers a request whose If-Match and expectedVersion name different versions (docs/api.md).
import { expect } from 'vitest';
import type { ApiResponse } from './api-events.js';

/** The 400 that names both fields, Thai first: the request contradicts itself (not 409/412: the header may match). */
export function expectVersionsContradict(res: ApiResponse): void {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.message_th).toBe('If-Match และ expectedVersion ระบุฉบับไม่ตรงกัน กรุณาระบุเพียงอย่างเดียว');
  expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual([
    'headers.if-match',
    'body.expectedVersion',
  ]);
}
