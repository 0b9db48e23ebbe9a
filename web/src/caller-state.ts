// The page's one copy of "who am I" (GET /v1/me), kept current while the page stays open: the
// coordinator may change a person's unit, roles or acting appointments at any time, and the API
// applies them at once. No polling: the copy is read again only when the person acts (docs/web.md).
import { api, ApiError } from './api-client.js';
import { apiPath } from '../../shared/api/api-path.js';
import type { Me } from './api-types.js';
import { callerOf } from './caller.js';
import { announce, h } from './dom.js';
import { ROLE_LABELS } from './thai.js';

const ME = apiPath('/v1/me');
/** A copy this old is read again when the person comes back to the tab or opens another screen. */
export const REREAD_AFTER_MS = 60_000;

/** Why the copy was read again: the tab shown again, or the API refused a request. */
export type Recheck = 'returned' | 'refused';

let me: Me | undefined;
let readAt = 0;
/** The copy the person has been told of: the last screen drawn with it, or a note shown of it. */
let told: Me | undefined;
/** The copy the content on screen was drawn with (content kept for unsaved work keeps its own). */
let drawnWith: Me | undefined;
let checking = false;
let onChanged: (why: Recheck) => void = () => {};
let onEnded: (messageTh: string, held: Me) => void = () => {};

/** The copy the page holds (none signed out). */
export const knownMe = (): Me | undefined => me;

/** Signed out or another org chosen: the next screen reads the copy afresh. */
export function forgetMe(): void {
  me = undefined;
  told = drawnWith = undefined;
}

async function read(outsideScreen: boolean): Promise<Me> {
  const fresh = await api<Me>('GET', ME, undefined, {}, { outsideScreen });
  readAt = Date.now();
  return fresh;
}

const samePicture = (a: Me, b: Me) => JSON.stringify(callerOf(a)) === JSON.stringify(callerOf(b));

/** Keeps `fresh` as the copy; says whether the access picture (unit, roles, acting) changed. */
function keep(fresh: Me): boolean {
  const before = me;
  me = fresh;
  return before !== undefined && !samePicture(before, fresh);
}

/**
 * The person for the screen about to be drawn: read on the first screen, read again when the copy
 * is older than REREAD_AFTER_MS (a change found shows as the screen's note, takeChangeNote).
 */
export async function currentMe(): Promise<Me> {
  if (me && Date.now() - readAt < REREAD_AFTER_MS) return me;
  keep(await read(false));
  return me!;
}

/**
 * Reads the copy now, for a fresh `planYears` (another coordinator's first save of a year may be
 * seconds old); a change of the access picture shows as the next screen's note.
 */
export async function readMeNow(): Promise<Me> {
  keep(await read(false));
  return me!;
}

/** Reads the copy afresh (another org chosen); nothing is compared. */
export async function readMeAfresh(): Promise<Me> {
  forgetMe();
  me = await read(false);
  return me;
}

/**
 * Reads the copy again, outside any screen, when it may be out of date: the tab shown again after
 * REREAD_AFTER_MS, or any refusal (403; rare, one read each, and an unchanged picture ends it). A
 * changed picture calls the page back (watchCaller) to draw it. A 403 of /v1/me itself means the
 * person's access to this org has ended (deactivated, or no longer a member): the copy is dropped
 * and the page says so at once (watchCaller's `ended`, with the API's Thai). Other errors (no
 * network, 5xx) leave the copy and the page as they were.
 */
export async function recheck(why: Recheck): Promise<void> {
  const held = me;
  if (!held || checking || (why === 'returned' && Date.now() - readAt < REREAD_AFTER_MS)) return;
  checking = true;
  try {
    const fresh = await read(true);
    // signed out or another org chosen meanwhile: this answer is of no copy
    if (me === held && keep(fresh)) onChanged(why);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 403 && me === held) {
      forgetMe();
      onEnded(error.messageTh, held);
    }
  } finally {
    checking = false;
  }
}

/** api-client's hook: any refusal but of /v1/me itself may mean the person's rights changed. */
export function refused(path: string): void {
  if (path !== ME) void recheck('refused');
}

