// One obligation: what is asked and when, the latest report and its review, the form, the history.
import { api, ApiError } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Me, ObligationWithReport } from '../api-types.js';
import { h, replaceContent } from '../dom.js';
import { hasOwnUnit } from '../layout.js';
import { href } from '../routes.js';
import { formatThaiDate, formatThaiDateTime, REVIEW_COMMENT_LABEL, statusBadge, toThaiDigits } from '../thai.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { reportDetails, reportHistory } from './report-history.js';
import { reportForm, type Draft } from './report-form.js';
import { reviewForm } from './review-form.js';
import { auditTrail } from './audit-trail.js';
import { indicator } from '../../../shared/domain/ita-catalog.js';
import { headingNumberOf, titleForIndicator } from '../../../shared/domain/indicator-title.js';
import { mayReportFor, unitNameIn } from '../caller.js';
import { dueDayOffNote, onTimeNote } from '../due-notes.js';
import { DUE_ON_DAY_OFF_STAYS_TH } from '../../../shared/domain/day-off.js';

export async function obligationScreen(
  main: HTMLElement,
  me: Me,
  fy: number,
  obligationId: string,
  draft?: Draft,
  done?: string,
): Promise<void> {
  // the history and the audit trail load while the obligation does: one wait on a slow line, not three
  const history = reportHistory(fy, obligationId);
  const audit = auditTrail(
    apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', { fy, obligationId }),
    'ประวัติการเปลี่ยนแปลง',
  );
  // when the obligation itself fails, its error is the one shown; these are then not awaited
  for (const section of [history, audit]) section.catch(() => undefined);
  const o = await api<ObligationWithReport>(
    'GET',
    apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId }),
  );
  const latest = o.latestReport;
  const unitName = unitNameIn(me, o.unitId);
  /**
   * The screen drawn again; after a send or a review, `done` says so at its top, seen and focused
   * (a phone left mid-form, focus on nothing, read as a failure: tester s41b F2).
   */
  const reload = (nextDraft?: Draft, saved?: string) =>
    obligationScreen(main, me, fy, obligationId, nextDraft, saved).then(() => {
      const target = main.querySelector<HTMLElement>('.done-note') ?? main.querySelector<HTMLElement>('h1');
      if (!target) return;
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    });
  const back =
    hasOwnUnit(me) && me.unit?.unitId === o.unitId
      ? href.myObligations(fy)
      : [...me.actingHeadOf, ...me.alsoStaffOf].some((u) => u.unitId === o.unitId)
        ? href.unitObligations(fy, o.unitId)
        : href.overview(fy);

  const conflictBox = h('div', { class: 'conflict', role: 'alert', hidden: true, tabindex: -1 });
  const onConflict = (typed: Draft, currentVersion?: number) => {
    replaceContent(
      conflictBox,
      h('h2', {}, 'รายงานนี้ถูกแก้ไขไปแล้ว'),
      h(
        'p',
        {},
        `มีผู้ส่งรายงานนี้${currentVersion ? `เป็นฉบับที่ ${toThaiDigits(currentVersion)} ` : ''}หลังจากที่คุณเปิดหน้านี้ รายงานของคุณจึงยังไม่ถูกบันทึก`,
      ),
      h('p', {}, 'กดโหลดรายงานล่าสุดเพื่อดูฉบับปัจจุบัน ข้อความที่คุณกรอกไว้จะยังอยู่ในแบบฟอร์ม ตรวจสอบแล้วส่งอีกครั้ง'),
      h('button', { type: 'button', class: 'primary', onclick: () => void reload(typed) }, 'โหลดรายงานล่าสุด'),
    );
    conflictBox.removeAttribute('hidden');
    conflictBox.focus();
  };

  const sections: (HTMLElement | false)[] = [];
  if (latest?.reviewState === 'returned') {
    sections.push(
      h(
        'section',
        { class: 'returned-note', 'aria-labelledby': 'returned-title' },
        h('h2', { id: 'returned-title' }, 'รายงานถูกส่งกลับให้แก้ไข'),
        h('p', { class: 'review-comment' }, h('strong', {}, `${REVIEW_COMMENT_LABEL}: `), latest.reviewComment ?? ''),
        latest.reviewedAt && h('p', { class: 'hint' }, `เมื่อ ${formatThaiDateTime(new Date(latest.reviewedAt))}`),
      ),
    );
  }
  if (latest) {
    sections.push(
      h(
        'section',
        { class: 'latest', 'aria-labelledby': 'latest-title' },
        h('h2', { id: 'latest-title' }, `รายงานล่าสุด (ฉบับที่ ${toThaiDigits(latest.version)})`),
        reportDetails(latest, { fy, obligationId }),
        earlyProgressNote(o),
        latest.reviewState === 'accepted' &&
          h(
            'p',
            { class: 'accepted-note' },
            'ตรวจรับรายงานแล้ว',
            latest.reviewComment ? `: ${latest.reviewComment}` : '',
          ),
      ),
    );
  }
  // the coordinator's review of a sent report, or the reopening of an accepted one: one form
  const review =
    me.roles.includes('coordinator') && latest
      ? latest.reviewState === 'submitted'
        ? { id: 'review-title', title: 'ตรวจรายงาน' }
        : latest.reviewState === 'accepted'
          ? { id: 'reopen-title', title: 'เปิดรายงานให้แก้ไขอีกครั้ง', decisions: ['reopen' as const] }
          : undefined
      : undefined;
  if (review && latest) {
    sections.push(
      h(
        'section',
        { class: 'review', 'aria-labelledby': review.id },
        h('h2', { id: review.id }, review.title),
        reviewForm({
          fy,
          obligationId,
          report: latest,
          onTimeUntil: o.onTimeUntil,
          today: me.today,
          ...('decisions' in review ? { decisions: review.decisions } : {}),
          onReviewed: (_, said) => void reload(undefined, said),
        }),
      ),
    );
  }
  if (mayReportFor(me, o.unitId) && latest?.reviewState !== 'accepted') {
    // the form's schema unread (its function failing or busy): the rest of the screen still shows,
    // with the reason and a way to ask again in place of the form (tester s40)
    const form = await reportForm({
      fy,
      obligationId,
      latest,
      ...(draft ? { draft } : {}),
      onSubmitted: (_, said) => void reload(undefined, said),
      onConflict,
    }).catch((error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      return h(
        'div',
        { class: 'form-unavailable' },
        h('p', { class: 'alert', role: 'alert' }, `ยังแสดงแบบฟอร์มรายงานไม่ได้: ${error.message}`),
        h('button', { type: 'button', class: 'primary', onclick: () => void reload() }, 'ลองอีกครั้ง'),
      );
    });
    sections.push(
      h(
        'section',
        { class: 'report', 'aria-labelledby': 'form-title' },
        h('h2', { id: 'form-title' }, latest ? 'แก้ไขรายงาน' : 'ส่งรายงานผล'),
        conflictBox,
        form,
      ),
    );
  }

  replaceContent(
    main,
    h('p', { class: 'back' }, h('a', { href: back }, '‹ กลับไปหน้ารายการ')),
    done && h('p', { class: 'done-note', role: 'status', 'data-testid': 'done-note' }, done),
    h('h1', {}, o.followUpText),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'สถานะ'),
      h('dd', { 'data-testid': 'status' }, statusBadge(o.status)),
      h('dt', {}, 'มาตรการ'),
      // a title that is its indicator's heading says the indicator: one row, as the cards do (tester s41b F12)
      h('dd', {}, titleForIndicator(o.measureTitle, o.indicator)),
      headingNumberOf(o.measureTitle) === undefined && [
        h('dt', {}, 'ตัวชี้วัด'),
        h('dd', {}, `ตัวชี้วัดที่ ${toThaiDigits(o.indicator)} ${indicator(o.indicator).nameTh}`),
      ],
      h('dt', {}, 'รอบรายงาน'),
      h('dd', {}, o.periodLabel),
      h('dt', {}, 'กำหนดส่ง'),
      dueFacts(o, me.today),
      h('dt', {}, 'หน่วยงาน'),
      h('dd', {}, unitName),
    ),
    sections,
    await history,
    await audit,
  );
}

