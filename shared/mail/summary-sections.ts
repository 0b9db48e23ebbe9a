// The summaries' sections, described once (headings, notes, tables, chart rows, lists) and rendered
// to the HTML part and to the text part by one renderer each, so the two say the same words and
// counts (session 50: the digest wrote each section twice, and the two forms had drifted apart).
import { completionRate, type ComplianceCounts, IN_GRACE_TH } from '../domain/compliance-summary.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { escapeHtml } from './html.js';

const th = toThaiDigits;

/**
 * An email the system gave up on, as the coordinators' digest lists it: the person by name and
 * unit (the digest goes to coordinators, who see people on the page; masking is for logs), the
 * day, what the email was (with links to the obligations it listed), and why, in Thai.
 */
export interface FailedMailLine {
  /** "สมชาย ใจดี (กองคลัง)"; the masked address only when the person is no longer in the org */
  who: string;
  /** the Thai date it was given up */
  day: string;
  /** "เลยกำหนดส่งรายงาน", "สรุปผลประจำเดือน…" */
  what: string;
  links: { label: string; url: string }[];
  reasonTh: string;
  /** SES may have taken it (a 5xx, or a send stopped before it was recorded): listed apart, "ask first" */
  unsure: boolean;
}

/**
 * One overdue obligation as the digest lists it, in short lines a phone shows whole: the unit, the
 * indicator, follow-up number and period (obligationLabelTh), the follow-up's text shortened, the
 * due date, and the link to the obligation on the page (break 14 s28, F6: two follow-ups of one
 * indicator gave identical lines, with no text and no link).
 */
export interface OverdueLine {
  /** "สำนักปลัดเทศบาล: ตัวชี้วัดที่ ๑๐ ข้อ ๔ รอบ ตุลาคม ๒๕๖๕" */
  label: string;
  /** the follow-up's text, shortened; '' when its measure is no longer in the plan */
  gist: string;
  /** "กำหนดส่ง ๕ พฤศจิกายน ๒๕๖๕" */
  due: string;
  /** "ส่งกลับให้แก้ไข เมื่อ … ยังไม่ได้ส่งฉบับแก้ไข" for a returned report not sent again; else '' */
  returned: string;
  link: string;
}

/** A capped list's rest: "และอีก ๘๘ รายการ ดูได้ที่…", then each unit's page with how many. */
export interface OverdueRest {
  line: string;
  links: { label: string; url: string }[];
}

/** A paragraph: its space below in the HTML (16px 0 above and below: 'around'), its colour. */
export interface Note {
  kind: 'note';
  text: string;
  space: 4 | 8 | 16 | 'around';
  tone?: 'muted' | 'warn';
}

export type Block =
  /** `rule`: a line above, opening a year's part; `alert`: red, something to fix */
  | { kind: 'heading'; text: string; tone?: 'alert'; rule?: boolean }
  | Note
  /** the headline figures: bold in the HTML, "รวม: ครบกำหนด …" in the text */
  | { kind: 'totals'; counts: ComplianceCounts }
  /** counts by unit or indicator; `percent`: the text gives each row's share (the HTML's chart does) */
  | { kind: 'counts'; rows: readonly CountsRow[]; percent?: boolean }
  /** the HTML's bar chart of each indicator's share, under its heading; the text's is the table's percent */
  | { kind: 'chart'; heading: string; rows: readonly { indicator: number; counts: ComplianceCounts }[] }
  | { kind: 'items'; items: readonly string[] }
  /** `space`: the paragraph's space below in the HTML (none: the closing link) */
  | { kind: 'link'; url: string; label: string; space?: 16 }
  /**
   * an overdue list: the notes above it (what it holds, its order), its lines, what it leaves out;
   * with none of them the HTML says "ไม่มีรายงานค้างส่ง" (the text's heading says "๐ รายการ")
   */
  | { kind: 'overdue'; notes: readonly Note[]; lines: readonly OverdueLine[]; rests: readonly OverdueRest[] }
  | { kind: 'failed'; lines: readonly FailedMailLine[] };

export interface CountsRow {
  label: string;
  counts: ComplianceCounts;
}