/**
 * Registers the page's redraw (rights changed) and what it shows when access to the org ended, and
 * re-reads when the person comes back to the tab.
 */
export function watchCaller(redraw: (why: Recheck) => void, ended: (messageTh: string, held: Me) => void): void {
  onChanged = redraw;
  onEnded = ended;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void recheck('returned');
  });
}

const NOTE = '[data-testid="caller-changed"]';

/**
 * A new screen is drawn with the copy: the note of what changed since the person was last told
 * ("สิทธิ์ของท่านเปลี่ยนแล้ว" and the changes), once; undefined when nothing did.
 */
export function takeChangeNote(): HTMLElement | undefined {
  const before = told;
  told = drawnWith = me;
  return before && me ? changeNote(changesOf(before, me)) : undefined;
}

/**
 * Content kept for unsaved work, under a changed copy: one note, replacing any shown before, of how
 * things stand now against the copy the content was drawn with and against the one last told (acting
 * given, then ended: "ended", not both). Put before `main`.
 */
export function noteOverKeptContent(main: HTMLElement): void {
  document.querySelector(NOTE)?.remove();
  const lines = [drawnWith, told].flatMap((before) => (before && me ? changesOf(before, me) : []));
  told = me;
  const note = changeNote(lines);
  if (note) main.before(note);
}

/** The kept work was sent or saved under the current copy: its note goes. */
export function keptWorkSaved(): void {
  document.querySelector(NOTE)?.remove();
  told = drawnWith = me;
}

function changeNote(changes: string[]): HTMLElement | undefined {
  const lines = [...new Set(changes)];
  if (lines.length === 0) return undefined;
  announce('สิทธิ์ของท่านเปลี่ยนแล้ว');
  return h(
    'div',
    { class: 'changed-note', role: 'status', 'data-testid': 'caller-changed' },
    h('p', {}, h('strong', {}, 'สิทธิ์ของท่านเปลี่ยนแล้ว'), ' หน้านี้แสดงตามสิทธิ์ล่าสุด'),
    h(
      'ul',
      {},
      lines.map((line) => h('li', {}, line)),
    ),
  );
}

function changesOf(before: Me, after: Me): string[] {
  const lines: string[] = [];
  if (samePicture(before, after)) return lines;
  if (before.unit?.unitId !== after.unit?.unitId)
    lines.push(after.unit ? `หน่วยงานของท่านเปลี่ยนเป็น${after.unit.name}` : 'บัญชีของท่านไม่ได้ระบุหน่วยงานแล้ว');
  if (before.headOfUnit && !after.headOfUnit) lines.push(`ท่านไม่ได้เป็นหัวหน้า${before.unit?.name ?? 'หน่วยงาน'}แล้ว`);
  if (!before.headOfUnit && after.headOfUnit) lines.push(`ท่านเป็นหัวหน้า${after.unit?.name ?? 'หน่วยงาน'}`);
  if (before.roles.join() !== after.roles.join())
    lines.push(`บทบาทของท่านเปลี่ยนเป็น ${after.roles.map((r) => ROLE_LABELS[r]).join(', ')}`);
  const ids = (m: Me) => new Set(m.actingHeadOf.map((u) => u.unitId));
  const [was, is] = [ids(before), ids(after)];
  for (const u of before.actingHeadOf) if (!is.has(u.unitId)) lines.push(`สิ้นสุดการรักษาราชการแทนหัวหน้า${u.name}แล้ว`);
  for (const u of after.actingHeadOf) if (!was.has(u.unitId)) lines.push(`ท่านรักษาราชการแทนหัวหน้า${u.name}`);
  const staffIds = (m: Me) => new Set(m.alsoStaffOf.map((u) => u.unitId));
  const [wasStaff, isStaff] = [staffIds(before), staffIds(after)];
  for (const u of before.alsoStaffOf) if (!isStaff.has(u.unitId)) lines.push(`ท่านไม่ได้ปฏิบัติงานใน${u.name}แล้ว`);
  for (const u of after.alsoStaffOf) if (!wasStaff.has(u.unitId)) lines.push(`ท่านปฏิบัติงานใน${u.name}ด้วย`);
  return lines;
}
