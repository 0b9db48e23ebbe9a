// Units columns headed "หน่วยงานเจ้าภาพ" / "หน่วยงานหลัก" with "หน่วยงานสนับสนุน" (review 17 s11,
// S11-24) were notes: every measure had no unit and could not be saved, though these are the usual
// words of Thai government plans for the host and supporting units.
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../shared/import/column-names.js';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const H4 = HEADER.slice(0, 4);
const rowsUnder = (labels: readonly string[]) => [
  [...H4, ...labels],
  [...M4.slice(0, 4), 'กองคลัง', 'กองช่าง'].slice(0, 4 + labels.length),
  [...M5.slice(0, 4), 'สำนักปลัด', 'กองการศึกษา'].slice(0, 4 + labels.length),
];
const units = (r: Awaited<ReturnType<typeof preview>>) =>
  r.plan.measures.map((m) => ({ units: m.responsible.unitIds, lead: m.responsible.leadUnitId }));

describe('host and supporting units columns are units columns, the host the lead', () => {
  it.each([
    ['text, หน่วยงานเจ้าภาพ | หน่วยงานสนับสนุน', () => tsv(rowsUnder(['หน่วยงานเจ้าภาพ', 'หน่วยงานสนับสนุน']))],
    ['Excel, หน่วยงานหลัก | หน่วยงานร่วม', () => xlsx([{ name: 'แผน', rows: rowsUnder(['หน่วยงานหลัก', 'หน่วยงานร่วม']) }])],
    ['Word, เจ้าภาพ | ผู้สนับสนุน', () => docx(wordTable(rowsUnder(['เจ้าภาพ', 'ผู้สนับสนุน']), 6))],
  ])("%s: both columns' units, the host first as the lead, no warning", async (_n, make) => {
    const r = await preview(await make());
    expect(units(r)).toEqual([
      { units: ['finance', 'engineering'], lead: 'finance' },
      { units: ['clerk', 'education'], lead: 'clerk' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a host column alone is the units column', async () => {
    const r = await preview(tsv(rowsUnder(['หน่วยงานเจ้าภาพ'])));
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['clerk']]);
    expect(r.warnings).toEqual([]);
  });

  it('reads the wordings as units columns, and words that only start alike as notes', () => {
    const roles = (labels: string[]) => labels.map((l) => columnOf(l).role);
    expect(
      roles(['หน่วยงานเจ้าภาพ', 'เจ้าภาพ', 'หน่วยงานหลัก', 'หน่วยงานสนับสนุน', 'หน่วยงานร่วม', 'หน่วยงานที่ร่วมดำเนินการ', 'ผู้สนับสนุน']),
    ).toEqual(Array(7).fill('responsible'));
    expect(roles(['หลักเกณฑ์', 'หน่วยงานหลักฐาน', 'ร่วมมือ'])).toEqual(['note', 'note', 'note']);
  });
});
