// Thai and English names of the fields people fill in: form titles and error messages use them.
import { MeasureId } from './ids.js';

export const FIELD_LABELS: Readonly<Record<string, { th: string; en: string }>> = {
  progress: { th: 'สถานะความคืบหน้า', en: 'progress' },
  summary: { th: 'ผลการดำเนินงาน', en: 'what was done' },
  obstacles: { th: 'ปัญหาอุปสรรค', en: 'obstacles' },
  suggestions: { th: 'ข้อเสนอแนะ', en: 'suggestions' },
  evidence: { th: 'หลักฐาน', en: 'evidence' },
  url: { th: 'ลิงก์', en: 'link' },
  key: { th: 'ไฟล์ที่อัปโหลด', en: 'uploaded file' },
  title: { th: 'ชื่อหลักฐาน', en: 'title' },
  expectedVersion: { th: 'ฉบับที่กำลังแก้ไข', en: 'version being revised' },
  decision: { th: 'ผลการตรวจ', en: 'decision' },
  comment: { th: 'ความเห็น', en: 'comment' },
  obligationId: { th: 'รหัสภาระการรายงาน', en: 'obligation id' },
  fileName: { th: 'ชื่อไฟล์', en: 'file name' },
  contentType: { th: 'ชนิดไฟล์', en: 'file type' },
  size: { th: 'ขนาดไฟล์', en: 'file size' },
  fy: { th: 'ปีงบประมาณ', en: 'fiscal year' },
  unit: { th: 'หน่วยงาน', en: 'unit' },
  status: { th: 'สถานะ', en: 'status' },
  from: { th: 'ตั้งแต่วันที่', en: 'from' },
  to: { th: 'ถึงวันที่', en: 'to' },
  cursor: { th: 'ตำแหน่งหน้า', en: 'cursor' },
  limit: { th: 'จำนวนต่อหน้า', en: 'page size' },
  format: { th: 'รูปแบบ', en: 'format' },
  text: { th: 'ข้อความเอกสาร', en: 'document text' },
  plan: { th: 'แผน', en: 'plan' },
  measures: { th: 'มาตรการ', en: 'measures' },
  unitId: { th: 'หน่วยงาน', en: 'unit' },
  name: { th: 'ชื่อ', en: 'name' },
  aliases: { th: 'ชื่ออื่นที่ใช้ในเอกสาร', en: 'aliases' },
  active: { th: 'สถานะการใช้งาน', en: 'active' },
  email: { th: 'อีเมล', en: 'email' },
  roles: { th: 'บทบาท', en: 'roles' },
  headOfUnit: { th: 'หัวหน้าหน่วยงาน', en: 'head of unit' },
  personId: { th: 'รหัสผู้ใช้งาน', en: 'person id' },
  'x-org-id': { th: 'องค์กรที่เลือก (X-Org-Id)', en: 'chosen organisation (X-Org-Id)' },
  'idempotency-key': { th: 'รหัสกันส่งซ้ำ (Idempotency-Key)', en: 'retry key (Idempotency-Key)' },
  feedId: { th: 'รหัสปฏิทิน', en: 'feed id' },
  label: { th: 'ชื่อปฏิทิน', en: 'label' },
  // npm run admin's options
  org: { th: 'รหัสองค์กร', en: 'organisation id' },
  rule: { th: 'วิธีนับวันครบกำหนดส่ง', en: 'due rule' },
  cadence: { th: 'รอบการรายงาน', en: 'reporting cadence' },
};

export function fieldLabel(path: readonly PropertyKey[]): { th: string; en: string } {
  const inMeasure = measureFieldLabel(path);
  if (inMeasure) return inMeasure;
  for (let i = path.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[String(path[i])];
    if (label) return label;
  }
  return { th: 'ข้อมูล', en: 'value' };
}

