// Thai and English names of the fields people fill in: form titles and error messages use them.
import { type Bilingual, bilingual } from './bilingual.js';
import { MeasureId } from './ids.js';

/** npm run admin's due rule, as an option (--rule) and as its kind. */
const DUE_RULE = bilingual('วิธีนับวันครบกำหนดส่ง', 'due rule');

export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  progress: bilingual('สถานะความคืบหน้า', 'progress'),
  summary: bilingual('ผลการดำเนินงาน', 'what was done'),
  obstacles: bilingual('ปัญหาอุปสรรค', 'obstacles'),
  suggestions: bilingual('ข้อเสนอแนะ', 'suggestions'),
  evidence: bilingual('หลักฐาน', 'evidence'),
  url: bilingual('ลิงก์', 'link'),
  key: bilingual('ไฟล์ที่อัปโหลด', 'uploaded file'),
  title: bilingual('ชื่อหลักฐาน', 'title'),
  expectedVersion: bilingual('ฉบับที่กำลังแก้ไข', 'version being revised'),
  decision: bilingual('ผลการตรวจ', 'decision'),
  comment: bilingual('ความเห็น', 'comment'),
  obligationId: bilingual('รหัสภาระการรายงาน', 'obligation id'),
  fileName: bilingual('ชื่อไฟล์', 'file name'),
  contentType: bilingual('ชนิดไฟล์', 'file type'),
  size: bilingual('ขนาดไฟล์', 'file size'),
  contentBase64: bilingual('ไฟล์ (base64)', 'file (base64)'),
  uploadId: bilingual('รหัสการอัปโหลด', 'upload id'),
  fy: bilingual('ปีงบประมาณ', 'fiscal year'),
  generation: bilingual('ฉบับที่', 'generation'),
  unit: bilingual('หน่วยงาน', 'unit'),
  status: bilingual('สถานะ', 'status'),
  from: bilingual('ตั้งแต่วันที่', 'from'),
  to: bilingual('ถึงวันที่', 'to'),
  cursor: bilingual('ตำแหน่งหน้า', 'cursor'),
  limit: bilingual('จำนวนต่อหน้า', 'page size'),
  format: bilingual('รูปแบบ', 'format'),
  scope: bilingual('ช่วงของรายงาน', 'report scope'),
  text: bilingual('ข้อความเอกสาร', 'document text'),
  plan: bilingual('แผน', 'plan'),
  measures: bilingual('มาตรการ', 'measures'),
  unitId: bilingual('หน่วยงาน', 'unit'),
  name: bilingual('ชื่อ', 'name'),
  aliases: bilingual('ชื่ออื่นที่ใช้ในเอกสาร', 'aliases'),
  active: bilingual('สถานะการใช้งาน', 'active'),
  email: bilingual('อีเมล', 'email'),
  roles: bilingual('บทบาท', 'roles'),
  headOfUnit: bilingual('หัวหน้าหน่วยงาน', 'head of unit'),
  actingHeadOf: bilingual('รักษาราชการแทนหัวหน้าหน่วยงาน', 'acting head of'),
  alsoStaffOf: bilingual('ปฏิบัติงานในหน่วยงานอื่นด้วย', 'also staff of'),
  personId: bilingual('รหัสผู้ใช้งาน', 'person id'),
  'x-org-id': bilingual('องค์กรที่เลือก (X-Org-Id)', 'chosen organisation (X-Org-Id)'),
  'idempotency-key': bilingual('รหัสกันส่งซ้ำ (Idempotency-Key)', 'retry key (Idempotency-Key)'),
  feedId: bilingual('รหัสปฏิทิน', 'feed id'),
  label: bilingual('ชื่อปฏิทิน', 'label'),
  // the job's kind (npm run job --kind, the scheduler's input): at the root only (ROOT_ONLY)
  kind: bilingual('ชนิดงาน', 'job kind'),
  // npm run admin's options
  org: bilingual('รหัสองค์กร', 'organisation id'),
  rule: DUE_RULE,
  cadence: bilingual('รอบการรายงาน', 'reporting cadence'),
  // PUT ita-scores: indicators[i].no / .score
  no: bilingual('เลขตัวชี้วัด', 'indicator number'),
  score: bilingual('คะแนน', 'score'),
};