/**
 * A section: its blocks, each on a line of its own in the HTML. `keepLine`: when it shows nothing but
 * headings, the HTML keeps an empty line in its place; `gap`: the text part's blank line before it
 * when it shows anything, or after it always.
 */
export interface Section {
  blocks: readonly Block[];
  keepLine?: boolean;
  gap?: 'before' | 'after';
}

export const note = (text: string, space: Note['space'], tone?: Note['tone']): Note => ({
  kind: 'note',
  text,
  space,
  ...(tone ? { tone } : {}),
});

export const NOT_YET_DUE_TH = 'ยังไม่ถึงกำหนด';

/**
 * "๘๐%", or "ยังไม่ถึงกำหนด" for a row with nothing due yet, or "รอส่งย้อนหลัง" for one whose due work is
 * all in its grace (not 0%: every one can still be sent on time; re-check 2 s49).
 */
export const percentText = (c: ComplianceCounts) =>
  c.due === 0 ? NOT_YET_DUE_TH : c.inGrace === c.due ? IN_GRACE_TH : `${th(Math.round(completionRate(c) * 100))}%`;

/** " · รอส่งย้อนหลัง ๕๑" (due, in a late addition's grace: counted in ครบกำหนด since s48), '' for none. */
const graceTh = (c: ComplianceCounts) => (c.inGrace ? ` · ${IN_GRACE_TH} ${th(c.inGrace)}` : '');

/** "ครบกำหนด ๓๑ รายการ · ส่งตรงเวลา ๒ · …": the headline figures, `bold` wrapping each figure. */
export const totalsTh = (t: ComplianceCounts, bold = (n: string, _alert?: boolean) => n) =>
  `ครบกำหนด ${bold(th(t.due))} รายการ · ส่งตรงเวลา ${bold(th(t.onTime))} · ส่งล่าช้า ${bold(th(t.late))} · ยังไม่ส่ง ${bold(th(t.missing), true)}${graceTh(t)}`;

const countsLine = (label: string, c: ComplianceCounts) =>
  `${label}: ครบกำหนด ${th(c.due)} ตรงเวลา ${th(c.onTime)} ล่าช้า ${th(c.late)} ยังไม่ส่ง ${th(c.missing)}${graceTh(c)}`;

// Heads on one line, Thai words unbroken (keep-all); cells' padding small enough for 4 figures in
// a 320 px phone's 256 px column (tester s41b, F10). Inline styles only: mail apps drop <style>.
const cellStyle = 'padding:2px 4px 8px;border-bottom:1px solid #e5e7eb;text-align:right';
const head =
  'padding:4px 4px 6px;border-bottom:2px solid #d1d5db;text-align:right;font-size:13px;white-space:nowrap;word-break:keep-all';
const labelCell = 'padding:8px 4px 0;text-align:left;font-weight:bold';
const COUNT_HEADS = ['ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ยังไม่ส่ง'] as const;
const narrow = (style: string) => style.replace(/^padding:(\d+px) 4px/, 'padding:$1 2px');

/**
 * Counts by unit or indicator, stacked for a phone: each row's name on a line of its own across
 * the table, its four figures under the heads below it (a name column beside four figures was
 * 323 px wide at 320 px and broke "กองสาธารณสุขและสิ่งแวดล้อม" into 4 lines). A table with work in
 * a late addition's grace has a fifth, รอส่งย้อนหลัง, so each row's figures add up to its ครบกำหนด
 * as the headline's do (s49); a table without any has the four.
 */
function countsTable(rows: readonly CountsRow[]): string {
  const grace = rows.some((r) => r.counts.inGrace > 0);
  const heads = grace ? [...COUNT_HEADS, IN_GRACE_TH] : COUNT_HEADS;
  // five heads fit a 320 px phone's column with 2 px padding each side, not 4 (327 px)
  const [headStyle, cell] = grace ? [narrow(head), narrow(cellStyle)] : [head, cellStyle];
  return `<table role="presentation" style="width:100%;max-width:100%;border-collapse:collapse;font-size:15px;margin:0 0 16px">
<tr>${heads.map((h) => `<th style="${headStyle}">${h}</th>`).join('')}</tr>
${rows
  .map(
    (r) =>
      `<tr><td colspan="${heads.length}" style="${labelCell}">${escapeHtml(r.label)}</td></tr>
<tr><td style="${cell}">${th(r.counts.due)}</td><td style="${cell}">${th(r.counts.onTime)}</td><td style="${cell}">${th(r.counts.late)}</td><td style="${cell};color:#b91c1c">${th(r.counts.missing)}</td>${grace ? `<td style="${cell}">${th(r.counts.inGrace)}</td>` : ''}</tr>`,
  )
  .join('\n')}
</table>`;
}