/** Names of a plan measure's fields (paths under `measures.N`), where the generic labels mislead. */
const MEASURE_FIELD_LABELS: Readonly<Record<string, { th: string; en: string }>> = {
  measureId: { th: 'รหัสมาตรการ', en: 'measure id' },
  order: { th: 'ลำดับมาตรการ', en: 'measure order' },
  indicator: { th: 'เลขตัวชี้วัด', en: 'indicator number' },
  title: { th: 'ชื่อมาตรการ', en: 'measure title' },
  subMeasures: { th: 'มาตรการย่อย', en: 'sub-measures' },
  methods: { th: 'วิธีการดำเนินการ', en: 'methods' },
  timeframe: { th: 'ระยะเวลาดำเนินการ', en: 'timeframe' },
  followUps: { th: 'การติดตามผล', en: 'follow-ups' },
  followUpNo: { th: 'เลขข้อการติดตามผล', en: 'follow-up number' },
  'followUps.text': { th: 'ข้อความการติดตามผล', en: 'follow-up text' },
  cadence: { th: 'รอบการรายงาน', en: 'reporting cadence' },
  audience: { th: 'ผู้รับรายงาน', en: 'audience' },
  dueDate: { th: 'วันครบกำหนด', en: 'due date' },
  responsible: { th: 'ผู้รับผิดชอบ', en: 'responsible units' },
  allUnits: { th: 'ช่องทุกหน่วยงาน', en: 'all units' },
  unitIds: { th: 'หน่วยงานผู้รับผิดชอบ', en: 'responsible units' },
  leadUnitId: { th: 'หน่วยงานหลัก', en: 'lead unit' },
  'responsible.text': { th: 'ข้อความช่องผู้รับผิดชอบ', en: 'responsible-units text' },
  recommendations: { th: 'ข้อเสนอแนะ', en: 'recommendations' },
  notes: { th: 'หมายเหตุ', en: 'notes' },
  'notes.label': { th: 'หัวข้อหมายเหตุ', en: 'note label' },
  'notes.text': { th: 'ข้อความหมายเหตุ', en: 'note text' },
};

/**
 * The label of a field inside a plan's measure (`measures.N....`): the last named key, read with
 * the list it sits in ("followUps.text", "notes.label"); undefined for any other path.
 */
function measureFieldLabel(path: readonly PropertyKey[]): { th: string; en: string } | undefined {
  const m = path.indexOf('measures');
  if (m < 0 || typeof path[m + 1] !== 'number') return undefined;
  const keys = path.slice(m + 2).filter((k): k is string => typeof k === 'string');
  const last = keys.at(-1);
  if (!last) return { th: 'มาตรการ', en: 'measure' };
  return MEASURE_FIELD_LABELS[`${keys.at(-2)}.${last}`] ?? MEASURE_FIELD_LABELS[last];
}

const thaiNo = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/**
 * Where in a plan a path points, in words: "มาตรการลำดับที่ ๓ (i5) การติดตามผลรายการที่ ๒" /
 * "measure 3 (i5), follow-up 2". `input` is what was sent (the measure's id is read from it).
 * Undefined for paths outside `measures`.
 */
export function planPlace(path: readonly PropertyKey[], input: unknown): { th: string; en: string } | undefined {
  const m = path.indexOf('measures');
  const i = path[m + 1];
  if (m < 0 || typeof i !== 'number') return undefined;
  const measure = valueAt(input, path.slice(0, m + 2));
  const id = (measure as { measureId?: unknown } | undefined)?.measureId;
  // only a well-formed id is quoted (what was sent may be any text)
  const named = MeasureId.safeParse(id).success ? ` (${String(id)})` : '';
  const th = [`มาตรการลำดับที่ ${thaiNo(i + 1)}${named}`];
  const en = [`measure ${i + 1}${named}`];
  const rest = path.slice(m + 2);
  const lists: Record<string, { th: string; en: string }> = {
    followUps: { th: 'การติดตามผลรายการที่', en: 'follow-up' },
    subMeasures: { th: 'มาตรการย่อยข้อที่', en: 'sub-measure' },
    methods: { th: 'วิธีการดำเนินการข้อที่', en: 'method' },
    recommendations: { th: 'ข้อเสนอแนะข้อที่', en: 'recommendation' },
    notes: { th: 'หมายเหตุรายการที่', en: 'note' },
    unitIds: { th: 'หน่วยงานรายการที่', en: 'unit' },
    audience: { th: 'ผู้รับรายงานรายการที่', en: 'audience' },
  };
  rest.forEach((k, j) => {
    const list = typeof k === 'string' ? lists[k] : undefined;
    const n = rest[j + 1];
    if (list && typeof n === 'number') {
      th.push(`${list.th} ${thaiNo(n + 1)}`);
      en.push(`${list.en} ${n + 1}`);
    }
  });
  return { th: th.join(' '), en: en.join(', ') };
}

/** The value at a path of what was sent, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * What a list field holds, for "must be a list of …" (a list sent as text or a number): the
 * element's name and a short example of the list as JSON.
 */
export const LIST_LABELS: Readonly<Record<string, { th: string; en: string }>> = {
  roles: { th: 'รายการบทบาท เช่น ["staff"]', en: 'a list of roles, e.g. ["staff"]' },
  aliases: { th: 'รายการชื่อ เช่น ["กองคลัง"]', en: 'a list of names, e.g. ["กองคลัง"]' },
  evidence: { th: 'รายการหลักฐาน', en: 'a list of evidence items' },
  measures: { th: 'รายการมาตรการ', en: 'a list of measures' },
};

/** The list label of the field at `path` (its last named segment), if it is a known list. */
export function listLabel(path: readonly PropertyKey[]): { th: string; en: string } | undefined {
  const last = path.at(-1);
  return last === undefined ? undefined : LIST_LABELS[String(last)];
}
