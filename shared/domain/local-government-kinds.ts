// The kinds of Thai local government an org is, by full name and usual short form: one list for the
// importer (another org named in a title, the org's type after a unit's name) and the page's header.

// `chief`: the chief executive's position before the place (นายกเทศมนตรีตำบลดอนอะระง); `mayor`: the
// position as a plan names whom a follow-up reports to ("รายงานต่อ นายกเทศมนตรี")
export const LOCAL_GOVERNMENT_KINDS = [
  { name: 'เทศบาลนคร', short: 'ทน.', chief: 'นายกเทศมนตรีนคร', mayor: 'นายกเทศมนตรี' },
  { name: 'เทศบาลเมือง', short: 'ทม.', chief: 'นายกเทศมนตรีเมือง', mayor: 'นายกเทศมนตรี' },
  { name: 'เทศบาลตำบล', short: 'ทต.', chief: 'นายกเทศมนตรีตำบล', mayor: 'นายกเทศมนตรี' },
  {
    name: 'องค์การบริหารส่วนจังหวัด',
    short: 'อบจ.',
    chief: 'นายกองค์การบริหารส่วนจังหวัด',
    mayor: 'นายกองค์การบริหารส่วนจังหวัด',
  },
  {
    name: 'องค์การบริหารส่วนตำบล',
    short: 'อบต.',
    chief: 'นายกองค์การบริหารส่วนตำบล',
    mayor: 'นายกองค์การบริหารส่วนตำบล',
  },
] as const;

/** "เทศบาล" without its size: how a unit's name ends (สำนักปลัดเทศบาล), not a kind an org is named by. */
export const MUNICIPALITY_WORD = 'เทศบาล';

/** Every way a kind is written: its full name and its short form with the dot. None starts another. */
export const LOCAL_GOVERNMENT_KIND_WORDS: readonly string[] = /* @__PURE__ */ LOCAL_GOVERNMENT_KINDS.flatMap((k) => [
  k.name,
  k.short,
]);

/** A kind's full name for its short form ("อบต." → องค์การบริหารส่วนตำบล); other words as they are. */
export function fullKindName(word: string): string {
  return LOCAL_GOVERNMENT_KINDS.find((k) => k.short === word)?.name ?? word;
}

/** An org's name as its kind and its place ("เทศบาลตำบล", "ดอนอะระง"); undefined when it starts with no kind. */
export function orgKindAndPlace(name: string): [kind: string, place: string] | undefined {
  const kind = LOCAL_GOVERNMENT_KIND_WORDS.find((w) => name.startsWith(w) && name.length > w.length);
  return kind === undefined ? undefined : [kind, name.slice(kind.length)];
}

/**
 * เมืองพัทยา or กรุงเทพมหานคร when `name` is one of them, alone or before a space or "(" ("เมืองพัทยา
 * จังหวัดชลบุรี", "กรุงเทพมหานคร (กทม.)", "กรุงเทพฯ"); undefined otherwise ("เมืองพัทยาใหม่" is not).
 */
export function specialLocalGovernment(name: string): 'เมืองพัทยา' | 'กรุงเทพมหานคร' | undefined {
  const head = name.trim().split(/[\s(]/u)[0];
  if (head === 'เมืองพัทยา') return head;
  return head === 'กรุงเทพมหานคร' || head === 'กรุงเทพฯ' || head === 'กทม.' ? 'กรุงเทพมหานคร' : undefined;
}

/**
 * The chief executive's position an org's name implies: "เทศบาลตำบลดอนอะระง" (or "ทต.ดอนอะระง") →
 * "นายกเทศมนตรีตำบลดอนอะระง", เมืองพัทยา → นายกเมืองพัทยา, กรุงเทพมหานคร → ผู้ว่าราชการกรุงเทพมหานคร;
 * undefined for a name that starts with no kind (no guess printed).
 */
export function chiefExecutivePosition(orgName: string): string | undefined {
  const name = orgName.trim();
  // the two special local governments: their acts name the post (re-check s48 #3)
  const special = specialLocalGovernment(name);
  if (special) return special === 'เมืองพัทยา' ? 'นายกเมืองพัทยา' : 'ผู้ว่าราชการกรุงเทพมหานคร';
  const [kind, place] = orgKindAndPlace(name) ?? [];
  const chief = LOCAL_GOVERNMENT_KINDS.find((k) => k.name === kind || k.short === kind)?.chief;
  // the place alone: not the district or province written after it ("… จังหวัดนนทบุรี", "อ.เมือง")
  const own = place?.split(/\s+(?:อำเภอ|จังหวัด|อ\.|จ\.)/u)[0]!.trim();
  return chief && own ? `${chief}${own}` : undefined;
}

/**
 * The chief executive as a follow-up's audience for an org of this name: "นายกองค์การบริหารส่วนตำบล"
 * for an อบต. (tester s48 P2: "นายกเทศมนตรี" printed in an อบต.'s plan); undefined for a name of no
 * kind (the caller's default, นายกเทศมนตรี).
 */
export function mayorTitle(orgName: string): string | undefined {
  const [kind] = orgKindAndPlace(orgName.trim()) ?? [];
  return LOCAL_GOVERNMENT_KINDS.find((k) => k.name === kind || k.short === kind)?.mayor;
}
