// A tab-separated plan document of the seed's five columns, imported for the demo org's FY2566.
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

export const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';

/** Imports `rows` (cells in the header's order) under HEADER. */
export const importRows = (...rows: string[][]) =>
  importMeasuresDocument(HEADER + rows.map((r) => `${r.join('\t')}\n`).join(''), {
    orgId: 'demo',
    fy: 2566,
    units: MUNICIPAL_UNITS,
  });