/**
 * Labels of a key under a named parent ("rule.kind"), read before the bare key's: a bare name means
 * different things in different schemas (break s32 F5: a due rule's `kind` was named "ชนิดงาน / job kind").
 */
const QUALIFIED_LABELS: Readonly<Record<string, Bilingual>> = {
  // npm run admin -- set-due-rule --rule: DueRule (shared/domain/due-rules.ts)
  'rule.kind': DUE_RULE,
  'rule.day': bilingual('วันที่ของเดือนถัดไป', 'day of the next month'),
  'rule.days': bilingual('จำนวนวันหลังสิ้นรอบรายงาน', 'days after the period'),
};

/** Bare keys whose FIELD_LABELS name holds only at the path's root (or under `body`, `query`). */
const ROOT_ONLY = new Set(['kind']);
const ROOTS = new Set<PropertyKey>(['body', 'query', 'path', 'headers']);

/** `title` outside an evidence item: the plan's own title (PUT /plan's body.title). */
const PLAN_TITLE = bilingual('ชื่อแผนมาตรการ', 'plan title');

export function fieldLabel(path: readonly PropertyKey[]): Bilingual {
  const inMeasure = measureFieldLabel(path);
  if (inMeasure) return inMeasure;
  if (path.at(-1) === 'title' && !path.includes('evidence')) return PLAN_TITLE;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = String(path[i]);
    const qualified = i > 0 ? QUALIFIED_LABELS[`${String(path[i - 1])}.${key}`] : undefined;
    if (qualified) return qualified;
    if (ROOT_ONLY.has(key) && i > 0 && !(i === 1 && ROOTS.has(path[0]!))) continue;
    const label = FIELD_LABELS[key];
    if (label) return label;
  }
  return { th: 'ข้อมูล', en: 'value' };
}

/** Names of a plan measure's fields (paths under `measures.N`), where the generic labels mislead. */
const MEASURE_FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  measureId: bilingual('รหัสมาตรการ', 'measure id'),
  order: bilingual('ลำดับมาตรการ', 'measure order'),
  indicator: bilingual('เลขตัวชี้วัด', 'indicator number'),
  title: bilingual('ชื่อมาตรการ', 'measure title'),
  subMeasures: bilingual('มาตรการย่อย', 'sub-measures'),
  methods: bilingual('วิธีการดำเนินการ', 'methods'),
  timeframe: bilingual('ระยะเวลาดำเนินการ', 'timeframe'),
  followUps: bilingual('การติดตามผล', 'follow-ups'),
  followUpNo: bilingual('เลขข้อการติดตามผล', 'follow-up number'),
  'followUps.text': bilingual('ข้อความการติดตามผล', 'follow-up text'),
  cadence: bilingual('รอบการรายงาน', 'reporting cadence'),
  audience: bilingual('ผู้รับรายงาน', 'audience'),
  dueDate: bilingual('วันครบกำหนด', 'due date'),
  firstMonth: bilingual('เริ่มตั้งแต่เดือน', 'first month'),
  lastMonth: bilingual('หยุดหลังเดือน', 'last month'),
  responsible: bilingual('ผู้รับผิดชอบ', 'responsible units'),
  allUnits: bilingual('ช่องทุกหน่วยงาน', 'all units'),
  unitIds: bilingual('หน่วยงานผู้รับผิดชอบ', 'responsible units'),
  'followUps.unitIds': bilingual('หน่วยงานที่รายงานข้อนี้', 'units reporting on this follow-up'),
  leadUnitId: bilingual('หน่วยงานหลัก', 'lead unit'),
  'responsible.text': bilingual('ข้อความช่องผู้รับผิดชอบ', 'responsible-units text'),
  recommendations: bilingual('ข้อเสนอแนะ', 'recommendations'),
  notes: bilingual('หมายเหตุ', 'notes'),
  'notes.label': bilingual('หัวข้อหมายเหตุ', 'note label'),
  'notes.text': bilingual('ข้อความหมายเหตุ', 'note text'),
  unitFirstMonths: bilingual('เดือนแรกที่หน่วยงานรายงาน', "units' first months"),
  addedOn: bilingual('วันที่เพิ่มเข้าแผน', 'day added to the plan'),
  unitsAddedOn: bilingual('วันที่หน่วยงานเริ่มรายงาน', 'days units were added'),
  periodsAddedOn: bilingual('วันที่รอบรายงานถึงกำหนดเพราะแก้ไขแผน', 'days periods were made due'),
};

