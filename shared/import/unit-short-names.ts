// The other ways a plan names a unit: its naming variants (ส่วนการคลัง for กองคลัง), its usual
// abbreviation (กค. for กองคลัง, กสธ. for กองสาธารณสุขฯ) and its usual sections (งานการเงิน is
// in กองคลัง). Made from each org's own unit names (match keys: normalised, no spaces).
import { LOCAL_GOVERNMENT_KIND_WORDS, MUNICIPALITY_WORD } from '../domain/local-government-kinds.js';

/** How Thai local government names a unit: สำนักงานปลัด, สำนักปลัด, กองคลัง, ส่วนการคลัง, ฝ่ายการคลัง. */
export const UNIT_PREFIXES = ['สำนักงาน', 'สำนัก', 'กอง', 'ส่วน', 'ฝ่าย'];
/** The org type a name may end with: สำนักปลัดเทศบาล, สำนักปลัดเทศบาลเมือง, สำนักปลัดองค์การบริหารส่วนตำบล. */
const ORG_TYPE_SUFFIXES = [MUNICIPALITY_WORD, ...LOCAL_GOVERNMENT_KIND_WORDS];
/** One unit's work under other names: กองช่าง of a เทศบาล is ส่วนโยธา of an อบต. */
const SAME_WORK = [['ช่าง', 'โยธา']];
export const INFIX = 'การ';

/** A unit name's prefix and its work ("กองการคลัง" → กอง, [คลัง]), with the org type off and ช่าง/โยธา; undefined without a prefix. */
export function unitWorks(key: string): { prefix: string; works: string[] } | undefined {
  const prefix = UNIT_PREFIXES.find((p) => key.startsWith(p));
  if (!prefix) return undefined;
  let work = key.slice(prefix.length).replace(/ฯ$/, '');
  if (work.startsWith(INFIX) && work.length > INFIX.length + 1) work = work.slice(INFIX.length);
  if (work.length < 2) return undefined;
  const works = new Set([work]);
  for (const suffix of ORG_TYPE_SUFFIXES) {
    if (work.endsWith(suffix) && work.length > suffix.length + 1) works.add(work.slice(0, -suffix.length));
  }
  for (const same of SAME_WORK) for (const w of [...works]) if (same.includes(w)) same.forEach((x) => works.add(x));
  return { prefix, works: [...works] };
}

/** The letter an abbreviation takes for a unit prefix. */
const PREFIX_LETTER: Record<string, string> = { สำนักงาน: 'ส', สำนัก: 'ส', กอง: 'ก', ส่วน: 'ส', ฝ่าย: 'ฝ' };
/** Words abbreviated by more than their first letter. */
const WORD_SHORT: Record<string, string> = { สาธารณสุข: 'สธ' };
const CONSONANT = /[ก-ฮ]/;

/** The first consonant of a word (a leading vowel เ แ โ ใ ไ is written before it), or its short form. */
function initialOf(word: string): string {
  const bare = word.startsWith(INFIX) && word.length > INFIX.length + 1 ? word.slice(INFIX.length) : word;
  const known = Object.keys(WORD_SHORT).find((w) => bare.startsWith(w));
  return known ? WORD_SHORT[known]! : (CONSONANT.exec(bare)?.[0] ?? '');
}

/**
 * A unit name's usual abbreviations, with the dot ("กองคลัง" → กค., "กองการศึกษา" → กศ.,
 * "กองสาธารณสุขและสิ่งแวดล้อม" → กส., กสส., กสธ., กสธส.): the prefix's letter and the first
 * consonant (or known short form) of the work, or of each of its words joined by "และ".
 */
export function abbreviationsOf(key: string): string[] {
  const parsed = unitWorks(key);
  if (!parsed) return [];
  const letter = PREFIX_LETTER[parsed.prefix]!;
  const out = new Set<string>();
  for (const work of parsed.works) {
    const words = work.split('และ').filter(Boolean);
    const first = CONSONANT.exec(work)?.[0];
    if (first) out.add(letter + first);
    out.add(letter + words.map((w) => CONSONANT.exec(w)?.[0] ?? '').join(''));
    out.add(letter + initialOf(words[0]!));
    out.add(letter + words.map(initialOf).join(''));
  }
  const dotted = [...out].filter((a) => a.length >= 2).map((a) => `${a}.`);
  // "สน.ปลัด", "สนง.ปลัด": สำนัก and สำนักงาน written short before the work (review 17 s12, S12-24)
  const office = parsed.prefix.startsWith('สำนัก') ? parsed.works.flatMap((w) => [`สน.${w}`, `สนง.${w}`]) : [];
  return [...dotted, ...office];
}

