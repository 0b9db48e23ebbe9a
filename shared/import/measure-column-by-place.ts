// A plan header whose measure column is named in words the importer does not know ("กิจกรรม",
// "ชื่อกิจกรรม", "เรื่อง") while its other columns are named as a plan's (review 17 s15, S15-19):
// the unknown first column is the measure column, said with column-name-guessed.
import { type Column, type Role, namesNoColumn, withoutNumbering } from './column-names.js';
import { matchKey } from './thai-text.js';

/** The plan columns besides the measures', of which a header must name three in known words. */
const OTHER_ROLES: readonly Role[] = ['methods', 'timeframe', 'followUps', 'responsible'];
/** Columns that may stand before the measure column ("ที่", "ตัวชี้วัด"). */
const BEFORE_MEASURE: readonly Role[] = ['number', 'indicator'];
/** An unknown label taken for the measure column is short, a label (no numbers: data has them). */
const MAX_LABEL = 30;
/** What the guessed column is said to be taken for. */
export const MEASURE_COLUMN_NAME = 'มาตรการ/แนวทาง';

const labelLike = (label: string) => {
  const key = matchKey(withoutNumbering(label));
  return key.length > 0 && key.length <= MAX_LABEL && !/[0-9๐-๙]/.test(key);
};

/**
 * Whether cells already read as columns (cheaply, per distinct cell) may be such a header: three
 * of the other plan columns named. Most rows are no header: this is the gate before more reading.
 */
export function namesOtherPlanColumns(columns: readonly Pick<Column, 'role'>[]): boolean {
  if (columns.length < 3) return false;
  let named = 0;
  const seen = new Set<Role>();
  for (const c of columns) {
    if (OTHER_ROLES.includes(c.role) && !seen.has(c.role)) {
      seen.add(c.role);
      named++;
    }
  }
  return named >= 3;
}

/**
 * The header's columns with its measure column found by place: when no column names the measures,
 * three of the others do, and the first labelled column (after a number or indicator column) is
 * a short label the importer does not know, it is the measure column (takenFor, byPlace). Other
 * unknown labels make the row content, no header. Unchanged otherwise.
 */
export function measureColumnByPlace(columns: Column[]): Column[] {
  if (columns.some((c) => c.role === 'measure') || !namesOtherPlanColumns(columns)) return columns;
  const first = columns.findIndex((c) => c.label && !BEFORE_MEASURE.includes(c.role));
  const candidate = columns[first];
  if (!candidate || candidate.role !== 'note' || !labelLike(candidate.label) || !namesNoColumn(candidate.label))
    return columns;
  // "most cells known": besides it, no unknown label in a header of the five plan columns, one
  // more per three further columns (a data row has its units' names: "กองคลัง" is no column name)
  const filled = columns.filter((c) => c.label).length;
  const unknown = columns.filter((c) => c.role === 'note' && c.label && namesNoColumn(c.label)).length;
  if (unknown - 1 > Math.floor(Math.max(0, filled - 5) / 3)) return columns;
  const guessed: Column = { role: 'measure', label: candidate.label, takenFor: MEASURE_COLUMN_NAME, byPlace: true };
  return columns.map((c, j) => (j === first ? guessed : c));
}

/** column-name-guessed for a column taken by its place: the label quoted, the other columns' names the reason. */
export function byPlaceMessage(label: string, takenFor: string): { th: string; en: string } {
  return {
    th: `ไม่รู้จักชื่อหัวคอลัมน์ "${label}" แต่คอลัมน์อื่นในแถวนี้เป็นหัวตารางแผน และคอลัมน์นี้อยู่หน้าคอลัมน์เหล่านั้น จึงถือเป็นคอลัมน์ "${takenFor}" ตรวจว่ามาตรการอ่านถูกต้อง`,
    en: `the column header "${label}" is no known name, but the row's other columns are a plan header and this one comes before them: taken as the column "${takenFor}"; check the measures`,
  };
}
