// Position titles in a units cell ("ปลัดเทศบาล", "นิติกร", "นักวิชาการเงินและบัญชี", "นายช่างโยธา"):
// many plans name the responsible position, not the unit. A usual municipal position is read as
// the unit of its work, through a fixed table as the sections are (unit-short-names.ts), with a
// unit-guessed warning naming the position; another position title is said to be a position
// whose unit is unknown; a unit the org does not have is said so (review 17 s13, S13-7).
import { sectionsOf, unitWorks } from './unit-short-names.js';

/** The usual positions (match keys: no spaces) of a unit, by its work; สำนักปลัด's come last. */
const POSITIONS: readonly [string[], string[]][] = [
  [
    ['คลัง'],
    [
      'นักบริหารงานการคลัง',
      'นักบริหารงานคลัง',
      'นักวิชาการเงินและบัญชี',
      'นักวิชาการการเงินและบัญชี',
      'เจ้าพนักงานการเงินและบัญชี',
      'นักวิชาการคลัง',
      'นักวิชาการพัสดุ',
      'เจ้าพนักงานพัสดุ',
      'นักวิชาการจัดเก็บรายได้',
      'เจ้าพนักงานจัดเก็บรายได้',
      'เจ้าพนักงานจัดเก็บ',
    ],
  ],
  [
    ['ช่าง', 'โยธา'],
    ['นักบริหารงานช่าง', 'นายช่างโยธา', 'นายช่างไฟฟ้า', 'นายช่างสำรวจ', 'นายช่างเขียนแบบ', 'วิศวกรโยธา', 'วิศวกรไฟฟ้า', 'สถาปนิก'],
  ],
  [
    ['ศึกษา', 'การศึกษา'],
    ['นักบริหารงานการศึกษา', 'นักวิชาการศึกษา', 'ครูผู้ดูแลเด็ก', 'ครูผู้ช่วย', 'ผู้ดูแลเด็ก', 'นักสันทนาการ', 'ครู'],
  ],
  [
    ['สาธารณสุขและสิ่งแวดล้อม', 'สาธารณสุข'],
    [
      'นักบริหารงานสาธารณสุขและสิ่งแวดล้อม',
      'นักบริหารงานสาธารณสุข',
      'นักวิชาการสาธารณสุข',
      'นักวิชาการสุขาภิบาล',
      'นักวิชาการสิ่งแวดล้อม',
      'เจ้าพนักงานสาธารณสุขชุมชน',
      'เจ้าพนักงานสาธารณสุข',
      'พยาบาลวิชาชีพ',
      'สัตวแพทย์',
    ],
  ],
  [['สวัสดิการสังคม'], ['นักบริหารงานสวัสดิการสังคม', 'นักพัฒนาชุมชน', 'เจ้าพนักงานพัฒนาชุมชน', 'นักสังคมสงเคราะห์']],
  [['ยุทธศาสตร์และงบประมาณ'], ['นักวิเคราะห์นโยบายและแผน', 'นักวิเคราะห์งบประมาณ']],
  [
    ['ส่งเสริมการเกษตร', 'เกษตร'],
    ['นักวิชาการเกษตร', 'นักวิชาการส่งเสริมการเกษตร', 'เจ้าพนักงานการเกษตร'],
  ],
  [
    ['ปลัด'],
    [
      'ปลัดเทศบาล',
      'รองปลัดเทศบาล',
      'ปลัดองค์การบริหารส่วนตำบล',
      'รองปลัดองค์การบริหารส่วนตำบล',
      'ปลัดอบต.',
      'รองปลัดอบต.',
      'ปลัดอบต',
      'รองปลัดอบต',
      'นักบริหารงานทั่วไป',
      'นักจัดการงานทั่วไป',
      'เจ้าพนักงานธุรการ',
      'เจ้าพนักงานสารบรรณ',
      'นิติกร',
      'นักทรัพยากรบุคคล',
      'นักวิเคราะห์นโยบายและแผน',
      'นักวิเคราะห์งบประมาณ',
      'นักประชาสัมพันธ์',
      'นักวิชาการคอมพิวเตอร์',
      'เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย',
      'เจ้าพนักงานป้องกัน',
      'เจ้าพนักงานทะเบียน',
      'เจ้าพนักงานเทศกิจ',
      'นักพัฒนาชุมชน',
      'เจ้าพนักงานพัฒนาชุมชน',
      'นักสังคมสงเคราะห์',
    ],
  ],
];

