// HTML escaping and the email page around the content: one column, readable on a phone.
import { ITA_MEASURES_TH } from '../domain/document-kinds.js';
import { THAI_DATE_SOURCE, thaiMonthYearSource, toThaiDigits } from '../domain/thai-format.js';
import { IN_GRACE_TH } from '../domain/compliance-summary.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Each Thai date (THAI_DATE_SOURCE): a day and a month, a year of four or two digits if any. */
const THAI_DATE = new RegExp(THAI_DATE_SOURCE, 'gu');

/**
 * `html` with the spaces inside each Thai date no-break spaces, so a line never parts the day from
 * its month and year (tester s43 F11: the public page read "ข้อมูล ณ วันที่ ๖" / "ธันวาคม ๒๕๖๙"; tester
 * s44: the emails on a phone). The public ITA page and the results report's HTML pass through it;
 * the emails' HTML keeps them whole with keepWhole.
 */
export function wholeThaiDates(html: string): string {
  return html.replace(THAI_DATE, (date) => date.replaceAll(' ', '\u00a0'));
}

/**
 * The longest name kept on one line, in letters that take room (Thai marks above or below take none;
 * about 9 px each at 16 px, 11 in the 20 px bold heading): 22 fit a 320 px phone's line
 * ("กองสาธารณสุขและสิ่งแวดล้อม"); a longer one wraps.
 */
const WHOLE_NAME_LETTERS = 22;

/** `text` kept on one line: a nowrap span (inline: mail apps drop most <style> rules), no-break spaces. */
const nowrap = (text: string) => `<span style="white-space:nowrap">${text.replaceAll(' ', '\u00a0')}</span>`;

/**
 * An email's HTML with each Thai date (THAI_DATE_SOURCE), month with its year ("ประจำเดือนมีนาคม
 * ๒๕๖๖": thaiMonthYearSource) and each of `names` that fits a phone's line (the units') kept on one
 * line (nowrap), as the page keeps them (web/src/dom.ts; s45 re-check: "มีนาคม" / "๒๕๖๖" and "กองการ" /
 * "ศึกษา" at 360 px), in one pass over the text between tags. Every email kind's body passes through
 * it (emailPage); the plain-text parts keep plain spaces.
 */
export function keepWhole(html: string, names: Iterable<string> = []): string {
  const fit = [...names]
    .filter((n) => n && n.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '').length <= WHOLE_NAME_LETTERS)
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeHtml(n).replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'));
  const whole = new RegExp([THAI_DATE_SOURCE, thaiMonthYearSource(), ...fit].join('|'), 'gu');
  return html.replace(/(^|>)([^<]+)/g, (_, end: string, text: string) => end + text.replace(whole, nowrap));
}

/**
 * Before every subject the system sends (reminders, summaries, the annual report, the invitation),
 * so its emails read and filter as one sender's: "[ITA] กองคลัง: ถึงรอบรายงานผล …".
 */
export const SUBJECT_PREFIX = '[ITA] ';

/** An email's subject: its title after SUBJECT_PREFIX (the page's heading is the title alone). */
export const subjectOf = (title: string): string => `${SUBJECT_PREFIX}${title}`;

/**
 * A subject's key figure, the reports not sent of those due (tester s41b F8): "ยังไม่ส่ง ๒๙ จาก ๓๑
 * รายการ", "ส่งครบ ๓๑ รายการ" when none is missing, "ยังไม่มีรายงานครบกำหนด" when none is due; with
 * `inGrace` of `due` (ComplianceCounts.inGrace) " · รอส่งย้อนหลัง ๒๓" after it, and "ส่งแล้ว ๒ จาก ๒๕
 * รายการ" for none missing. `unsent` is the summaries' "ยังไม่ส่ง" or the annual report's "ไม่ได้ส่ง".
 */
export function unsentFigureTh(due: number, missing: number, unsent = 'ยังไม่ส่ง', inGrace = 0): string {
  if (due === 0) return 'ยังไม่มีรายงานครบกำหนด';
  if (missing === 0 && inGrace === 0) return `ส่งครบ ${toThaiDigits(due)} รายการ`;
  // due work still in a late addition's grace is not sent: never "ส่งครบ" (re-check 2 s48)
  const grace = inGrace > 0 ? ` · ${IN_GRACE_TH} ${toThaiDigits(inGrace)}` : '';
  if (missing === 0) return `ส่งแล้ว ${toThaiDigits(due - inGrace)} จาก ${toThaiDigits(due)} รายการ${grace}`;
  return `${unsent} ${toThaiDigits(missing)} จาก ${toThaiDigits(due)} รายการ${grace}`;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/**
 * The email's page around `bodyHtml`. `preheader`: the line a mail list shows after the subject
 * (hidden in the message itself), the email's key figures rather than its heading again (tester
 * s43b F13: the preview repeated the subject). What it shows keeps its dates, months with their
 * years and `names` whole (keepWhole); the hidden preheader and the <title> are text as they are.
 */
export function emailPage(
  title: string,
  bodyHtml: string,
  footer: string,
  preheader?: string,
  names?: Iterable<string>,
): string {
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Sarabun,'Noto Sans Thai',Tahoma,Arial,sans-serif;color:#1f2937;font-size:16px;line-height:1.6">
${preheader ? `<div class="preheader" style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preheader)}</div>\n` : ''}${keepWhole(
    `<div style="max-width:640px;margin:0 auto;padding:12px">
<div style="background:#ffffff;border-radius:8px;padding:20px;border-top:4px solid #1d4ed8;overflow-wrap:anywhere;word-break:break-word">
<h1 style="font-size:20px;line-height:1.4;margin:0 0 12px">${escapeHtml(title)}</h1>
${bodyHtml}
</div>
<p style="font-size:13px;color:#6b7280;margin:12px 4px">${escapeHtml(footer)}</p>
</div>`,
    names,
  )}</body></html>`;
}

export const FOOTER = `อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตาม${ITA_MEASURES_TH} (ITA) กรุณาอย่าตอบกลับ`;

export function button(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:8px 14px;border-radius:6px;font-size:15px">${escapeHtml(label)}</a>`;
}

/** An email's greeting line: "เรียน ผู้บริหาร เทศบาลตำบล…" (`who`, then the org's name). */
export const greetingTh = (who: string, orgName: string): string => `เรียน ${who} ${orgName}`;
