// English messages say "1 saved measure", not "1 saved measures" (session 15's closing note): a
// count of one takes the singular, and its verb agrees.
import { describe, expect, it } from 'vitest';
import { auditSummary } from '../../shared/domain/audit-summary.js';
import { counted } from '../../shared/domain/english-count.js';
import { headerlessMessage } from '../../shared/import/headerless-rows.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';
import type { ImportResult } from '../../shared/import/measures-document.js';
import { measuresDropped } from '../../shared/import/plan-limits.js';
import { replacedPlanNotice } from '../../shared/import/replaced-plan-notice.js';

const saved = (ids: string[]) => ({
  version: 2,
  measures: ids.map((id) => ({ measureId: id, title: `มาตรการ ${id}` })),
});

describe('counts of one in English messages', () => {
  it('a file over a saved plan of one measure, removing it: "1 saved measure is … and is removed"', () => {
    const notice = replacedPlanNotice(2567, 'file', saved(['i8']), [{ measureId: 'm1' }])!;
    expect(notice.message_en).toContain('(version 2, 1 measure)');
    expect(notice.message_en).toContain('1 measure is new');
    expect(notice.message_en).toContain(
      '1 saved measure is not in this file (i8) and is removed on saving, unless units have reported on it',
    );
    expect(notice.message_en).not.toMatch(/\b1 (saved )?measures\b/);
  });

  it('a copy keeping one saved measure and the CLI saving a file that removed one: singular, past tense agreeing', () => {
    const copy = replacedPlanNotice(2567, 'copy', saved(['i4', 'i5']), [{ measureId: 'i4' }])!;
    expect(copy.message_en).toContain('1 measure is a saved one and keeps its id (i4) and its reports');
    expect(copy.message_en).toContain('1 saved measure is not in this copy (i5)');
    const cli = replacedPlanNotice(2567, 'file-saved', saved(['i4', 'i5', 'i6']), [
      { measureId: 'i4' },
      { measureId: 'i5' },
    ])!;
    expect(cli.message_en).toContain('2 measures are saved ones and keep their ids (i4, i5) and their reports');
    expect(cli.message_en).toContain('1 saved measure is not in this file (i6) and was removed');
  });

  it("the CLI's summary, the audit line of a save and the importer's row messages say one thing in the singular", () => {
    const result = {
      plan: { orgId: 'demo', fy: 2567, title: 'แผน', measures: [] },
      warnings: [{ where: {}, code: 'no-indicator', message_th: 'ก', message_en: 'a', source: '' }],
    } as unknown as ImportResult;
    const lines = planSummaryLines(result);
    expect(lines).toContain('มาตรการ ๐ ข้อ / 0 measures, FY2567');
    expect(lines).toContain('คำเตือน ๑ รายการ / 1 warning');
    const audit = auditSummary({ action: 'plan.save', details: { version: 3, measures: 1 } }, (id) => id);
    expect(audit.en).toBe('saved the plan (version 3, 1 measure)');
    expect(measuresDropped(501)!.en).toContain('the last 1 row (from this one) was not imported');
    const one = { first: { block: 0, where: {}, source: '' }, count: 1, read: 0 };
    expect(headerlessMessage(one).en).toContain(
      '1 row opens with "ตัวชี้วัดที่" (indicator), but there is no table header and its cells',
    );
    expect([counted(0, 'row'), counted(1, 'row'), counted(2, 'row')]).toEqual(['0 rows', '1 row', '2 rows']);
  });
});

describe("the CLI's summary names units as the org calls them (tester s37 #9: ids such as clerk)", () => {
  const plan = (responsible: object) =>
    ({
      plan: {
        orgId: 'demo',
        fy: 2567,
        title: 'แผน',
        measures: [
          {
            measureId: 'i4',
            title: 'ก',
            subMeasures: [],
            methods: [],
            recommendations: [],
            followUps: [],
            responsible,
          },
        ],
      },
      warnings: [],
    }) as unknown as ImportResult;
  const names: Record<string, string> = { finance: 'กองคลัง', engineering: 'กองช่าง', clerk: 'สำนักปลัดเทศบาล' };
  const unitName = (id: string) => names[id] ?? id;
  it.each([
    [
      { allUnits: false, unitIds: ['finance', 'engineering'] },
      'ผู้รับผิดชอบ: กองคลัง, กองช่าง / responsible: "กองคลัง" (finance), "กองช่าง" (engineering)',
    ],
    [
      { allUnits: true, unitIds: [], leadUnitId: 'clerk' },
      'ผู้รับผิดชอบ: ทุกกองงาน หน่วยงานหลัก สำนักปลัดเทศบาล / responsible: every unit, lead: "สำนักปลัดเทศบาล" (clerk)',
    ],
    [{ allUnits: false, unitIds: ['archives'] }, 'ผู้รับผิดชอบ: archives / responsible: archives'],
  ])('%j', (responsible, line) => {
    expect(planSummaryLines(plan(responsible), unitName)).toContain(`  ${line}`);
  });
});
