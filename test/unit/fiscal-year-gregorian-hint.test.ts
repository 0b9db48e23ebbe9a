// A CE year where a BE fiscal year is expected gets the mirror of the BE date hint (break-16 B12).
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { FyParams } from '../../shared/api/request-schemas.js';
import { FiscalYear } from '../../shared/domain/ids.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';

/** What a caller is told for `fy` in the API's path (path.fy), as field messages. */
const pathMessages = (fy: string) => {
  const result = FyParams.safeParse({ fy });
  return result.success ? [] : fieldMessages(result.error, 'path');
};

describe('a fiscal year given as its Gregorian year', () => {
  it.each([
    ['2023', 'ใช้ปี พ.ศ. เช่น 2566 สำหรับ ค.ศ. ๒๐๒๓', 'use the Buddhist-era (BE) fiscal year, e.g. 2566 for CE 2023'],
    ['2017', 'ใช้ปี พ.ศ. เช่น 2560 สำหรับ ค.ศ. ๒๐๑๗', 'use the Buddhist-era (BE) fiscal year, e.g. 2560 for CE 2017'],
    ['2157', 'ใช้ปี พ.ศ. เช่น 2700 สำหรับ ค.ศ. ๒๑๕๗', 'use the Buddhist-era (BE) fiscal year, e.g. 2700 for CE 2157'],
  ])('the API path /v1/fiscal-years/%s/… is refused with the BE hint only', (fy, th, en) => {
    expect(pathMessages(fy)).toEqual([{ path: 'path.fy', message_th: th, message_en: en }]);
  });

  it.each([
    ['2016', 'ปีงบประมาณต้องไม่น้อยกว่า ๒๕๖๐'],
    ['2559', 'ปีงบประมาณต้องไม่น้อยกว่า ๒๕๖๐'],
    ['2701', 'ปีงบประมาณต้องไม่เกิน ๒๗๐๐'],
  ])('%s, whose BE year would be outside the range too, gets the range only (no impossible suggestion)', (fy, th) => {
    expect(pathMessages(fy).map((f) => f.message_th)).toEqual([th]);
  });

  it('a year in range is taken, as a number or as text (a CLI option)', () => {
    expect(FyParams.parse({ fy: '2566' })).toEqual({ fy: 2566 });
    expect(z.object({ fy: FiscalYear }).parse({ fy: '2566' })).toEqual({ fy: 2566 });
  });
});