/**
 * Bars made of table cells: they render in Gmail, Outlook and phone mail apps, with no images. Each
 * row's share is the text part's (percentText); a row with nothing due, or all of it in its grace,
 * says so in words, with no bar (an empty bar read "sent nothing": session 50).
 */
function completionChart(rows: Extract<Block, { kind: 'chart' }>['rows']): string {
  return `<table role="presentation" style="width:100%;border-collapse:collapse;font-size:14px;margin:0 0 16px">
${rows
  .map(({ indicator, counts }) => {
    const pct = Math.round(completionRate(counts) * 100);
    if (counts.due === 0 || counts.inGrace === counts.due)
      return `<tr><td style="padding:4px 8px 4px 0;white-space:nowrap">ตัวชี้วัดที่ ${th(indicator)}</td><td colspan="2" style="padding:4px 0;color:#4b5563">${percentText(counts)}</td></tr>`;
    return `<tr><td style="padding:4px 8px 4px 0;white-space:nowrap">ตัวชี้วัดที่ ${th(indicator)}</td>
<td style="padding:4px 0;width:100%"><table role="presentation" style="width:100%;border-collapse:collapse"><tr>
${pct > 0 ? `<td style="width:${pct}%;background:#1d4ed8;height:14px;font-size:0">&nbsp;</td>` : ''}${pct < 100 ? `<td style="width:${100 - pct}%;background:#e5e7eb;height:14px;font-size:0">&nbsp;</td>` : ''}
</tr></table></td><td style="padding:4px 0 4px 8px;text-align:right;white-space:nowrap">${th(pct)}%</td></tr>`;
  })
  .join('\n')}
</table>`;
}

const TONES = { muted: '#4b5563', warn: '#92400e', alert: '#b91c1c' } as const;
const LINK = 'color:#1d4ed8';
const list = (space: 8 | 16, items: readonly string[]) =>
  `<ul style="padding-left:20px;margin:0 0 ${space}px">${items.join('')}</ul>`;

function noteHtml(n: Note): string {
  const margin = n.space === 'around' ? '16px 0' : `0 0 ${n.space}px`;
  return `<p style="margin:${margin}${n.tone ? `;color:${TONES[n.tone]}` : ''}">${escapeHtml(n.text)}</p>`;
}

function failedMailHtml(f: FailedMailLine): string {
  const links = f.links.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join('');
  return `<li>${escapeHtml(f.day)} ${escapeHtml(f.who)}: ${escapeHtml(f.what)}${links ? `<ul>${links}</ul>` : ''}<div>สาเหตุ: ${escapeHtml(f.reasonTh)}</div></li>`;
}

const overdueLineHtml = (l: OverdueLine) =>
  `<li style="margin:0 0 8px"><a href="${escapeHtml(l.link)}" style="${LINK}">${escapeHtml(l.label)}</a>${l.gist ? `<br><span style="color:#374151">${escapeHtml(l.gist)}</span>` : ''}<br>${escapeHtml(l.due)}${l.returned ? `<br><span style="color:${TONES.warn}">${escapeHtml(l.returned)}</span>` : ''}</li>`;

