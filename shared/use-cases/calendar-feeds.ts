// "Put my due dates in my calendar": secret feed URLs a person creates, copies and revokes, and the
// iCalendar file a calendar app fetches from them without signing in.
import { createHash, randomBytes } from 'node:crypto';
import type { CalendarEvent } from '../calendar/calendar-text.js';
import type { CreateFeedBody } from '../api/coordinator-schemas.js';
import { canReadUnit, type Caller } from '../domain/access.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import type { Obligation } from '../domain/obligations.js';
import { PAGE, pageLink } from '../domain/page-addresses.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import { reportSettles } from '../domain/settlement.js';
import { OBLIGATION_STATUS_LABELS } from '../domain/status-labels.js';
import { oneLine } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { reminderYears } from '../jobs/org-year.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import type { OrgRepository } from '../store/org-repository.js';
import { fiscalYearObligations, toView, type FiscalYearObligations } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';
import { byCodeUnits } from '../domain/code-unit-order.js';

export interface CalendarPorts {
  feeds: CalendarFeedRepository;
  orgs: OrgRepository;
  clock: () => Date;
}

const MAX_FEEDS_PER_PERSON = 10;
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
    label: body.label.trim() || 'ปฏิทินของฉัน',
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
 * An event's title, unique per obligation of a year and in Thai digits: indicator, the measure's
 * place in the plan (several measures may answer one indicator), the follow-up, the period and the
 * unit, e.g. "ส่งรายงาน ITA · ตัวชี้วัดที่ ๑๐ มาตรการที่ ๑๒ ข้อ ๒ · ตุลาคม ๒๕๖๕ · กองคลัง".
 */
export function eventTitle(o: Obligation, measureNo: number, periodLabel: string, unitName: string): string {
  const th = toThaiDigits;
  return `ส่งรายงาน ITA · ตัวชี้วัดที่ ${th(o.indicator)} มาตรการที่ ${th(measureNo)} ข้อ ${th(o.followUpNo)} · ${periodLabel} · ${unitName}`;
}

/**
 * The iCalendar (RFC 5545) text behind `/calendar/{token}.ics`: one all-day event on the due date
 * of each obligation the owner is responsible for (their unit's; the whole org's for coordinators
 * and executives) in the fiscal years of feedYears. The UID is stable
 * per org, year and obligation, so calendar apps update events in place. 404 for a revoked or
 * unknown token, or an owner no longer active in the org.
 */
export async function calendarFile(ctx: UseCaseContext, ports: CalendarPorts, file: string, formUrl: string) {
  const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
  if (!token) throw unknownFeed();
  const found = await ports.feeds.findByTokenHash(hashToken(token));
  if (!found) throw unknownFeed();
  const person = await ports.orgs.getPerson(found.orgId, found.personId);
  if (!person?.active) throw unknownFeed();
  const owner: Caller = {
    personId: person.personId,
    orgId: person.orgId,
    roles: person.roles,
    headOfUnit: person.headOfUnit,
    ...(person.unitId ? { unitId: person.unitId } : {}),
  };
  const now = ports.clock();
  const years = (
    await Promise.all(feedYears(bangkokDate(now)).map((y) => fiscalYearObligations(ctx, owner.orgId, y).catch(noPlan)))
  ).filter((y): y is FiscalYearObligations => y !== undefined);
  const { org, units } = await ctx.directory.orgWithUnits(owner.orgId);
  const unitName = new Map(units.map((u) => [u.unitId, oneLine(u.name)]));

  // typed text is made one line (oneLine: no control or bidi characters), as text stored before
  // `line` may have them; the writer escapes RFC 5545 specials
  const events: CalendarEvent[] = [];
  for (const year of years) {
    const measureNo = new Map(year.plan.measures.map((m, i) => [m.measureId, i + 1]));
    for (const o of year.obligations) {
      if (!canReadUnit(owner, o.unitId)) continue;
      const view = toView(year, o);
      const settled = reportSettles(year.reports.get(o.obligationId));
      const unit = unitName.get(o.unitId) ?? o.unitId;
      const link = pageLink(formUrl, PAGE.obligation(o.fy, o.obligationId));
      events.push({
        uid: `${owner.orgId}.${o.fy}.${o.obligationId}@ita-measures`,
        date: o.dueDate,
        stamp: now,
        summary: `${settled ? '✅ รายงานแล้ว · ' : ''}${eventTitle(o, measureNo.get(o.measureId)!, view.periodLabel, unit)}`,
        description: [
          `มาตรการ: ${oneLine(view.measureTitle)}`,
          `การติดตามผล: ${oneLine(view.followUpText)}`,
          `รอบ: ${view.periodLabel} · กำหนดส่ง ${view.dueDateLabel}`,
          `หน่วยงาน: ${unit}`,
          `สถานะ: ${OBLIGATION_STATUS_LABELS[view.status]}`,
          link,
        ],
        url: link,
        category: settled ? 'รายงานแล้ว' : 'รอรายงาน',
      });
    }
  }
  return ctx.calendarText({
    name: `ภาระการรายงาน ITA · ${oneLine(org?.name ?? owner.orgId)}`,
    description: 'กำหนดส่งรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    ttlSeconds: 3600,
    events,
  });
}
