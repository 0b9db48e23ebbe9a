// How many table rows a plan file may hold, whatever its kind (.xlsx: xlsx-rows.ts; .docx:
// docx-limits.ts): one number, so a plan refused as one kind is refused as the other.

/**
 * Table rows of a plan file. A plan of 500 measures (MAX_MEASURES) of 8 rows each is 4,000; a real
 * plan has a few hundred. The bench's 1 MB ordinary plan (127 measures) is 630 rows. At this bound
 * a workbook or a Word document costs about 3x that plan (test/bench/importer-run.ts; review 17
 * s15, S15-20; s23, S23-14: 14,000 rows of a Word table took 5-7x).
 */
export const MAX_PLAN_TABLE_ROWS = 4_000;
