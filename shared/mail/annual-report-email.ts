// The email to executives and coordinators when the annual report is ready: summary, PDF, link.
import { IN_GRACE_TH } from '../domain/compliance-summary.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import type { PlainDate } from '../domain/plain-date.js';
import { formatThaiDate, formatThaiDayMonthShort, FY_SHORT_TH, toThaiDigits } from '../domain/thai-format.js';
import {
  button,
  emailPage,
  escapeHtml,
  FOOTER,
  greetingTh,
  type RenderedEmail,
  subjectOf,
  unsentFigureTh,
} from './html.js';
import { graceUntilTh } from './grace-until.js';
import { WHOLE_RESULTS_LABELS } from './count-labels.js';

/**
 * The subject, short for a phone's inbox line as the summaries' are (tester s41b, F8; was the whole
 * title, "[ITA] รายงานผลการดำเนินการตามมาตรการส่งเ…", no year in view): the year, the reports not
 * sent of those due, and, made before the year ended, the day it counts to: "รายงานผลปีงบฯ ๒๕๖๖:
 * ยังไม่ส่ง ๓ จาก ๓๑๒ รายการ (ข้อมูล ณ ๑๔ ก.ย.)" (the summaries' word: a report past its due date can still be sent, late;
 * "ไม่ได้ส่ง" read as lost on 1 October, of reports due the day before: tester s48). The generation ("ฉบับที่ ๓", in the same brackets) only when an earlier one of the year
 * was emailed (`mailedBefore`), to tell the two apart: the readers get no other (a coordinator's
 * draft is not emailed), and "(ฉบับที่ ๒)" read as if they had missed one (tester s45 #4). The
 * full title heads the body.
 */