/** A measure's maps: their keys are ids (a unit's, a period's), never field names. */
const MEASURE_MAPS = new Set(['unitFirstMonths', 'unitsAddedOn', 'periodsAddedOn']);

/**
 * The label of a field inside a plan's measure (`measures.N....`): the nearest named key, read with
 * the list it sits in ("followUps.text", "notes.label"), a map's keys skipped; "มาตรการ" when none
 * is named; undefined for any other path.
 */
function measureFieldLabel(path: readonly PropertyKey[]): Bilingual | undefined {
  const m = path.indexOf('measures');
  if (m < 0 || typeof path[m + 1] !== 'number') return undefined;
  const keys = path.slice(m + 2).filter((k): k is string => typeof k === 'string');
  // the nearest named field: a map's key is no field name, nor is an unknown key under a field
  for (let i = keys.length - 1; i >= 0; i--) {
    if (i > 0 && MEASURE_MAPS.has(keys[i - 1]!)) continue;
    const label = MEASURE_FIELD_LABELS[`${keys[i - 1]}.${keys[i]}`] ?? MEASURE_FIELD_LABELS[keys[i]!];
    if (label) return label;
  }
  return { th: 'มาตรการ', en: 'measure' };
}

const thaiNo = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/**
 * Where in a plan a path points, in words: "มาตรการลำดับที่ ๓ (i5) การติดตามผลรายการที่ ๒" /
 * "measure 3 (i5), follow-up 2". `input` is what was sent (the measure's id is read from it).
 * Undefined for paths outside `measures`.
 */
export function planPlace(path: readonly PropertyKey[], input: unknown): Bilingual | undefined {
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
  const lists: Record<string, Bilingual> = {
    followUps: bilingual('การติดตามผลรายการที่', 'follow-up'),
    subMeasures: bilingual('มาตรการย่อยข้อที่', 'sub-measure'),
    methods: bilingual('วิธีการดำเนินการข้อที่', 'method'),
    recommendations: bilingual('ข้อเสนอแนะข้อที่', 'recommendation'),
    notes: bilingual('หมายเหตุรายการที่', 'note'),
    unitIds: bilingual('หน่วยงานรายการที่', 'unit'),
    audience: bilingual('ผู้รับรายงานรายการที่', 'audience'),
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
export const LIST_LABELS: Readonly<Record<string, Bilingual>> = {
  roles: bilingual('รายการบทบาท เช่น ["staff"]', 'a list of roles, e.g. ["staff"]'),
  aliases: bilingual('รายการชื่อ เช่น ["กองคลัง"]', 'a list of names, e.g. ["กองคลัง"]'),
  evidence: bilingual('รายการหลักฐาน', 'a list of evidence items'),
  measures: bilingual('รายการมาตรการ', 'a list of measures'),
};

/** The list label of the field at `path` (its last named segment), if it is a known list. */
export function listLabel(path: readonly PropertyKey[]): Bilingual | undefined {
  const last = path.at(-1);
  return last === undefined ? undefined : LIST_LABELS[String(last)];
}
