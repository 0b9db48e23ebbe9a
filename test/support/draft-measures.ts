// Measures as the importer drafts them, for the tests of aligning a file's measures with the saved plan.
import type { Cadence } from '../../shared/domain/due-rules.js';
import type { DraftMeasure } from '../../shared/import/measures-document.js';

export interface DraftMeasureParts {
  subMeasures?: string[];
  /** the follow-ups' texts, numbered from 1, each monthly unless given as [text, cadence] */
  followUps?: (string | [string, Cadence])[];
  /** who reports: every unit (ทุกกองงาน) unless given */
  responsible?: DraftMeasure['responsible'];
}

/** A drafted measure at order 1: its id, indicator and title, and `parts`; no methods, timeframe nor recommendations. */
export const draftMeasure = (
  measureId: string,
  indicator: number | null,
  title: string,
  parts: DraftMeasureParts = {},
): DraftMeasure => ({
  measureId,
  order: 1,
  indicator,
  title,
  subMeasures: parts.subMeasures ?? [],
  methods: [],
  timeframe: '',
  followUps: (parts.followUps ?? []).map((f, i) => {
    const [text, cadence] = typeof f === 'string' ? [f, 'monthly' as const] : f;
    return { followUpNo: i + 1, text, cadence, audience: [] };
  }),
  responsible: parts.responsible ?? { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
  recommendations: [],
});