/**
 * The heads of staff titles, each with its short forms ("จพง.การเงินและบัญชี", "จนท.พัสดุ"): a head
 * before the work of one of a unit's sections is a position of that unit ("เจ้าหน้าที่พัสดุ" of
 * กองคลัง, "เจ้าพนักงานธุรการ" of สำนักปลัด), as is a title of the table written with a short head
 * (review 17 s17, S17-7).
 */
const STAFF_HEADS: readonly [string, readonly string[]][] = [
  ['เจ้าพนักงาน', ['จพง.', 'จพง']],
  ['เจ้าหน้าที่', ['จนท.', 'จนท']],
  ['นักวิชาการ', ['นวก.', 'นวก']],
];
const SECTION_HEAD = 'งาน';

/**
 * The usual positions of a unit (match key of its name): those of the table rows its works are in,
 * and a staff head before each of its sections' works (sectionsOf: `allWorks`, every unit's works,
 * leaves out a section another unit of the org does), the heads also written short.
 */
export function positionsOf(key: string, allWorks: ReadonlySet<string>): string[] {
  const parsed = unitWorks(key);
  if (!parsed) return [];
  const own = new Set(parsed.works);
  const titles = new Set(POSITIONS.filter(([works]) => works.some((w) => own.has(w))).flatMap(([, t]) => t));
  const works = sectionsOf(key, allWorks)
    .filter((s) => s.startsWith(SECTION_HEAD))
    .map((s) => s.slice(SECTION_HEAD.length));
  for (const [head, shorts] of STAFF_HEADS) {
    for (const title of [...titles]) {
      if (title.startsWith(head)) for (const short of shorts) titles.add(short + title.slice(head.length));
    }
    for (const work of works) for (const h of [head, ...shorts]) titles.add(h + work);
  }
  return [...titles];
}

/** The org's head of staff or a deputy ("ปลัดเทศบาล", "รองปลัด อบต."): never a part of a division. */
export const headsTheOrg = (key: string): boolean => /^(?:รอง)?ปลัด/.test(key);

/**
 * A word (match key) that is a position title, not a unit: a title of the table, or one of the
 * usual shapes of Thai local government's titles (นัก…, เจ้าพนักงาน…, นายช่าง…, ผู้ช่วย…, ครู…).
 */
const POSITION_SHAPE =
  /^(?:นักบริหาร|นักวิชาการ|นักวิเคราะห์|นักจัดการ|นักพัฒนา|นักทรัพยากร|นักประชาสัมพันธ์|นักสังคม|นักสันทนาการ|เจ้าพนักงาน|เจ้าหน้าที่|จพง|จนท|นวก|นายช่าง|วิศวกร|ผู้ช่วย|ครู|นิติกร|รองปลัด|ปลัด|พนักงานจ้าง|ลูกจ้าง|พยาบาล|สถาปนิก|สัตวแพทย์)/;
const TABLE_TITLES = new Set(POSITIONS.flatMap(([, titles]) => titles));
export const isPositionTitle = (word: string): boolean => TABLE_TITLES.has(word) || POSITION_SHAPE.test(word);

/** A word naming a unit by its kind (หน่วย…, กอง…, สำนัก…, ฝ่าย…, งาน…, ส่วน…): a unit the org does not have. */
const UNIT_SHAPE = /^(?:หน่วย|กอง|สำนัก|ฝ่าย|ส่วน|งาน)[ก-๛]{2,}/;

/**
 * What the unknown-unit warning adds about its words: which are position titles (no unit of the
 * org does that work) and which name a unit the org does not have. Thai first; '' when neither.
 */
export function unknownWordsNote(words: readonly string[]): { th: string; en: string } {
  const positions = words.filter(isPositionTitle);
  const units = words.filter((w) => !isPositionTitle(w) && UNIT_SHAPE.test(w));
  const quote = (list: readonly string[]) => list.map((w) => `"${w}"`).join(', ');
  const th: string[] = [];
  const en: string[] = [];
  if (positions.length > 0) {
    th.push(`${quote(positions)} เป็นชื่อตำแหน่ง ไม่ใช่ชื่อหน่วยงาน และไม่รู้ว่าอยู่ในหน่วยงานใดขององค์กร: เลือกหน่วยงานของตำแหน่งนี้`);
    en.push(`${quote(positions)} is a position title, not a unit, and its unit in the org is unknown: choose its unit`);
  }
  if (units.length > 0) {
    th.push(`องค์กรไม่มีหน่วยงาน ${quote(units)} ในระบบ: เพิ่มหน่วยงานนี้ หรือเลือกหน่วยงานที่รับผิดชอบ`);
    en.push(`the org has no unit ${quote(units)}: add the unit, or choose the responsible units`);
  }
  return { th: th.map((t) => ` (${t})`).join(''), en: en.map((t) => ` (${t})`).join('') };
}
