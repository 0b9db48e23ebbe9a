// Review-17-s8 entry 10: text from PDFs made with Windows Thai fonts holds private-use glyph codes
// (a lowered tone mark U+F70B for ้ in ผู้). The seed so written gave 14 measures instead of 7.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { normaliseThai } from '../../shared/import/thai-text.js';
import { SEED_DOCUMENT } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const summary = (text: string) =>
  importMeasuresDocument(text, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }).plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    units: m.responsible.unitIds,
    followUps: m.followUps.map((f) => [f.cadence, f.audience]),
  }));

describe("a Thai font's private-use glyphs read as the characters they draw", () => {
  it('the seed with every tone mark in its lowered form (U+F70A-F70E) gives the same 7 measures, titles and audiences', () => {
    const lowered = seed.replace(/[\u0e48-\u0e4c]/g, (c) => String.fromCharCode(0xf70a + c.charCodeAt(0) - 0x0e48));
    expect(lowered).not.toBe(seed);
    const plain = summary(seed);
    expect(plain).toHaveLength(7);
    expect(summary(lowered)).toEqual(plain);
  });

  it('the same with the tone marks shifted left (U+F705-F709) and lowered-left (U+F713-F717)', () => {
    const plain = summary(seed);
    for (const base of [0xf705, 0xf713]) {
      const shifted = seed.replace(/[\u0e48-\u0e4c]/g, (c) => String.fromCharCode(base + c.charCodeAt(0) - 0x0e48));
      expect(summary(shifted)).toEqual(plain);
    }
  });

  it('ฐ and ญ without their lower part, upper vowels shifted left and lowered vowels below read as the characters', () => {
    expect(normaliseThai('\uf700าน \uf70fาติ ม\uf710น ก\uf701น ผ\uf719\uf70b ม\uf718ม')).toBe('ฐาน ญาติ มัน กิน ผู้ มุม');
  });
});
