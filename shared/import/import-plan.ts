// The importer's readable summary of a plan, for the CLI.
import { toThaiDigits } from '../domain/thai-format.js';
import type { ImportResult } from './measures-document.js';
import { counted } from '../domain/english-count.js';

export function planSummaryLines(result: ImportResult): string[] {
  const lines = [
    `${result.plan.title || 'แผนมาตรการ'}`,
    `มาตรการ ${toThaiDigits(result.plan.measures.length)} ข้อ / ${counted(result.plan.measures.length, 'measure')}, FY${result.plan.fy}`,
  ];
  for (const m of result.plan.measures) {
    const units = m.responsible.allUnits
      ? `ทุกกองงาน (every unit)${m.responsible.leadUnitId ? `, lead: ${m.responsible.leadUnitId}` : ''}`
      : m.responsible.unitIds.join(', ') || '-';
    lines.push('', `[${m.measureId}] ${m.title}`);
    lines.push(
      `  sub-measures: ${m.subMeasures.length}, methods: ${m.methods.length}, recommendations: ${m.recommendations.length}`,
    );
    lines.push(`  responsible: ${units}`);
    for (const f of m.followUps) {
      lines.push(
        `  follow-up ${f.followUpNo}: ${f.cadence}${f.audience.length ? ` -> ${f.audience.join(', ')}` : ''}  ${f.text.slice(0, 70)}${f.text.length > 70 ? '…' : ''}`,
      );
    }
  }
  lines.push(
    '',
    `คำเตือน ${toThaiDigits(result.warnings.length)} รายการ / ${counted(result.warnings.length, 'warning')}`,
  );
  for (const w of result.warnings) lines.push(`  ${w.message_th}`, `    ${w.message_en}`);
  return lines;
}
