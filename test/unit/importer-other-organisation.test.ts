// Review 17 s13, S13-13: a plan whose title names another municipality (a neighbour's published
// plan as the start) was imported, saved and published under that name with no warning. The org's
// name is passed to the importer; a heading naming another org is warned of, quoting it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { SEED_DOCUMENT } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const OWN = 'เทศบาลตำบลดอนอะระง';
const importAs = (text: string, orgName?: string) =>
  importMeasuresDocument(text, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS, ...(orgName ? { orgName } : {}) });
const otherOrg = (text: string, orgName = OWN) =>
  importAs(text, orgName).warnings.filter((w) => w.code === 'other-organisation');
const titled = (title: string) => seed.replace('**มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลลดอนอะระง**', title);

describe('a plan whose heading names another organisation', () => {
  it("warns, quoting the name and where, for the reviewer's neighbour's title", () => {
    const found = otherOrg(titled('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message_th).toBe(
      `บรรทัด ๓: เอกสารระบุ "เทศบาลตำบลทดสอบ" ไม่ใช่ชื่อองค์กรนี้ (${OWN}): ตรวจว่าเป็นแผนขององค์กรเอง และแก้ชื่อแผนที่แสดงในระบบ (เอกสารที่จัดทำและเผยแพร่ใช้ชื่อ ${OWN} เสมอ)`,
    );
    expect(found[0]!.message_en).toContain('"เทศบาลตำบลทดสอบ"');
    expect(found[0]!.where.line).toBeGreaterThan(0);
    expect(found[0]!.source).toContain('เทศบาลตำบลทดสอบ');
  });

  it('warns for an องค์การบริหารส่วนตำบล, spaced, and for a short type (อบต.)', () => {
    expect(otherOrg(titled('มาตรการส่งเสริมคุณธรรม ของ องค์การบริหารส่วนตำบล หนองบัว'))[0]?.message_th).toContain(
      '"องค์การบริหารส่วนตำบลหนองบัว"',
    );
    expect(otherOrg(titled('แผนมาตรการ ITA อบต.บ้านใหม่'))[0]?.message_th).toContain('"องค์การบริหารส่วนตำบลบ้านใหม่"');
  });

  it("is quiet for the org's own name, misspelt or with another type, and when the name is not known", () => {
    // the seed's own title misspells the name ("ลดอนอะระง")
    expect(otherOrg(seed)).toEqual([]);
    expect(otherOrg(titled('มาตรการส่งเสริมคุณธรรม ของเทศบาลเมืองดอนอะระง'))).toEqual([]);
    expect(otherOrg(titled('มาตรการส่งเสริมคุณธรรม ของเทศบาลตำบลทดสอบ'), '')).toEqual([]);
    expect(importAs(titled('มาตรการส่งเสริมคุณธรรม ของเทศบาลตำบลทดสอบ')).warnings.map((w) => w.code)).not.toContain(
      'other-organisation',
    );
  });
});
