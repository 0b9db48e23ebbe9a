// How plans name the parts of a fiscal year, in a match key (matchKey: no spaces, Arabic digits):
// its halves ("ครึ่งปีแรก", "6 เดือนหลัง", "หกเดือนแรก") and quarters ("ไตรมาสที่ 2", "ไตรมาส 2-3").
// One source for the timeframe reader (timeframe-months.ts) and the deadline reader
// (follow-up-cadence.ts). Pattern sources, to be put in a RegExp.

/**
 * A half of the fiscal year: "ครึ่งปีแรก", "ครึ่งแรก", "ครึ่งปีงบประมาณหลัง", "6เดือนแรก", "หกเดือนหลัง";
 * group: "แรก" (the first, October-March) or "หลัง" (the second, April-September). Review 17 s25, S25-1.
 */
export const HALF = '(?:ครึ่ง|(?<![0-9])6เดือน|หกเดือน)(?:ปี)?(?:งบประมาณ)?(แรก|หลัง)';
/** The word before a quarter's number: "ไตรมาส", "ไตรมาสที่" */
export const QUARTER = 'ไตรมาส(?:ที่)?';
/** What joins two quarters into a span: a dash of any kind (review 17 s26, S26-1) or "ถึง" */
export const QUARTER_SPAN_JOIN = '(?:[-–—~]|ถึง)';
