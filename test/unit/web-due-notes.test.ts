import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../web/src/api-types.js';
import {
  backReportingWarning,
  dueDayOffNote,
  lateAdditionsNote,
  onTimeNote,
  staleReportNote,
} from '../../web/src/due-notes.js';
import { governmentDayOff } from '../../shared/domain/government-day-off.js';
import { onTimeUntilTh } from '../../shared/domain/settlement.js';

const o = (dueDate: string, onTimeUntil = dueDate, status: Obligation['status'] = 'due') =>
  ({ dueDate, onTimeUntil, status }) as Obligation;

// tester s42 F2: the cards said "กำหนดส่ง ๓๑ ตุลาคม ๒๕๖๙" only; the email said until when it was on time
describe("the page's words beside a due date, as the emails say them", () => {
  it('names the last on-time day of work added after its due date', () => {
    expect(onTimeNote(o('2026-10-31', '2026-12-11'))).toBe('ส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙');
    expect(onTimeNote(o('2026-11-30', '2026-12-11'))).toBe('ส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙');
    expect(onTimeUntilTh('2023-03-31', '2023-04-25')).toBe('ส่งได้ตรงเวลาถึง ๒๕ เมษายน ๒๕๖๖');
  });

  it('says nothing more of work on time until its due date', () => {
    expect(onTimeNote(o('2026-12-31'))).toBe('');
    expect(onTimeNote(o('2023-04-30'))).toBe('');
  });

  it('names the government holiday or the weekend day a due date still ahead falls on', () => {
    expect(dueDayOffNote(o('2026-12-31'), '2026-12-10')).toBe('ตรงกับวันหยุด (วันสิ้นปี)');
    expect(dueDayOffNote(o('2023-04-30'), '2023-04-20')).toBe('ตรงกับวันหยุด (วันอาทิตย์)');
    expect(dueDayOffNote(o('2027-01-30'), '2027-01-30')).toBe('ตรงกับวันหยุด (วันเสาร์)');
    // a holiday on a weekend is named by the holiday, as the jobs' calendar names it
    expect(governmentDayOff('2026-05-31')).toEqual({ kind: 'holiday', name: 'วันวิสาขบูชา' });
    // a year the Cabinet has not listed yet: its computed list
    expect(dueDayOffNote(o('2027-12-31'), '2027-12-01')).toBe('ตรงกับวันหยุด (วันสิ้นปี)');
  });

  it('says nothing of a working day, nor of a past due date on a day off', () => {
    expect(dueDayOffNote(o('2026-12-30'), '2026-12-10')).toBe('');
    expect(dueDayOffNote(o('2023-04-28'), '2023-04-20')).toBe('');
    expect(dueDayOffNote(o('2026-10-31'), '2026-12-10')).toBe('');
  });
});

