// S20-1's announcement of labelled paragraphs (four measures under three headings), with each label
// line written by the caller, and what a coordinator must see of it: the importer's tests of
// colon-less labels, separators and list markers share it.
import type { Preview } from './plan-table-files.js';

/** A label line: the label's words and its text, joined as the test writes them. */
export type LabelLine = (label: string, text: string) => string;

/** The announcement's lines, each label line made by `line`. */
export const labelledAnnouncement = (line: LabelLine): string[] => [
  'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567',
  'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
  'มาตรการที่ 1 จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
  line('วิธีดำเนินการ', '1) จัดทำประกาศ 2) เผยแพร่ทางเว็บไซต์'),
  line('ผู้รับผิดชอบ', 'สำนักปลัด'),
  line('การติดตามผล', 'รายงานผลทุกเดือน'),
  'มาตรการที่ 2 ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน',
  line('ผู้รับผิดชอบ', 'สำนักปลัด และกองการศึกษา'),
  line('การติดตามผล', 'รายงานผลปีละครั้ง'),
  'ตัวชี้วัดที่ 2 การใช้งบประมาณ',
  'มาตรการที่ 3 เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน',
  line('ผู้รับผิดชอบ', 'กองคลัง'),
  line('การติดตามผล', 'รายงานผลทุกไตรมาส'),
  'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
  'มาตรการที่ 4 ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
  line('ผู้รับผิดชอบ', 'กองช่าง'),
  line('การติดตามผล', 'รายงานผลรอบ 6 เดือน'),
];

/** Of each measure: id, sub-measures, methods, follow-ups as [text, cadence], units. */
export const announcedMeasures = (r: Preview) =>
  r.plan.measures.map((m) => ({
    id: m.measureId,
    subMeasures: m.subMeasures,
    methods: m.methods,
    followUps: m.followUps.map((f) => [f.text, f.cadence]),
    units: m.responsible.unitIds,
  }));

/** The four measures the announcement gives, read right. */
export const ANNOUNCED_MEASURES = [
  {
    id: 'i1',
    subMeasures: ['จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร'],
    methods: ['จัดทำประกาศ', 'เผยแพร่ทางเว็บไซต์'],
    followUps: [['รายงานผลทุกเดือน', 'monthly']],
    units: ['clerk'],
  },
  {
    id: 'i1-2',
    subMeasures: ['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน'],
    methods: [],
    followUps: [['รายงานผลปีละครั้ง', 'annual']],
    units: ['clerk', 'education'],
  },
  {
    id: 'i2',
    subMeasures: ['เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน'],
    methods: [],
    followUps: [['รายงานผลทุกไตรมาส', 'quarterly']],
    units: ['finance'],
  },
  {
    id: 'i9',
    subMeasures: ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    methods: [],
    followUps: [['รายงานผลรอบ 6 เดือน', 'semiannual']],
    units: ['engineering'],
  },
];