export function annualReportSubjectTh(model: AnnualReportModel, generation: number, mailedBefore = false): string {
  const { due, missing, inGrace } = model.statistics.total;
  const figure = unsentFigureTh(due, missing, UNSENT_TH, inGrace ?? 0);
  // the day and the generation after the figure: its number within a phone's 40 columns (session 56)
  const notes = [
    ...(model.yearSoFar ? [`ข้อมูล ณ ${formatThaiDayMonthShort(model.asOf as PlainDate)}`] : []),
    ...(mailedBefore ? [`ฉบับที่ ${toThaiDigits(generation)}`] : []),
  ];
  return `รายงานผล${FY_SHORT_TH} ${toThaiDigits(model.fy)}: ${figure}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** The emails' word for a report due and not sent: it can still be sent, late (unsentFigureTh). */
const UNSENT_TH = 'ยังไม่ส่ง';

/**
 * "รายงานที่ยังไม่ส่ง ๓๐๗ รายการ (ในจำนวนนี้ ๗๖ รายการครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๗๐) หน่วยงานยังส่งได้
 * โดยนับเป็นส่งล่าช้า …": the unsent reports can still be sent, and those of the last due day are
 * counted apart (the report of 1 October counts September's, due the day before); '' for none.
 */
export function stillSendableTh(model: AnnualReportModel): string {
  const missing = model.statistics.total.missing;
  if (missing === 0) return '';
  const entries = model.measures.flatMap((m) =>
    m.followUps.flatMap((f) =>
      f.periods.flatMap((p) =>
        p.entries.filter((e) => e.status === 'missing').map((e) => ({ due: p.dueDate, until: e.onTimeUntil })),
      ),
    ),
  );
  // added late, on the last day of its grace: sent today it is on time (re-check 2 s49)
  const today = entries.filter((e) => e.until === model.asOf).length;
  const due = entries.filter((e) => e.until !== model.asOf).map((e) => e.due);
  const last = due.reduce((a, b) => (b > a ? b : a), '');
  const ofLast = due.filter((d) => d === last).length;
  const of =
    last && ofLast < due.length
      ? ` (ในจำนวนนี้ ${toThaiDigits(ofLast)} รายการครบกำหนดเมื่อ ${formatThaiDate(last as PlainDate)})`
      : last
        ? ` (ครบกำหนดเมื่อ ${formatThaiDate(last as PlainDate)})`
        : '';
  const onTime = today
    ? ` ในจำนวนนี้ ${toThaiDigits(today)} รายการเพิ่มเข้าแผนหลังวันครบกำหนด ส่งได้ตรงเวลาถึงวันนี้ (${formatThaiDate(model.asOf as PlainDate)})${due.length ? ` อีก ${toThaiDigits(due.length)} รายการ${of}` : ''}`
    : of;
  const late = due.length ? ' หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า' : '';
  return `รายงานที่${UNSENT_TH} ${toThaiDigits(missing)} รายการ${onTime}${late} ในไฟล์รายงานนับเป็น "ไม่ได้ส่ง" ณ วันที่จัดทำ เมื่อหน่วยงานส่งแล้ว ${ROLE_LABELS.coordinator} จัดทำรายงานฉบับใหม่ได้ที่หน้าเอกสาร`;
}

/**
 * "รายงานที่รอส่งย้อนหลัง ๒๓๕ รายการ เพิ่มเข้าแผนหลังวันครบกำหนด หน่วยงานส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๗๐ …":
 * the in-grace count's meaning, as the attached file's note gives it (re-check tester s49); '' for none.
 */
export function inGraceSendableTh(model: AnnualReportModel): string {
  const days = model.measures.flatMap((m) =>
    m.followUps.flatMap((f) =>
      f.periods.flatMap((p) =>
        p.entries.flatMap((e) => (e.status === 'in_grace' && e.onTimeUntil ? [e.onTimeUntil] : [])),
      ),
    ),
  );
  if (days.length === 0) return '';
  return `รายงานที่${IN_GRACE_TH} ${toThaiDigits(days.length)} รายการ เพิ่มเข้าแผนหลังวันครบกำหนด หน่วยงาน${graceUntilTh(days)} หลังจากนั้นนับเป็นส่งล่าช้า`;
}

export function renderAnnualReportEmail(
  model: AnnualReportModel,
  generation: number,
  link: string,
  mailedBefore = false,
): RenderedEmail {
  const t = model.statistics.total;
  const subject = subjectOf(annualReportSubjectTh(model, generation, mailedBefore));
  const facts = `มาตรการ ${toThaiDigits(model.measures.length)} ข้อ · ภาระการรายงานที่ครบกำหนด ${toThaiDigits(t.due)} รายการ · ส่งตรงเวลา ${toThaiDigits(t.onTime)} · ส่งล่าช้า ${toThaiDigits(t.late)} · ${UNSENT_TH} ${toThaiDigits(t.missing)}${t.inGrace ? ` · ${IN_GRACE_TH} ${toThaiDigits(t.inGrace)}` : ''}`;
  // a report made before the year ended says so, as its first page does (yearSoFar)
  const made = model.yearSoFar
    ? `ระบบได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสแล้ว ${model.yearSoFar}`
    : 'ระบบได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสประจำปีเรียบร้อยแล้ว';
  // sent to the executives and the coordinators alike (one rendering): both are greeted
  const greeting = greetingTh(`${ROLE_LABELS.executive}และ${ROLE_LABELS.coordinator}`, model.orgName);
  // a later generation than one emailed before says it replaces it
  const replaces = mailedBefore ? ` รายงานฉบับนี้ (ฉบับที่ ${toThaiDigits(generation)}) จัดทำใหม่แทนฉบับที่ส่งทางอีเมลก่อนหน้า` : '';
  const intro = `${made}${replaces} แนบไฟล์ PDF มาพร้อมนี้ และดาวน์โหลดไฟล์ Word/CSV ได้จากระบบ เพื่อตรวจทาน ลงนาม และเผยแพร่ต่อไป`;
  const sendable = [stillSendableTh(model), inGraceSendableTh(model)].filter(Boolean);
  return {
    subject,
    html: emailPage(
      model.title,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p style="font-size:17px">${escapeHtml(facts)}</p>${sendable.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>${button(link, 'เปิดรายงานในระบบ')}</p>`,
      FOOTER,
      facts,
      // its labels whole on a phone, as the summaries' (session 50: "รอ" / "ส่งย้อนหลัง" at 320 px)
      [model.orgName, ...WHOLE_RESULTS_LABELS],
    ),
    text: [
      model.title,
      '',
      greeting,
      '',
      intro,
      '',
      facts,
      ...sendable.flatMap((l) => ['', l]),
      '',
      link,
      '',
      FOOTER,
    ].join('\n'),
  };
}