// tester s42 F2: all 20 October items under ยังไม่ถึงกำหนดส่ง on 10 December read as a wrong count;
// s49: they are past their due dates, to be sent now, counted รอส่งย้อนหลัง, and the note says so
describe("the overview's note on work added late", () => {
  it('counts the work past its due date in its grace, with its last on-time day', () => {
    const october = [o('2026-10-31', '2026-12-11'), o('2026-10-31', '2026-12-11')];
    expect(lateAdditionsNote(october, '2026-12-10')).toBe(
      'ช่อง "รอส่งย้อนหลัง" คือ ๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙ ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
  });

  it('gives the span of the last on-time days when the work was added on different days', () => {
    const items = [o('2026-10-31', '2026-12-11'), o('2026-11-30', '2026-12-16'), o('2026-12-31')];
    expect(lateAdditionsNote(items, '2026-12-10')).toBe(
      'ช่อง "รอส่งย้อนหลัง" คือ ๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่ม (๑๑ ธันวาคม ๒๕๖๙ ถึง ๑๖ ธันวาคม ๒๕๖๙ แล้วแต่รายการ) ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
  });

  it('on the last on-time day itself, still said', () => {
    expect(lateAdditionsNote([o('2026-10-31', '2026-12-11')], '2026-12-11')).toBe(
      'ช่อง "รอส่งย้อนหลัง" คือ ๑ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙ ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
  });

  it('says nothing when none is in its grace: sent, overdue, returned past its grace or on time by its due date', () => {
    expect(lateAdditionsNote([o('2026-12-31'), o('2026-11-30', '2026-11-30', 'upcoming')], '2026-11-20')).toBe('');
    expect(
      lateAdditionsNote(
        [
          o('2026-10-31', '2026-12-11', 'submitted'),
          o('2026-10-31', '2026-12-11', 'overdue'),
          o('2026-10-31', '2026-12-11', 'returned'),
          o('2026-11-30', '2026-11-30', 'returned'),
        ],
        '2026-12-12',
      ),
    ).toBe('');
  });
});

// Tester s49 (P3): the overview said 'ช่อง "รอส่งย้อนหลัง" คือ ๑๒๒ รายการ' and kept a report returned in
// its grace under ส่งกลับแก้ไข (to fix), while the documents' warning said ๑๒๓ under the same word.
// The note now names the returned ones too, and their sum: the documents' number.
describe("the overview's note and the documents' warning give the same number in grace", () => {
  const warningCount = (items: Obligation[], today: string) =>
    /ยังมี (\S+) รายการที่อยู่ระหว่างส่งย้อนหลัง/.exec(backReportingWarning(items, today))?.[1];

  it("the tester's case: 122 in รอส่งย้อนหลัง and 1 returned in its grace, 123 in the documents", () => {
    const items = [
      ...Array.from({ length: 122 }, () => o('2027-04-30', '2027-05-17')),
      o('2027-03-31', '2027-05-17', 'returned'),
      o('2027-05-31', '2027-05-31'),
    ];
    expect(lateAdditionsNote(items, '2027-05-12')).toBe(
      'ช่อง "รอส่งย้อนหลัง" คือ ๑๒๒ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ และอีก ๑ รายการในช่อง "ส่งกลับแก้ไข" ที่ยังส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ รวม ๑๒๓ รายการที่อยู่ระหว่างส่งย้อนหลัง ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
    expect(warningCount(items, '2027-05-12')).toBe('๑๒๓');
  });

  it('two returned on different last days beside one due: the span, and 3 as the documents say', () => {
    const items = [
      o('2027-06-30', '2027-07-23'),
      o('2027-05-31', '2027-07-23', 'returned'),
      o('2027-06-30', '2027-07-26', 'returned'),
    ];
    expect(lateAdditionsNote(items, '2027-07-22')).toBe(
      'ช่อง "รอส่งย้อนหลัง" คือ ๑ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๒๓ กรกฎาคม ๒๕๗๐ และอีก ๒ รายการในช่อง "ส่งกลับแก้ไข" ที่ยังส่งได้ตรงเวลาถึง ๒๓ กรกฎาคม ๒๕๗๐ ถึง ๒๖ กรกฎาคม ๒๕๗๐ แล้วแต่รายการ รวม ๓ รายการที่อยู่ระหว่างส่งย้อนหลัง ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
    expect(warningCount(items, '2027-07-22')).toBe('๓');
  });

  it('only a returned one in its grace: the note still says it, 1 as the documents say', () => {
    const items = [o('2026-10-31', '2026-12-11', 'returned'), o('2026-10-31', '2026-12-11', 'submitted')];
    expect(lateAdditionsNote(items, '2026-12-10')).toBe(
      'ช่อง "ส่งกลับแก้ไข" มี ๑ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙ อยู่ระหว่างส่งย้อนหลัง แก้ไขแล้วส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด',
    );
    expect(warningCount(items, '2026-12-10')).toBe('๑');
  });
});

// s57: nothing said that the published results report no longer matched the reports
describe('the note under a published results report made before later reports', () => {
  const MADE = '2023-04-26T02:30:00.000Z';
  const r = (reportedAt: string | undefined, periodEnd = '2023-04-30') => ({ reportedAt, periodEnd });
  const stale = (count: string) =>
    `มีรายงาน ${count} รายการที่ส่งหรือตรวจหลังจัดทำฉบับที่เผยแพร่อยู่ จึงยังไม่อยู่ในฉบับนี้ สั่งจัดทำฉบับใหม่แล้วเผยแพร่แทน`;

  it('counts reports sent or reviewed after the generation was made, the same day included', () => {
    const items = [r('2023-04-26T02:30:00.001Z'), r('2023-04-26T16:59:59.000Z', '2023-03-31'), r(MADE), r(undefined)];
    expect(staleReportNote(items, MADE)).toBe(stale('๒'));
    expect(staleReportNote([...items, r('2023-05-02T01:00:00.000Z')], MADE)).toBe(stale('๓'));
  });

  it('says nothing when every report came before it, at its instant, or none was sent', () => {
    expect(staleReportNote([r('2023-04-25T09:00:00.000Z'), r(MADE), r(undefined)], MADE)).toBe('');
    expect(staleReportNote([], MADE)).toBe('');
  });

  it("the half-year report's counts only work of periods ending by its last day", () => {
    const items = [r('2023-04-27T01:00:00.000Z', '2023-03-31'), r('2023-04-27T01:00:00.000Z', '2023-04-30')];
    expect(staleReportNote(items, MADE, '2023-03-31')).toBe(stale('๑'));
    expect(staleReportNote(items.slice(1), MADE, '2023-03-31')).toBe('');
  });
});
