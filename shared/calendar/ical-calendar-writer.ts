// The iCalendar writer: ical-generator (RFC 5545), loaded only where calendar files are served.
import ical, { ICalEvent, type ICalEventData } from 'ical-generator';
import { addDays } from '../domain/plain-date.js';
import type { CalendarEvent, CalendarModel } from './calendar-text.js';

const eventData = (e: CalendarEvent): ICalEventData => ({
  id: e.uid,
  start: new Date(`${e.date}T00:00:00Z`),
  end: new Date(`${addDays(e.date, 1)}T00:00:00Z`),
  allDay: true,
  stamp: e.stamp,
  summary: e.summary,
  description: e.description.join('\n'),
  url: e.url,
  categories: [{ name: e.category }],
});

/**
 * The bytes `text` (iCalendar lines, not yet folded) takes once folded, at most: ical-generator
 * folds a line before a character that would take it past 74 octets, so each piece has at least
 * 71 (characters are 1-4 octets) and the fold adds 3 (CRLF and a space). Folding is counted, not
 * done: ical-generator's own foldLines costs about 1.7 ms an event (a TextEncoder per character).
 */
function foldedBytesAtMost(text: string): number {
  let bytes = 0;
  for (const line of text.split('\r\n')) {
    const b = Buffer.byteLength(line);
    bytes += b + 2 + 3 * Math.ceil(b / 71);
  }
  return bytes;
}

/**
 * The calendar as iCalendar text of at most `model.maxBytes` UTF-8 bytes. ical-generator escapes
 * RFC 5545 specials (backslash, semicolon, comma, line breaks) and folds long lines at 75 octets;
 * all-day events end the next day (DTEND is exclusive, RFC 5545 §3.6.1). Events are taken in the
 * model's order while they fit (each measured as written: foldedBytesAtMost); when one does not, the rest
 * are left out and `model.clipped(shown)` is added in the room kept for it.
 */
export function writeICalendar(model: CalendarModel): string {
  const calendar = ical({
    name: model.name,
    description: model.description,
    prodId: { company: 'ita-measures', product: 'calendar', language: 'TH' },
    ttl: model.ttlSeconds,
  });
  const bytesOf = (e: CalendarEvent) => foldedBytesAtMost(new ICalEvent(eventData(e), calendar).toString());
  // room kept for the note, at its longest (its count in six digits: fewer events than that fit)
  let room = model.maxBytes - Buffer.byteLength(calendar.toString()) - bytesOf(model.clipped(999_999));
  const kept: CalendarEvent[] = [];
  for (const e of model.events) {
    const bytes = bytesOf(e);
    if (bytes > room) {
      kept.push(model.clipped(kept.length));
      break;
    }
    room -= bytes;
    kept.push(e);
  }
  for (const e of kept) calendar.createEvent(eventData(e));
  return calendar.toString();
}
