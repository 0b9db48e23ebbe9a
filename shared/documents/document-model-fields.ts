// The fields every published document's model shares: whose document it is, and a measure's heading
// columns as the plan's table has them (มาตรการ/แนวทาง, วิธีการดำเนินการ, ระยะเวลาดำเนินการ).
import * as z from 'zod';

export const DOCUMENT_OWNER = {
  orgId: z.string(),
  orgName: z.string(),
  fy: z.number(),
};

export const MEASURE_HEADING = {
  measureId: z.string(),
  indicator: z.number(),
  title: z.string(),
  subMeasures: z.array(z.string()),
  methods: z.array(z.string()),
  timeframe: z.string(),
};

/** A plan measure's MEASURE_HEADING values. */
export function measureHeading(m: {
  measureId: string;
  indicator: number;
  title: string;
  subMeasures: string[];
  methods: string[];
  timeframe: string;
}) {
  const { measureId, indicator, title, subMeasures, methods, timeframe } = m;
  return { measureId, indicator, title, subMeasures, methods, timeframe };
}
