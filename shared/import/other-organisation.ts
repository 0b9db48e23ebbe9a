// A plan whose title names another organisation: municipalities often start from a neighbour's
// published plan, and the title ("… ของเทศบาลตำบลทดสอบ") would be saved and published under that
// name. The org's own name is passed in (the importer stays pure). Review 17 s13, S13-13.
import { fullKindName, LOCAL_GOVERNMENT_KIND_WORDS } from '../domain/local-government-kinds.js';
import { likeness } from './text-likeness.js';

/** An org type and the name after it: "เทศบาลตำบลทดสอบ", "องค์การบริหารส่วนตำบล บ้านใหม่", "อบต.บ้านใหม่". */
const ORG_NAMED = new RegExp(
  `(${LOCAL_GOVERNMENT_KIND_WORDS.map((w) => w.replace('.', '\\.')).join('|')})\\s*([\\u0E00-\\u0E7F]+)`,
);

/** Names this alike are the same org misspelt ("ดอนอะระง" / "ลดอนอะระง"), not another. */
const SAME_NAME = 0.8;

/** The org name a line names (type + name, short types spelt out), if any. */
export function orgNamedIn(text: string): string | undefined {
  const m = ORG_NAMED.exec(text);
  return m ? `${fullKindName(m[1]!)}${m[2]}` : undefined;
}

/** The name after its type ("ดอนอะระง" of "เทศบาลตำบลดอนอะระง"), or the whole name. */
const bareName = (name: string) => ORG_NAMED.exec(name)?.[2] ?? name.replace(/\s+/g, '');

/**
 * The other organisation a heading line names, when it names one whose name is not `orgName`'s
 * (the type aside: a เทศบาลตำบล become เทศบาลเมือง keeps its name); undefined when it names none,
 * the org itself, or the org's name is not known.
 */
export function otherOrganisationNamed(line: string, orgName: string | undefined): string | undefined {
  if (!orgName) return undefined;
  const named = orgNamedIn(line);
  if (!named) return undefined;
  return likeness(bareName(named), bareName(orgName)) >= SAME_NAME ? undefined : named;
}

/** The warning's words, Thai first. */
export function otherOrganisationMessage(named: string, orgName: string): { th: string; en: string } {
  return {
    // the plan's title is shown in the system only: the documents are titled with the org's own name
    // (plan-labels.ts; tester s50: "แก้ชื่อแผนก่อนเผยแพร่" asked for a fix publishing never needed)
    th: `เอกสารระบุ "${named}" ไม่ใช่ชื่อองค์กรนี้ (${orgName}): ตรวจว่าเป็นแผนขององค์กรเอง และแก้ชื่อแผนที่แสดงในระบบ (เอกสารที่จัดทำและเผยแพร่ใช้ชื่อ ${orgName} เสมอ)`,
    en: `the document names "${named}", not this organisation (${orgName}): check it is the organisation's own plan, and correct the plan's title shown in the system (the documents made and published always use ${orgName})`,
  };
}

/**
 * The first heading line naming an org, when that org is not `orgName`: with the warning's words.
 * Lines naming no org are passed over; the first naming one decides (the org's own name first, then
 * a neighbour's cited below, asks nothing).
 */
export function otherOrganisationIn<L extends { text: string }>(
  lines: readonly L[],
  orgName: string | undefined,
): (L & { th: string; en: string }) | undefined {
  if (!orgName) return undefined;
  const line = lines.find((l) => orgNamedIn(l.text) !== undefined);
  const named = line && otherOrganisationNamed(line.text, orgName);
  return line && named ? { ...line, ...otherOrganisationMessage(named, orgName) } : undefined;
}
