// The importer's readable summary of a plan, for the CLI.
import { AUDIENCE_LABELS, CADENCE_LABELS } from '../domain/plan-labels.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { firstRoundCoverage, followUpMonthsLabel } from '../domain/follow-up-months.js';
import type { ImportResult } from './measures-document.js';
import { counted } from '../domain/english-count.js';
import { unitInEnglish } from '../domain/active-units.js';

/**
 * The plan as the CLI prints it: Thai first, then English after " / ". `unitName` names a unit as
 * the org calls it ("สำนักปลัดเทศบาล" for clerk); without it, or for a unit it does not know, the id.
 */
export function planSummaryLines(result: ImportResult, unitName: (unitId: string) => string = (id) => id): string[] {
  const lines = [
    `${result.plan.title || 'แผนมาตรการ'}`,
    `มาตรการ ${toThaiDigits(result.plan.measures.length)} ข้อ / ${counted(result.plan.measures.length, 'measure')}, FY${result.plan.fy}`,
  ];
  const n = toThaiDigits;
  const english = (unitId: string) => unitInEnglish({ unitId, name: unitName(unitId) });
  for (const m of result.plan.measures) {
    const r = m.responsible;
    const [unitsTh, unitsEn] = r.allUnits
      ? [
          `ทุกกองงาน${r.leadUnitId ? ` หน่วยงานหลัก ${unitName(r.leadUnitId)}` : ''}`,
          `every unit${r.leadUnitId ? `, lead: ${english(r.leadUnitId)}` : ''}`,
        ]
      : [r.unitIds.map(unitName).join(', ') || '-', r.unitIds.map(english).join(', ') || '-'];
    lines.push('', `[${m.measureId}] ${m.title}`);
    // Thai first (Thai digits), then English after " / "
    lines.push(
      `  มาตรการย่อย ${n(m.subMeasures.length)} วิธีดำเนินการ ${n(m.methods.length)} ข้อเสนอแนะ ${n(m.recommendations.length)} / sub-measures: ${m.subMeasures.length}, methods: ${m.methods.length}, recommendations: ${m.recommendations.length}`,
    );
    lines.push(`  ผู้รับผิดชอบ: ${unitsTh} / responsible: ${unitsEn}`);
    for (const f of m.followUps) {
      // the months kept or read (a duty stopped after February says so: tester s43 F1)
      const months = followUpMonthsLabel(f);
      const th = `${CADENCE_LABELS[f.cadence]}${months ? ` (${months.th})` : ''}${f.audience.length ? ` รายงานต่อ ${f.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}` : ''}`;
      const en = `${f.cadence}${months ? ` (${months.en})` : ''}${f.audience.length ? ` -> ${f.audience.join(', ')}` : ''}`;
      lines.push(
        `  ติดตามผลข้อ ${n(f.followUpNo)}: ${th} / follow-up ${f.followUpNo}: ${en}  ${f.text.slice(0, 70)}${f.text.length > 70 ? '…' : ''}`,
      );
      // a quarter or half begun inside: its first round is still the whole period's (tester s44)
      const covered = firstRoundCoverage(f, result.plan.fy);
      if (covered) lines.push(`    ${covered.th} / ${covered.en}`);
    }
  }
  lines.push(
    '',
    `คำเตือน ${toThaiDigits(result.warnings.length)} รายการ / ${counted(result.warnings.length, 'warning')}`,
  );
  for (const w of result.warnings) lines.push(`  ${w.message_th}`, `    ${w.message_en}`);
  return lines;
}
