// The iCalendar writer: ical-generator (RFC 5545), loaded only where calendar files are served.
import ical from 'ical-generator';
import { addDays } from '../domain/plain-date.js';
import type { CalendarModel } from './calendar-text.js';

/**
 * The calendar as iCalendar text. ical-generator escapes RFC 5545 specials (backslash, semicolon,
 * comma, line breaks) and folds long lines at 75 octets; all-day events end the next day (DTEND is
 * exclusive, RFC 5545 §3.6.1).
 */
export function writeICalendar(model: CalendarModel): string {
  const calendar = ical({
    name: model.name,
    description: model.description,
    prodId: { company: 'ita-measures', product: 'calendar', language: 'TH' },
    ttl: model.ttlSeconds,
  });
  for (const e of model.events) {
    calendar.createEvent({
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
  }
  return calendar.toString();
}
