// The last on-time days of the results report's work added to the plan after its due date and still
// in its grace, รอส่งย้อนหลัง (its entries' onTimeUntil): what lateAdditionsNoteTh counts, in the report and on the
// public ITA page. No zod here: the API's publishing reads it from report.json.
import type { AnnualReportModel } from './annual-report-model.js';

/** One day a piece of such work, of `measures` (all of them, or one indicator's). */
export const lateAdditionDays = (measures: readonly AnnualReportModel['measures'][number][]): string[] =>
  measures.flatMap((m) =>
    m.followUps.flatMap((f) =>
      f.periods.flatMap((p) =>
        // in_grace; report.json before session 48: not_yet_due with onTimeUntil (only work in grace has both)
        p.entries.flatMap((e) =>
          (e.status === 'in_grace' || e.status === 'not_yet_due') && e.onTimeUntil ? [e.onTimeUntil] : [],
        ),
      ),
    ),
  );
