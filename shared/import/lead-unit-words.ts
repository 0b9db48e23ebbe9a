// The words of a units cell that say which of its units leads: "กองคลัง (หลัก)", "หน่วยงานหลัก: กองคลัง",
// "หลัก กองคลัง / รอง กองช่าง", "สำนักปลัด ประสานกองคลัง", "ดำเนินการโดยกองช่าง" (review 17 s23, S23-12).
// None of them names a unit, and none is an unknown one.

/** A word after a unit that makes it the lead: "กองคลัง (หลัก)", "กองคลังเป็นเจ้าภาพหลัก". */
const LEAD_AFTER = new Set([
  'หลัก',
  'เป็นหลัก',
  'เจ้าภาพ',
  'เจ้าภาพหลัก',
  'เป็นเจ้าภาพ',
  'เป็นเจ้าภาพหลัก',
  'เป็นหน่วยงานหลัก',
  'เป็นผู้รับผิดชอบหลัก',
]);
/** A label before the lead: "หน่วยงานหลัก: กองช่าง", "หลัก กองคลัง / รอง กองช่าง". */
const LEAD_BEFORE = new Set([
  'หลัก',
  'หน่วยงานหลัก',
  'ผู้รับผิดชอบหลัก',
  'หน่วยงานที่รับผิดชอบหลัก',
  'เจ้าภาพ',
  'เจ้าภาพหลัก',
  'หน่วยงานเจ้าภาพ',
  // the coordinator ("(ผู้ประสานงาน: สำนักปลัด)", review 17 s25, S25-10): the unit that leads
  'ผู้ประสานงาน',
  'ผู้ประสาน',
  'หน่วยงานผู้ประสานงาน',
  'หน่วยงานประสานงาน',
  'หน่วยประสานงาน',
]);
/** Labels or marks of the other units ("รอง: กองช่าง", "กองช่าง (สนับสนุน)", "หน่วยงานร่วม: …"). */
const SUPPORT = new Set([
  'สนับสนุน',
  'ร่วม',
  'รอง',
  'หน่วยงานสนับสนุน',
  'หน่วยงานที่สนับสนุน',
  'หน่วยงานร่วม',
  'หน่วยงานรอง',
  'ผู้สนับสนุน',
  'ผู้รับผิดชอบร่วม',
  'ผู้รับผิดชอบรอง',
  'หน่วยงานที่รับผิดชอบรอง',
  'หน่วยสนับสนุน',
]);
/** "กองคลัง โดยมีกองช่าง": the units after it support; no label of the cell's. */
const WITH = new Set(['โดยมี']);
/** "โดย กองคลัง", "ดำเนินการโดยกองช่าง": the unit after it leads. */
const BY = new Set(['โดย', 'ดำเนินการโดย', 'รับผิดชอบโดย', 'จัดทำโดย']);
/** "สำนักปลัด ประสานกองคลัง": the unit before it leads, the one after it is coordinated with. */
const COORDINATING = new Set(['ประสาน', 'ประสานงาน', 'โดยประสาน']);

/** The most such words a cell's lead is looked for from (a real cell has one or two): linear in a long cell. */
const MAX_LEAD_WORDS = 20;

export interface LeadWord {
  kind: 'lead' | 'support' | 'with' | 'by' | 'coordinating';
  /** the word as read (match key, without brackets, colon or a glued joining word) */
  word: string;
  /** where the word starts and ends in the cell's match key (a colon after it included) */
  start: number;
  end: number;
  colon: boolean;
  /** in brackets ("(หลัก)"): a mark of the unit before it, never a label */
  bracketed: boolean;
}

/** The kind of a lead or support word (bare: without brackets, colon or glued joiner), or undefined. */
export function leadWordKind(bare: string): LeadWord['kind'] | undefined {
  if (LEAD_AFTER.has(bare) || LEAD_BEFORE.has(bare)) return 'lead';
  if (SUPPORT.has(bare)) return 'support';
  if (WITH.has(bare)) return 'with';
  if (BY.has(bare)) return 'by';
  return COORDINATING.has(bare) ? 'coordinating' : undefined;
}

/** Adds a lead word to a cell's list, up to MAX_LEAD_WORDS. */
export function addLeadWord(words: LeadWord[], word: LeadWord): void {
  if (words.length < MAX_LEAD_WORDS) words.push(word);
}

interface Placed {
  unitId: string;
  start: number;
  end: number;
}

/** Characters between a label and its unit ("หลัก: (กองคลัง)"), at most three. */
const BETWEEN = /[:()ฯ\-–]/;

/**
 * The lead a cell's words mark (`written`: the cell's match key; `occurrences`: where its units are
 * named), first found of: a lead word (หลัก, เจ้าภาพ, หน่วยงานหลัก …) marking the unit right before it
 * or labelling the one after it, then the unit after โดย, then the unit before ประสาน. A หลัก word
 * between two units labels the one after it when the cell labels its other units ("รอง กองช่าง หลัก
 * กองคลัง"), else it marks the one before ("กองคลัง หลัก กองช่าง"). Undefined when none is marked.
 */
export function markedLead(words: readonly LeadWord[], occurrences: readonly Placed[], written: string) {
  const startsAt = new Map<number, Placed>();
  const endsAt = new Map<number, Placed>();
  for (const o of occurrences) {
    if (!startsAt.has(o.start)) startsAt.set(o.start, o);
    endsAt.set(o.end, o);
  }
  const unitAfter = (w: LeadWord) => {
    let at = w.end;
    while (at < written.length && at - w.end < 3 && BETWEEN.test(written[at]!) && !startsAt.has(at)) at++;
    return startsAt.get(at);
  };
  const unitBefore = (w: LeadWord) => {
    let at = w.start;
    while (at > 0 && w.start - at < 3 && BETWEEN.test(written[at - 1]!) && !endsAt.has(at)) at--;
    return endsAt.get(at);
  };
  const labelled = words.some((w) => w.kind === 'support' && !w.bracketed && (w.colon || unitAfter(w)));
  const marks = (w: LeadWord): 'before' | 'after' => {
    if (w.kind === 'by') return 'after';
    if (w.kind === 'coordinating' || w.bracketed) return 'before';
    if (w.colon && LEAD_BEFORE.has(w.word)) return 'after';
    if (!LEAD_AFTER.has(w.word)) return 'after';
    if (!LEAD_BEFORE.has(w.word)) return 'before';
    const after = unitAfter(w);
    if (unitBefore(w) && !(labelled && after)) return 'before';
    return after ? 'after' : 'before';
  };
  const nearestBefore = (at: number) => occurrences.filter((o) => o.end <= at).sort((a, b) => b.end - a.end)[0]?.unitId;
  const nearestAfter = (at: number) =>
    occurrences.filter((o) => o.start >= at).sort((a, b) => a.start - b.start)[0]?.unitId;
  const leads = words.filter((w) => w.kind === 'lead');
  const ordered = [
    ...leads.filter((w) => marks(w) === 'before'),
    ...leads.filter((w) => marks(w) === 'after'),
    ...words.filter((w) => w.kind === 'by'),
    ...words.filter((w) => w.kind === 'coordinating'),
  ];
  for (const w of ordered) {
    const unit =
      marks(w) === 'before'
        ? nearestBefore(w.start)
        : (nearestAfter(w.end) ?? (w.kind === 'lead' ? nearestBefore(w.start) : undefined));
    if (unit) return unit;
  }
  return undefined;
}
