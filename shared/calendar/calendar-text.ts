// What a calendar file says, without the iCalendar writer: the API function imports this, and only
// the calendar function (and the local system, tests) loads the writer (ical-generator).
import type { PlainDate } from '../domain/plain-date.js';

/** One all-day event (RFC 5545 VEVENT with DTSTART;VALUE=DATE). */
export interface CalendarEvent {
  /** the UID: stable, so calendar apps update the event in place */
  uid: string;
  /** the day it falls on (Asia/Bangkok calendar date) */
  date: PlainDate;
  /** DTSTAMP: when the file was made */
  stamp: Date;
  summary: string;
  /** lines of the description */
  description: string[];
  url: string;
  category: string;
}

/** One calendar (VCALENDAR): its name and description as calendar apps show them, and its events. */
export interface CalendarModel {
  name: string;
  description: string;
  /** how often apps should fetch it again (REFRESH-INTERVAL / X-PUBLISHED-TTL), seconds */
  ttlSeconds: number;
  /** the events, most wanted first: read lazily, only while they fit in maxBytes */
  events: Iterable<CalendarEvent>;
  /** the most UTF-8 bytes the iCalendar text may take (the notice included) */
  maxBytes: number;
  /** the notice added when not every event fits: `shown` events are in the file */
  clipped: (shown: number) => CalendarEvent;
}

/**
 * Writes a calendar as iCalendar text (RFC 5545, text/calendar) of at most `maxBytes`. Implemented
 * by `writeICalendar` in ./ical-calendar-writer.ts.
 */
export type CalendarWriter = (calendar: CalendarModel) => string;