/**
 * The due date, and as the emails say it: the day off it falls on (still ahead), that it stays,
 * and for work added late its last on-time day (tester s42 F2).
 */
const settled = (o: ObligationWithReport) => o.status === 'submitted' || o.status === 'accepted';

function dueFacts(o: ObligationWithReport, today: string): HTMLElement {
  const off = dueDayOffNote(o, today);
  const onTime = onTimeNote(o);
  return h(
    'dd',
    { 'data-testid': 'due' },
    off ? `${o.dueDateLabel} ${off}` : o.dueDateLabel,
    onTime && h('div', { class: 'on-time' }, onTime),
    // "ส่งรายงานผ่านหน้าเว็บได้ในวันนั้นด้วย" is for work still to send, as in the emails' lists
    off && !settled(o) && h('div', { class: 'hint' }, DUE_ON_DAY_OFF_STAYS_TH),
  );
}

/**
 * Said under a latest report that is `in_progress` and still submitted while the obligation is
 * unsettled: sent before the opening date, it does not count (docs/domain.md "Settled and on time").
 */
function earlyProgressNote(o: ObligationWithReport): HTMLElement | false {
  const latest = o.latestReport;
  const unsettled = o.status === 'upcoming' || o.status === 'due' || o.status === 'overdue';
  if (!latest || latest.progress !== 'in_progress' || latest.reviewState !== 'submitted' || !unsettled) return false;
  return h(
    'p',
    { class: 'early-note', 'data-testid': 'early-progress' },
    `รายงานความคืบหน้านี้ส่งก่อนวันเปิดรอบรายงาน (${formatThaiDate(o.opensOn as PlainDate)}) จึงยังไม่นับว่าส่งรายงานแล้ว ` +
      'และระบบจะแจ้งเตือนตามกำหนดต่อไป กรุณาส่งรายงานฉบับแก้ไขตั้งแต่วันเปิดรอบ หรือเมื่อดำเนินการแล้วเสร็จ',
  );
}