/** The usual sections (งาน…) of a unit, by its work. */
const SECTIONS: readonly [string[], string[]][] = [
  [
    ['คลัง'],
    [
      'การเงินและบัญชี',
      'การเงิน',
      'บัญชี',
      'พัสดุและทรัพย์สิน',
      'พัสดุ',
      'จัดเก็บรายได้',
      'พัฒนาและจัดเก็บรายได้',
      'จัดเก็บและพัฒนารายได้',
      'ผลประโยชน์',
      'แผนที่ภาษีและทะเบียนทรัพย์สิน',
      'แผนที่ภาษี',
      'ทะเบียนทรัพย์สิน',
    ],
  ],
  [
    ['ช่าง', 'โยธา'],
    [
      'ก่อสร้าง',
      'ออกแบบและควบคุมอาคาร',
      'ออกแบบ',
      'ควบคุมอาคาร',
      'สาธารณูปโภค',
      'ประสานสาธารณูปโภค',
      'ผังเมือง',
      'สวนสาธารณะ',
      'ไฟฟ้า',
      'ไฟฟ้าสาธารณะ',
      'วิศวกรรม',
      'สถาปัตยกรรม',
    ],
  ],
  [
    ['ศึกษา', 'การศึกษา'],
    [
      'บริหารการศึกษา',
      'การศึกษาปฐมวัย',
      'ศูนย์พัฒนาเด็กเล็ก',
      'กีฬาและนันทนาการ',
      'ศาสนาและวัฒนธรรม',
      'ส่งเสริมการศึกษาศาสนาและวัฒนธรรม',
      'กิจการโรงเรียน',
    ],
  ],
  [
    ['สาธารณสุขและสิ่งแวดล้อม', 'สาธารณสุข'],
    [
      'สุขาภิบาล',
      'รักษาความสะอาด',
      'ส่งเสริมสุขภาพ',
      'ป้องกันและควบคุมโรค',
      'ป้องกันโรค',
      'บริการสาธารณสุข',
      'บริหารงานสาธารณสุข',
      'อนามัยและสิ่งแวดล้อม',
      'สิ่งแวดล้อม',
    ],
  ],
  // where the org has these units, their work is theirs, not สำนักปลัด's (review 17 s11, S11-27)
  [['สวัสดิการสังคม'], ['พัฒนาชุมชน', 'สังคมสงเคราะห์', 'สวัสดิการและพัฒนาชุมชน', 'สวัสดิการ']],
  [['ยุทธศาสตร์และงบประมาณ'], ['นโยบายและแผน', 'วิเคราะห์นโยบายและแผน', 'แผนและงบประมาณ', 'งบประมาณ']],
  [
    ['ปลัด'],
    [
      'บริหารทั่วไป',
      'บริหารงานทั่วไป',
      'การเจ้าหน้าที่',
      'บริหารงานบุคคล',
      'นิติการ',
      'กฎหมายและคดี',
      'ป้องกันและบรรเทาสาธารณภัย',
      'ป้องกันฯ',
      'นโยบายและแผน',
      'วิเคราะห์นโยบายและแผน',
      'แผนและงบประมาณ',
      'ประชาสัมพันธ์',
      'ทะเบียนราษฎร',
      'ทะเบียนราษฎรและบัตร',
      'เทศกิจ',
      'พัฒนาชุมชน',
      'สวัสดิการสังคม',
      'กิจการสภา',
      'ธุรการ',
      'สารบรรณ',
    ],
  ],
];
const SECTION_PREFIXES = ['งาน', 'ฝ่าย'];

/**
 * The usual sections of a unit (งานการเงิน, ฝ่ายพัสดุ for กองคลัง): "งาน" + the unit's own work, and
 * the SECTIONS of its work, unless another of the org's units does that work itself (`allWorks`:
 * every unit's works, so งานสวัสดิการสังคม is กองสวัสดิการสังคม's where the org has one).
 */
export function sectionsOf(key: string, allWorks: ReadonlySet<string>): string[] {
  const parsed = unitWorks(key);
  if (!parsed) return [];
  const own = new Set(parsed.works);
  // "งานคลัง", and "ฝ่ายบริหารงานคลัง" of an อบต.'s กองคลัง (review 17 s17, S17-7)
  const sections = new Set(parsed.works.flatMap((w) => [`งาน${w}`, `ฝ่ายบริหารงาน${w}`]));
  for (const [works, names] of SECTIONS) {
    if (!works.some((w) => own.has(w))) continue;
    for (const name of names) {
      if (allWorks.has(name) && !own.has(name)) continue;
      for (const p of SECTION_PREFIXES) sections.add(p + name);
    }
  }
  return [...sections];
}
