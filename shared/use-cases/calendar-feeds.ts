// "Put my due dates in my calendar": secret feed URLs a person creates, copies and revokes, and the
// iCalendar file a calendar app fetches from them without signing in.
import { RESULTS_REPORT_TH } from '../domain/document-kinds.js';
import { createHash, randomBytes } from 'node:crypto';
import type { CreateFeedBody } from '../api/coordinator-schemas.js';
import { callerOf, type Caller } from '../domain/access.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { pageLink } from '../domain/page-addresses.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { LAMBDA_SYNC_PAYLOAD_BYTES } from '../domain/plan-upload-rules.js';
import { DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import { oneLine } from '../domain/text.js';
import { shownOrEmpty } from '../domain/visible-text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { reminderYears } from '../jobs/org-year.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import type { OrgRepository } from '../store/org-repository.js';
import { feedEvents } from './calendar-feed-events.js';
import { fiscalYearObligations, type FiscalYearObligations } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';
import { byCodeUnits } from '../domain/code-unit-order.js';

export interface CalendarPorts {
  feeds: CalendarFeedRepository;
  orgs: OrgRepository;
  clock: () => Date;
}

const MAX_FEEDS_PER_PERSON = 10;
/**
 * The most bytes a calendar file may take: a third of what one Lambda answer may carry
 * (LAMBDA_SYNC_PAYLOAD_BYTES, 6 MB; the JSON envelope escapes line ends and quotes again), so the
 * largest plan's feed is answered in AWS (break 18 s28, F2): 2 MB, about 1,000 whole-org events of
 * long texts, all of a usual plan's. Writing takes about 1.5 s a MB (ical-generator's folding).
 */
export const FEED_MAX_BYTES = LAMBDA_SYNC_PAYLOAD_BYTES / 3;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const feedView = (f: { feedId: string; label: string; createdAt: string }) => ({
  feedId: f.feedId,
  label: f.label,
  createdAt: f.createdAt,
});

/** The caller's own feeds (never anyone else's). The URL is not listed: only its hash is kept. */
export async function listFeeds(ports: CalendarPorts, caller: Caller) {
  const feeds = await ports.feeds.listForOwner(caller.orgId, caller.personId);
  return { items: feeds.map(feedView).sort((a, b) => byCodeUnits(a.createdAt, b.createdAt)) };
}

/**
 * A new feed with a 256-bit secret token; `{feedId, label, createdAt, url}` where url is
 * `{baseUrl}/calendar/{token}.ics`, shown this once. At most 10 feeds a person (409 beyond, also
 * when many are created at once: the repository counts them in the same write).
 */
export async function createFeed(ports: CalendarPorts, caller: Caller, body: CreateFeedBody, baseUrl: string) {
  const token = randomBytes(32).toString('base64url');
  const feed = {
    orgId: caller.orgId,
    personId: caller.personId,
    feedId: randomBytes(8).toString('hex'),
    // a label that shows nothing ("ㅤ": tester s53 R) is none, as an empty one (line() trimmed it)
    label: shownOrEmpty(body.label) || 'ปฏิทินของฉัน',
    tokenHash: hashToken(token),
    createdAt: ports.clock().toISOString(),
  };
  if ((await ports.feeds.create(feed, MAX_FEEDS_PER_PERSON)) === 'full') {
    throw new ConflictError(
      'มีปฏิทินครบ ๑๐ รายการแล้ว กรุณายกเลิกรายการเดิมก่อน',
      'at most 10 calendar feeds; revoke one first',
    );
  }
  return { ...feedView(feed), url: `${baseUrl.replace(/\/+$/, '')}/calendar/${token}.ics` };
}

export async function revokeFeed(ports: CalendarPorts, caller: Caller, feedId: string) {
  if (!(await ports.feeds.revoke(caller.orgId, caller.personId, feedId))) {
    throw new NotFoundError('ไม่พบปฏิทินนี้', 'no such calendar feed');
  }
  return { deleted: true as const };
}

/** A year without a plan has no events (any other failure stays one). */
const noPlan = (error: unknown) => {
  if (error instanceof NotFoundError) return undefined;
  throw error;
};

const unknownFeed = () => new NotFoundError('ไม่พบปฏิทินนี้ หรือถูกยกเลิกแล้ว', 'no such calendar feed (or it was revoked)');

/**
 * The fiscal years a feed shows on `today` (a Bangkok date): the years the reminder engine still
 * works on (reminderYears, at the default cut-off: last year's stay until its late due dates and
 * their reminders are over), and the next year once it has a plan.
 */
export function feedYears(today: PlainDate): number[] {
  return [...reminderYears(today, DEFAULT_CUTOFF_DAYS), fiscalYearOf(today) + 1];
}

/**
 * The iCalendar (RFC 5545) text behind `/calendar/{token}.ics`, at most FEED_MAX_BYTES: the due
 * dates of the obligations the owner is responsible for in the fiscal years of feedYears. A
 * unit's feed (staff, heads) has one all-day event per obligation of the unit; a whole-org feed
 * (coordinators, executives) one per follow-up and period, the units and their states in it
 * (feedEvents). When not all fit, those nearest today (and every one not yet settled before
 * settled past ones) are kept, and a notice on today says so. The UID is stable per org, year and
 * obligation (or follow-up and period), so calendar apps update events in place. 404 for a revoked
 * or unknown token, or an owner no longer active in the org.
 */
export async function calendarFile(ctx: UseCaseContext, ports: CalendarPorts, file: string, formUrl: string) {
  const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
  if (!token) throw unknownFeed();
  const found = await ports.feeds.findByTokenHash(hashToken(token));
  if (!found) throw unknownFeed();
  const person = await ports.orgs.getPerson(found.orgId, found.personId);
  if (!person?.active) throw unknownFeed();
  const owner = callerOf(person);
  const now = ports.clock();
  const today = bangkokDate(now);
  const years = (
    await Promise.all(feedYears(today).map((y) => fiscalYearObligations(ctx, owner.orgId, y).catch(noPlan)))
  ).filter((y): y is FiscalYearObligations => y !== undefined);
  const { org, units } = await ctx.directory.orgWithUnits(owner.orgId);
  // typed text is made one line (oneLine: no control or bidi characters), as text stored before
  // `line` may have them; the writer escapes RFC 5545 specials
  const unitName = new Map(units.map((u) => [u.unitId, oneLine(u.name)]));
  const { total, events } = feedEvents(owner, years, unitName, { today, stamp: now, formUrl });
  const home = pageLink(formUrl, owner.orgId, '#/');
  return ctx.calendarText({
    name: `ภาระการรายงาน ITA · ${oneLine(org?.name ?? owner.orgId)}`,
    description: `กำหนดส่ง${RESULTS_REPORT_TH}`,
    ttlSeconds: 3600,
    events,
    maxBytes: FEED_MAX_BYTES,
    clipped: (shown) => ({
      uid: `${owner.orgId}.feed-clipped@ita-measures`,
      date: today,
      stamp: now,
      summary: `ปฏิทินนี้แสดง ${toThaiDigits(shown)} จาก ${toThaiDigits(total)} รายการ ที่ใกล้วันนี้ที่สุด`,
      description: [
        'รายการมากเกินกว่าที่ปฏิทินจะรับได้ในไฟล์เดียว จึงแสดงรายการที่ยังไม่ได้รายงานและที่ใกล้ถึงกำหนดก่อน',
        'รายการทั้งหมดดูได้ในหน้าเว็บ',
        home,
      ],
      url: home,
      category: 'ประกาศ',
    }),
  });
}
