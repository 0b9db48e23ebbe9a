// The base plan a test builds its documents of (FY 2567, the demo org): title, header, the measures
// i4, i5 and i9 as rows, and what a coordinator sees of them (BASE_MEASURES, as measuresOf gives).

export const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
export const TITLE = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'];

/** The base measures (i4, i5, i9), each one row: measure, methods, timeframe, follow-ups, unit. */
export const M4 = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\n๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
  '๑. จัดทำคู่มือการยืมคืนพัสดุ',
  'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
  '๑. รายงานผลต่อที่ประชุมทุกเดือน\n๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
  'กองคลัง',
];
export const M5 = [
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\n๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
  '๑. เผยแพร่ผลการดำเนินงานบนเว็บไซต์',
  'ตลอดปีงบประมาณ',
  '๑. รายงานผู้บริหารทุกไตรมาส',
  'สำนักปลัด ทุกกองงาน',
];
export const M9 = [
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  '๑. ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
  'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
  '๑. สรุปผลประจำปี',
  'กองช่าง กองการศึกษา',
];

/**
 * Three measures (i4, i5, i9), each cell as its lines (a sheet's Alt+Enter, a web table's <br>): i4
 * monthly and every 6 months by กองคลัง, i5 quarterly by all units, i9 in April and September and yearly
 * by กองช่าง and กองการศึกษา.
 */
export const LINED_ROWS: string[][][] = [
  [
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'],
    ['๑. จัดทำคู่มือการยืมคืนพัสดุ', '๒. ประชาสัมพันธ์ให้บุคลากรทราบ'],
    ['ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗'],
    ['๑. รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', '๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน'],
    ['กองคลัง'],
  ],
  [
    ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๒. มาตรการจัดการเรื่องร้องเรียน'],
    ['๑. เผยแพร่ผลการดำเนินงานบนเว็บไซต์'],
    ['ตลอดปีงบประมาณ'],
    ['๑. รายงานผู้บริหารทุกไตรมาส'],
    ['สำนักปลัด ทุกกองงาน'],
  ],
  [
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'],
    ['๑. ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    ['ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗'],
    ['๑. เสนอผู้บริหารในเดือนเมษายน และ กันยายน', '๒. สรุปผลประจำปี'],
    ['กองช่าง กองการศึกษา'],
  ],
];

/** A one-row measure `i` of a timeframe and one follow-up, for the timeframe's months (กองคลัง's). */
export const timeframeRow = (i: number, timeframe: string, followUp = 'รายงานผลทุกเดือน') => [
  `ตัวชี้วัดที่ ${i} มาตรการทดสอบ ${i}`,
  'จัดทำประกาศ',
  timeframe,
  followUp,
  'กองคลัง',
];
/** The base measures as measuresOf gives them. */
export const BASE_MEASURES = [
  { indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] },
  { indicator: 5, cadences: ['quarterly'], units: ['*', 'clerk'] },
  { indicator: 9, cadences: ['annual'], units: ['engineering', 'education'] },
];
