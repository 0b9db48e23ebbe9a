// A warning quotes the start of what it read (120 or 80 characters, counted in UTF-16 units): cut
// inside a character outside the BMP (an emoji, U+1F4C4), the quote ended with half of it, a lone
// surrogate the page shows as "�" and shared/domain/text.ts refuses as text. Now the quote stops
// before the whole character (textStart), as clipText does at its own limit.
import { describe, expect, it } from 'vitest';
import { clipText } from '../../shared/domain/clip-text.js';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const LONE_SURROGATE = /\p{Cs}/u;
const EMOJI = '📄';

/** `lead` padded with ก so that EMOJI starts at UTF-16 index `at`, then more text. */
const cutAt = (lead: string, at: number) => `${lead}${'ก'.repeat(at - lead.length)}${EMOJI} ท้ายข้อความ`;

const warningsOf = async (timeframe: string, followUp: string) =>
  (await preview(tsv([HEADER, ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', '1. จัดทำคู่มือ', timeframe, followUp, 'กองคลัง']])))
    .warnings;

describe('a warning quoting text cut inside an emoji quotes whole characters', () => {
  it('a follow-up note that cannot be read, its 120th character half an emoji, is quoted to the character before', async () => {
    const note = cutAt('ตั้งแต่เดือนหน้า', 119);
    const [unread] = (await warningsOf('ตลอดปีงบประมาณ', `รายงานผลให้ที่ประชุมทราบ (${note}) (ทุกเดือน)`)).filter(
      (w) => w.code === 'follow-up-note-unread',
    );
    expect(unread!.message_th).toContain(`อ่านหมายเหตุ "(${note.slice(0, 119)})" ไม่ได้`);
    expect(LONE_SURROGATE.test(unread!.message_th)).toBe(false);
    expect(LONE_SURROGATE.test(unread!.message_en)).toBe(false);
  });

  it('a timeframe of some months, its 80th character half an emoji, is quoted to the character before and "…"', async () => {
    const timeframe = cutAt('มกราคม ๒๕๖๗ - มิถุนายน ๒๕๖๗ ', 79);
    const [months] = (await warningsOf(timeframe, 'รายงานผลต่อที่ประชุมทุกเดือน')).filter(
      (w) => w.code === 'timeframe-months',
    );
    expect(months!.message_th).toContain(`ระยะเวลาดำเนินการ "${timeframe.slice(0, 79)}…" ไม่ครบทั้งปีงบประมาณ`);
    expect(LONE_SURROGATE.test(months!.message_en)).toBe(false);
  });

  it('clipText cutting at an emoji keeps it out whole, and an emoji before the cut whole', () => {
    const long = cutAt('', 498);
    expect(clipText(long, 500)).toBe(`${'ก'.repeat(498)}…`);
    expect(clipText(long, 501)).toBe(`${'ก'.repeat(498)}${EMOJI}…`);
    expect(clipText(`${EMOJI}${EMOJI}`, 4)).toBe(`${EMOJI}${EMOJI}`);
  });
});