const restHtml = (r: OverdueRest) => `<p style="margin:0 0 4px">${escapeHtml(r.line)}</p>
${list(
  16,
  r.links.map((l) => `<li><a href="${escapeHtml(l.url)}" style="${LINK}">${escapeHtml(l.label)}</a></li>`),
)}`;

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const margin = b.rule ? '24px 0 8px;border-top:2px solid #d1d5db;padding-top:16px' : '16px 0 8px';
      return `<h2 style="font-size:17px;margin:${margin}${b.tone ? `;color:${TONES[b.tone]}` : ''}">${escapeHtml(b.text)}</h2>`;
    }
    case 'note':
      return noteHtml(b);
    case 'totals':
      return `<p style="margin:0 0 16px;font-size:17px">${totalsTh(b.counts, (n, alert) => (alert ? `<b style="color:${TONES.alert}">${n}</b>` : `<b>${n}</b>`))}</p>`;
    case 'counts':
      return countsTable(b.rows);
    case 'chart':
      return `${blockHtml({ kind: 'heading', text: b.heading })}\n${completionChart(b.rows)}`;
    case 'items':
      return list(
        8,
        b.items.map((i) => `<li>${escapeHtml(i)}</li>`),
      );
    case 'link':
      return `<p${b.space ? ` style="margin:0 0 ${b.space}px"` : ''}><a href="${escapeHtml(b.url)}" style="${LINK}">${escapeHtml(b.label)}</a></p>`;
    case 'overdue': {
      const rests = b.rests.map(restHtml).join('');
      // nothing listed, noted or left out: the HTML says so (the text's heading counts ๐)
      if (b.lines.length === 0 && b.notes.length === 0 && !rests)
        return '<p style="margin:0 0 16px">ไม่มีรายงานค้างส่ง</p>';
      const lines = b.lines.length ? list(16, b.lines.map(overdueLineHtml)) : '';
      return `${b.notes.map(noteHtml).join('')}${lines}${rests}`;
    }
    case 'failed':
      return list(16, b.lines.map(failedMailHtml));
  }
}

/** The sections' HTML: each block on a line of its own, an empty line for a kept place (Section.keepLine). */
export function sectionsHtml(sections: readonly Section[]): string {
  return sections
    .map((s) => {
      const shown = s.blocks.some((b) => b.kind !== 'heading');
      return s.blocks.map((b) => `${blockHtml(b)}\n`).join('') + (s.keepLine && !shown ? '\n' : '');
    })
    .join('')
    .slice(0, -1);
}

const overdueLineText = (l: OverdueLine) => [
  `- ${l.label}`,
  ...(l.gist ? [`   ${l.gist}`] : []),
  `   ${l.due}`,
  ...(l.returned ? [`   ${l.returned}`] : []),
  `   ${l.link}`,
];

const failedMailText = (f: FailedMailLine) => [
  `- ${f.day} ${f.who}: ${f.what}`,
  ...f.links.map((l) => `   ${l.label}: ${l.url}`),
  `   สาเหตุ: ${f.reasonTh}`,
];

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
    case 'note':
      return [b.text];
    // the HTML's headline, word for word (session 51: "ตรงเวลา ๒ ล่าช้า ๑" under "ส่งตรงเวลา ๒ · ส่งล่าช้า ๑")
    case 'totals':
      return [totalsTh(b.counts)];
    // a table ends with a blank line
    case 'counts':
      return [
        ...b.rows.map((r) => `- ${countsLine(r.label, r.counts)}${b.percent ? ` (${percentText(r.counts)})` : ''}`),
        '',
      ];
    case 'chart':
      return [];
    case 'items':
      return b.items.map((i) => `- ${i}`);
    case 'link':
      // the HTML's words too, not a bare address (tester s55)
      return [`${b.label}: ${b.url}`];
    case 'overdue':
      return [
        ...b.notes.map((n) => n.text),
        ...b.lines.flatMap(overdueLineText),
        ...b.rests.flatMap((r) => [r.line, ...r.links.map((l) => `   ${l.label}: ${l.url}`)]),
      ];
    case 'failed':
      return b.lines.flatMap(failedMailText);
  }
}

/**
 * The sections' text lines: a heading after a section's first line has a blank line before it (one
 * after a table has its table's); Section.gap adds the blank lines between sections.
 */
export function sectionsText(sections: readonly Section[]): string[] {
  const all = sections.flatMap((s) => {
    const lines: string[] = [];
    for (const b of s.blocks) {
      if (b.kind === 'heading' && lines.length > 0 && lines.at(-1) !== '') lines.push('');
      lines.push(...blockText(b));
    }
    if (s.gap === 'after') return [...lines, ''];
    return s.gap === 'before' && lines.length > 0 ? ['', ...lines] : lines;
  });
  // one blank line between parts, however many empty sections lie between (tester s55)
  return all.filter((l, i) => l !== '' || all[i - 1] !== '');
}
