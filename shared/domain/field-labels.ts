// Thai and English names of the fields people fill in: form titles and error messages use them.

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
  'x-org-id': { th: 'หน่วยงานที่เลือก (X-Org-Id)', en: 'chosen organisation (X-Org-Id)' },
  'idempotency-key': { th: 'รหัสกันส่งซ้ำ (Idempotency-Key)', en: 'retry key (Idempotency-Key)' },
  feedId: { th: 'รหัสปฏิทิน', en: 'feed id' },
  label: { th: 'ชื่อปฏิทิน', en: 'label' },
};

export function fieldLabel(path: readonly PropertyKey[]): { th: string; en: string } {
  for (let i = path.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[String(path[i])];
    if (label) return label;
  }
  return { th: 'ข้อมูล', en: 'value' };
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
