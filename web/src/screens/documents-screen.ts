// A year's documents, one screen per kind: the results report and the plan document. Coordinators
// generate a new generation (the API answers 202, state pending: the list polls until each is ready
// or failed), publish one at the stable public address and withdraw it, each after a confirmation
// that says what becomes public where (break 19 s28, F6). The list says which generation is
// published, when and by whom (the API's `published`), and pages back to the oldest. Coordinators
// and executives reach the year's documents history from it (documentsHistoryScreen).
import { api, ApiError, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import {
  DAILY_GENERATION_LIMIT,
  DOCUMENT_NAMES,
  type DocumentKind,
  PUBLIC_DOCUMENTS,
} from '../../../shared/domain/document-kinds.js';
import type { Download, Generation, Generations, Me, Obligation, PlanUpload } from '../api-types.js';
import { mayGenerateDocuments, mayPublishDocuments, mayReadDocumentsHistory } from '../caller.js';
import { announce, focusAfterRedraw, focusIfLost, h, nextId, replaceContent, setText } from '../dom.js';
import { MAX_EVIDENCE_BYTES } from '../../../shared/domain/evidence-rules.js';
import { megabytesTh } from '../../../shared/domain/plan-upload-rules.js';
import { uploadFile } from '../upload-file.js';
import { href } from '../routes.js';
import { formatThaiDate, formatThaiDateTime, thaiFileSize, toThaiDigits } from '../thai.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { auditTrail } from './audit-trail.js';
import {
  backReportingWarning,
  futureAnnouncementNote,
  resultsReportNotYetNote,
  staleReportNote,
} from '../due-notes.js';
import { loadObligations } from '../load-obligations.js';
import { firstHalf } from '../../../shared/domain/fiscal-calendar.js';

type Listed = Generations['items'][number];
type Published = NonNullable<Generations['published']>;

/** What differs between the two kinds: words, files and the API's paths. */
const KINDS: Record<
  DocumentKind,
  {
    heading: string;
    generate: string;
    /** the results report's รอบ ๖ เดือน (scope=half-year), a generation of the same list */
    generateHalfYear?: string;
    empty: string;
    files: Record<string, string>;
    list: (fy: number, cursor?: string) => string;
    file: (fy: number, generation: number, file: string) => string;
    publication: (fy: number, generation: number) => string;
  }
> = {
  'annual-report': {
    heading: 'รายงานผลการดำเนินการตามมาตรการ',
    generate: 'จัดทำรายงานผลประจำปี',
    generateHalfYear: 'จัดทำรายงานผลรอบ ๖ เดือน',
    empty: 'ยังไม่มีรายงานผลประจำปีของปีงบประมาณนี้',
    files: {
      'report.pdf': 'รายงาน PDF',
      'report.docx': 'เอกสาร Word (DOCX)',
      'report.csv': 'ตาราง CSV',
      'report.json': 'ข้อมูล JSON',
    },
    list: (fy, cursor) =>
      apiPath('/v1/fiscal-years/{fy}/annual-report', { fy }) + (cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''),
    file: (fy, generation, file) =>
      apiPath('/v1/fiscal-years/{fy}/annual-report/{generation}/{file}', { fy, generation, file }),
    publication: (fy, generation) =>
      apiPath('/v1/fiscal-years/{fy}/annual-report/{generation}/publish', { fy, generation }),
  },
  'plan-document': {
    heading: 'เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    generate: 'จัดทำเอกสารมาตรการ',
    empty: 'ยังไม่มีเอกสารมาตรการของปีงบประมาณนี้',
    files: { 'plan.pdf': 'เอกสาร PDF', 'plan.docx': 'เอกสาร Word (DOCX)', 'plan.json': 'ข้อมูล JSON' },
    list: (fy, cursor) =>
      apiPath('/v1/fiscal-years/{fy}/plan-document', { fy }) + (cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''),
    file: (fy, generation, file) =>
      apiPath('/v1/fiscal-years/{fy}/plan-document/{generation}/{file}', { fy, generation, file }),
    publication: (fy, generation) =>
      apiPath('/v1/fiscal-years/{fy}/plan-document/{generation}/publish', { fy, generation }),
  },
};

const docxOf = (pdfUrl: string) => pdfUrl.replace(/\.pdf$/, '.docx');
const n = (generation: number) => `ฉบับที่ ${toThaiDigits(generation)}`;

const POLL_MS = 2000;

/** A half-year generation's label: "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)", as its title says. */
const halfYearLabel = (fy: number) => `รอบ ๖ เดือน (๑ ตุลาคม ${toThaiDigits(fy - 1)} – ๓๑ มีนาคม ${toThaiDigits(fy)})`;

/** The year's results report, as its button says ("จัดทำรายงานผลประจำปี"). */
const YEAR_LABEL = 'ประจำปี';

/**
 * Which report a generation of `kind` is: the results report's ประจำปี or รอบ ๖ เดือน one, said
 * wherever a generation or publication is named (re-check P3); '' for the plan document.
 */
const reportOf = (kind: DocumentKind, g: Pick<Generation, 'scope'>, fy: number) =>
  kind !== 'annual-report' ? '' : g.scope ? halfYearLabel(fy) : YEAR_LABEL;

/** "รายงานผลการดำเนินการตามมาตรการ ประจำปี": the kind's name and which report. */
const documentName = (kind: DocumentKind, g: Pick<Generation, 'scope'>, fy: number) =>
  [DOCUMENT_NAMES[kind].th, reportOf(kind, g, fy)].filter(Boolean).join(' ');

/** "ฉบับที่ ๒ ประจำปี", "ฉบับที่ ๑ รอบ ๖ เดือน (…)"; the plan document's "ฉบับที่ ๓". */
const named = (s: Pick<ScreenState, 'kind' | 'fy'>, g: Pick<Generation, 'generation' | 'scope'>) =>
  [n(g.generation), reportOf(s.kind, g, s.fy)].filter(Boolean).join(' ');

/** Where the half-year report is published: the list's address with its own file name (PUBLIC_DOCUMENTS). */
const halfYearUrl = (list: Generations) =>
  list.publishedHalfYear?.publicUrl ??
  list.publicUrl.replace(/[^/]+\.pdf$/, `${PUBLIC_DOCUMENTS['half-year-report']}.pdf`);

/** The publication a generation of this list goes to: the year's, or the half-year's (its own address). */
function slotOf(list: Generations, g: Pick<Generation, 'scope'> | undefined) {
  return g?.scope
    ? { published: list.publishedHalfYear, publicUrl: halfYearUrl(list) }
    : { published: list.published, publicUrl: list.publicUrl };
}

function stateText(g: Generation): string {
  // the plan document's announcement day given (re-check s48 #2), after when it was made
  const day = g.announcedOn ? ` ประกาศ ณ วันที่ ${formatThaiDate(g.announcedOn as PlainDate)}` : '';
  if (g.status === 'ready')
    return (g.generatedAt ? `จัดทำเมื่อ ${formatThaiDateTime(new Date(g.generatedAt))}` : 'พร้อมแล้ว') + day;
  if (g.status === 'failed') return `จัดทำไม่สำเร็จ: ${g.failure?.message_th ?? 'กรุณาสั่งจัดทำใหม่อีกครั้ง'}`;
  return 'กำลังจัดทำ… (หน้านี้จะแสดงไฟล์ให้ดาวน์โหลดเมื่อเสร็จ)';
}

/** "เผยแพร่เมื่อ … โดย …": the publication record as the API gives it. */
const publishedText = (p: Published) => `เผยแพร่เมื่อ ${p.publishedAtBangkok} โดย ${p.publishedBy.name}`;

/** The confirmation before publishing: what becomes public, at which addresses, and what it replaces. */
function publishQuestion(s: ScreenState, g: Listed): string {
  const { kind, list } = s;
  const slot = slotOf(list, g);
  const replaced = slot.published && slot.published.generation !== g.generation ? slot.published.generation : undefined;
  return [
    `เผยแพร่${documentName(kind, g, s.fy)} ${n(g.generation)} ต่อสาธารณะหรือไม่`,
    `ไฟล์ PDF${g.signedCopy ? ' (ฉบับลงนาม)' : ''} และ Word ของฉบับนี้จะเปิดให้ทุกคนดาวน์โหลดได้โดยไม่ต้องเข้าสู่ระบบ ที่`,
    slot.publicUrl,
    docxOf(slot.publicUrl),
    `และแสดงในหน้าเผยแพร่ ITA ${list.pageUrl}`,
    replaced === undefined ? '' : `แทน${n(replaced)} ที่เผยแพร่อยู่`,
    kind === 'annual-report' ? 'ผลการดำเนินงานที่หน่วยงานรายงานในเอกสารจะเป็นข้อมูลสาธารณะ' : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The confirmation before withdrawing: the addresses answer "not found" again; the generation stays. */
function withdrawQuestion(s: ScreenState, g: Listed): string {
  const { publicUrl } = slotOf(s.list, g);
  return [
    `ถอนการเผยแพร่${documentName(s.kind, g, s.fy)} ${n(g.generation)} หรือไม่`,
    `ที่อยู่ ${publicUrl} และ ${docxOf(publicUrl)} จะไม่พบเอกสาร (404)`,
    `และหน้าเผยแพร่ ITA ${s.list.pageUrl} จะแสดงว่ายังไม่เผยแพร่ ฉบับนี้ยังเก็บไว้ในระบบ`,
  ].join('\n');
}

/**
 * The public addresses, to copy into the ITA system: live links when published, plain text before.
 * The results report's list has the half-year report's too (its own address, tester s45 P2).
 */
function addresses(list: Generations, kind: DocumentKind, fy: number): HTMLElement {
  const p = list.published;
  const line = (label: string, url: string, live: unknown) =>
    h(
      'li',
      {},
      `${label}: `,
      live ? h('a', { href: url, target: '_blank', rel: 'noopener' }, url) : h('code', {}, url),
    );
  const half = list.publishedHalfYear;
  const halfUrl = halfYearUrl(list);
  return h(
    'section',
    { class: 'publication', 'data-published': p ? p.generation : '' },
    h('h2', {}, 'การเผยแพร่'),
    // the results report's two blocks each say which report they are (re-check P3)
    kind === 'annual-report' && h('h3', {}, `รายงานผล${YEAR_LABEL}`),
    h(
      'p',
      { class: p ? '' : 'hint' },
      p
        ? `เผยแพร่อยู่: ${n(p.generation)} ${publishedText(p)}`
        : 'ยังไม่เผยแพร่ ที่อยู่สาธารณะเมื่อเผยแพร่แล้ว (ไม่เปลี่ยนแม้เผยแพร่ฉบับใหม่):',
    ),
    // reports sent or reviewed after the published one was made: filled by noteStale
    kind === 'annual-report' && p && h('p', { class: 'field-warning', 'data-note': 'stale-year' }),
    h(
      'ul',
      { class: 'addresses' },
      line('PDF', list.publicUrl, p),
      line('Word', docxOf(list.publicUrl), p),
      line('หน้าเผยแพร่ ITA', list.pageUrl, p),
    ),
    kind === 'annual-report' &&
      h(
        'div',
        { class: 'half-year-publication', 'data-published': half ? half.generation : '' },
        h('h3', {}, `รายงานผล${halfYearLabel(fy)}`),
        h(
          'p',
          { class: half ? '' : 'hint' },
          half
            ? `เผยแพร่อยู่: ${n(half.generation)} ${publishedText(half)} (ยังเผยแพร่อยู่เมื่อเผยแพร่รายงานผลประจำปี)`
            : 'ยังไม่เผยแพร่ ที่อยู่ของรายงานรอบ ๖ เดือน (แยกจากรายงานผลประจำปี):',
        ),
        half && h('p', { class: 'field-warning', 'data-note': 'stale-half-year' }),
        h('ul', { class: 'addresses' }, line('PDF', halfUrl, half), line('Word', docxOf(halfUrl), half)),
      ),
  );
}

interface ScreenState {
  main: HTMLElement;
  me: Me;
  fy: number;
  kind: DocumentKind;
  /** the newest page as last read: `published`, `publicUrl`, `pageUrl` for the confirmations */
  list: Generations;
  status: HTMLElement;
  /** the generations shown, newest first, on every page the person opened */
  ol: HTMLOListElement;
  /** what each shown generation's row was drawn from */
  shown: Map<number, Listed>;
  publication: HTMLElement;
  empty: HTMLElement;
  /** a poll is scheduled */
  polling: boolean;
  /** the year's obligations (all statuses), read once for noteStale; undefined when unreadable */
  obligations?: Promise<Obligation[] | undefined>;
  /** when generations on the list's older pages were made, once read (generatedAtOf) */
  olderMade?: Map<number, string | undefined>;
}

/**
 * A results report's warning while work is in its back-reporting grace (due-notes.ts
 * backReportingWarning; tester s48), '' for none or when the obligations cannot be read.
 */
async function backReporting(s: Pick<ScreenState, 'fy' | 'me'>, half: boolean): Promise<string> {
  try {
    // unsent work of these two statuses only can be in its grace (a returned report too: s49)
    const [due, returned] = await Promise.all([
      loadObligations(s.fy, undefined, 'due'),
      loadObligations(s.fy, undefined, 'returned'),
    ]);
    return backReportingWarning([...due, ...returned], s.me.today, half ? firstHalf(s.fy).to : undefined);
  } catch {
    return '';
  }
}

/** When generation `g` of the list was made: from the rows shown, else the older pages read until found. */
async function generatedAtOf(s: ScreenState, g: number): Promise<string | undefined> {
  const shown = s.shown.get(g);
  if (shown) return shown.generatedAt;
  s.olderMade ??= new Map();
  // read once: a generation's time does not change, and the screen refreshes on every poll
  if (s.olderMade.has(g)) return s.olderMade.get(g);
  for (let cursor = s.list.cursor; cursor;) {
    const page = await api<Generations>('GET', KINDS[s.kind].list(s.fy, cursor));
    const found = page.items.find((item) => item.generation === g);
    if (found) return s.olderMade.set(g, found.generatedAt).get(g);
    cursor = page.cursor;
  }
  return undefined;
}

/**
 * Under each published results report (the year's, the half-year's in its own scope): how many
 * reports were sent or reviewed after it was made (staleReportNote). For those who may publish, on
 * the results report's screen once something is published; the year's obligations are read once.
 */
async function noteStale(s: ScreenState): Promise<void> {
  const { list } = s;
  const slots = [
    { published: list.published, note: 'stale-year', upTo: undefined },
    { published: list.publishedHalfYear, note: 'stale-half-year', upTo: firstHalf(s.fy).to },
  ];
  if (s.kind !== 'annual-report' || !mayPublishDocuments(s.me) || !slots.some((slot) => slot.published)) return;
  s.obligations ??= loadObligations(s.fy).catch(() => undefined);
  try {
    const items = await s.obligations;
    if (!items) return;
    for (const { published, note, upTo } of slots) {
      const made = published && (await generatedAtOf(s, published.generation));
      const el = s.publication.querySelector(`[data-note="${note}"]`);
      // a refresh since drew the addresses again and asks again
      if (!made || !el || s.list !== list) continue;
      setText(el, staleReportNote(items, made, upTo));
      // counted against this generation's time (the note empty when none came after)
      el.setAttribute('data-generated-at', made);
    }
  } catch {
    // an older page of the list unreadable: no note
  }
}

/** Publish or withdraw `g` after the person confirms; the rows and the addresses then say the outcome. */
async function changePublication(s: ScreenState, g: number, publish: boolean, button: HTMLButtonElement) {
  const listed = s.shown.get(g) ?? ({ generation: g } as Listed);
  const grace = publish && s.kind === 'annual-report' ? await backReporting(s, listed.scope === 'half-year') : '';
  if (!window.confirm([(publish ? publishQuestion : withdrawQuestion)(s, listed), grace].filter(Boolean).join('\n')))
    return;
  button.disabled = true;
  const which = named(s, listed);
  setText(s.status, publish ? `กำลังเผยแพร่${which}…` : `กำลังถอนการเผยแพร่${which}…`);
  try {
    await api(publish ? 'POST' : 'DELETE', KINDS[s.kind].publication(s.fy, g));
    await refresh(s);
    setText(s.status, '');
    // the row was drawn again: focus on its button (now the other way), not on <body> (WCAG 2.4.3)
    focusAfterRedraw(s.ol.querySelector<HTMLElement>(`li[data-generation="${g}"] .actions button`));
    announce(publish ? `เผยแพร่${which} แล้ว ที่ ${slotOf(s.list, listed).publicUrl}` : `ถอนการเผยแพร่${which} แล้ว`);
  } catch (error) {
    // 409 (another publish at the same time, or not the published one), 503: the API's Thai words
    setText(s.status, messageOf(error));
    button.disabled = false;
    focusIfLost(button);
  }
}

/** The signed copy's routes of a generation: …/{generation}/signed-copy(-upload). */
const signedPath = (s: ScreenState, g: number, upload = false) =>
  KINDS[s.kind].publication(s.fy, g).replace(/publish$/, upload ? 'signed-copy-upload' : 'signed-copy');

/**
 * ฉบับลงนาม: the printed, signed and scanned document (a PDF) attached to a ready generation. Said for
 * everyone who sees the generation; coordinators attach, replace and remove it. Published, the
 * public PDF is the signed copy; changed after publishing, the row offers to publish it again.
 */
function signedSection(s: ScreenState, g: Listed, open: (e: Event) => void, problem: HTMLElement): HTMLElement | false {
  if (g.status !== 'ready') return false;
  const copy = g.signedCopy;
  const publisher = mayPublishDocuments(s.me);
  if (!copy && !publisher) return false;
  // role status (polite), not aria-live: the screen's own status line is the one p[aria-live]
  const status = h('p', { class: 'hint', role: 'status' });
  const fail = (error: unknown) => {
    status.classList.add('field-error');
    const fields = error instanceof ApiError ? error.fields.map((f) => f.message_th) : [];
    setText(status, [messageOf(error), ...fields].filter((t, i, all) => all.indexOf(t) === i).join(' '));
  };
  const done = async (said: string) => {
    await refresh(s);
    announce(said);
    focusAfterRedraw(s.ol.querySelector<HTMLElement>(`li[data-generation="${g.generation}"] .signed-copy h4`));
  };
  const id = nextId('signed');
  const input: HTMLInputElement = h('input', { type: 'file', id, class: 'file-input', accept: '.pdf,application/pdf' });
  input.onchange = async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    status.classList.remove('field-error');
    if (file.size === 0 || file.size > MAX_EVIDENCE_BYTES) {
      fail(new Error(`ไฟล์ ${file.name} ต้องไม่ว่างและไม่เกิน ${megabytesTh(MAX_EVIDENCE_BYTES)} เมกะไบต์`));
      return;
    }
    try {
      setText(status, `กำลังส่งไฟล์ ${file.name}…`);
      const target = await api<PlanUpload>('POST', signedPath(s, g.generation, true), { size: file.size });
      await uploadFile(target.uploadUrl, target.headers, file, (f) =>
        setText(status, `กำลังส่งไฟล์ ${file.name} ${toThaiDigits(Math.round(f * 100))}%`),
      );
      await api('PUT', signedPath(s, g.generation), { uploadId: target.uploadId });
      await done(`แนบฉบับลงนามของ${named(s, g)} แล้ว`);
    } catch (error) {
      fail(error);
    }
  };
  const remove: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'danger',
      onclick: async () => {
        if (!window.confirm(`นำฉบับลงนามออกจาก${named(s, g)} หรือไม่ เมื่อเผยแพร่อีกครั้ง ที่อยู่ PDF จะแสดงไฟล์ที่ระบบจัดทำ`)) return;
        remove.disabled = true;
        try {
          await api('DELETE', signedPath(s, g.generation));
          await done(`นำฉบับลงนามออกจาก${named(s, g)} แล้ว`);
        } catch (error) {
          fail(error);
          remove.disabled = false;
        }
      },
    },
    'นำฉบับลงนามออก',
  );
  // published, and the public PDF is not this signed copy (attached, replaced or removed since)
  const stale = g.published && g.published.signedSha256 !== copy?.sha256;
  const again: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      onclick: async () => {
        again.disabled = true;
        setText(status, `กำลังเผยแพร่${named(s, g)} อีกครั้ง…`);
        try {
          await api('POST', KINDS[s.kind].publication(s.fy, g.generation));
          await done(`เผยแพร่${named(s, g)} อีกครั้งแล้ว`);
        } catch (error) {
          fail(error);
          again.disabled = false;
        }
      },
    },
    `เผยแพร่${n(g.generation)} อีกครั้ง`,
  );
  return h(
    'div',
    { class: 'signed-copy', 'data-signed': copy ? 'true' : 'false' },
    h('h4', { tabindex: '-1' }, 'ฉบับลงนาม'),
    copy
      ? h(
          'p',
          {},
          h(
            'a',
            { href: `#download-${g.generation}-signed.pdf`, 'data-file': 'signed.pdf', onclick: open },
            'ดาวน์โหลดฉบับลงนาม PDF',
          ),
          h(
            'span',
            { class: 'hint' },
            ` ${thaiFileSize(copy.size)} แนบเมื่อ ${formatThaiDateTime(new Date(copy.attachedAt))}`,
          ),
          problem,
        )
      : h('p', { class: 'hint' }, 'ยังไม่ได้แนบฉบับลงนาม'),
    publisher &&
      h(
        'p',
        { class: 'hint' },
        `พิมพ์เอกสารเพื่อลงนาม แล้วสแกนฉบับที่ลงนามแล้วเป็นไฟล์ PDF ไม่เกิน ${megabytesTh(MAX_EVIDENCE_BYTES)} เมกะไบต์ เมื่อเผยแพร่ ที่อยู่ PDF จะแสดงฉบับลงนาม ส่วนไฟล์ Word ยังเป็นฉบับที่ระบบจัดทำ (ค้นหาข้อความได้)`,
      ),
    stale &&
      h(
        'p',
        { class: 'stale' },
        copy
          ? 'ที่อยู่สาธารณะยังไม่แสดงฉบับลงนามนี้ กดเผยแพร่อีกครั้งเพื่อให้แสดง'
          : 'ที่อยู่สาธารณะยังแสดงฉบับลงนามที่นำออกแล้ว กดเผยแพร่อีกครั้งเพื่อแสดงไฟล์ที่ระบบจัดทำ',
      ),
    publisher &&
      h(
        'div',
        { class: 'actions' },
        input,
        h('label', { for: id, class: 'file-button' }, copy ? 'แนบฉบับลงนามใหม่แทน' : 'แนบฉบับลงนาม (PDF)'),
        copy && ' ',
        copy && remove,
        stale && ' ',
        stale && again,
      ),
    status,
  );
}

function generationItem(s: ScreenState, g: Listed): HTMLElement {
  const spec = KINDS[s.kind];
  const files = (g.files ?? []).filter((f) => spec.files[f.name]);
  // A new tab, so the page stays open (PDFs open in the browser's viewer, the rest download). It is
  // opened on the tap itself and sent to the file once the API answers: a tab opened after an await
  // is blocked by iOS Safari and popup blockers (as evidence files were, tester s41b F3). A failure
  // closes it and is said at the file's row, in sight.
  const label = (name: string) => spec.files[name] ?? 'ฉบับลงนาม PDF';
  const download = async (event: Event, name: string, problem: HTMLElement) => {
    event.preventDefault();
    setText(problem, '');
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const link = await api<Download>('GET', spec.file(s.fy, g.generation, name));
      if (tab) tab.location.href = link.url;
      else location.assign(link.url); // blocked even so: the file in this tab (back returns)
    } catch (error) {
      tab?.close();
      setText(problem, `เปิด${label(name)} ไม่ได้: ${messageOf(error)}`);
    }
  };
  const publisher = mayPublishDocuments(s.me) && g.status === 'ready';
  const which = reportOf(s.kind, g, s.fy);
  const signedProblem = h('span', { class: 'field-error open-error', role: 'alert' });
  const button: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: g.published ? 'danger' : '',
      onclick: () => void changePublication(s, g.generation, !g.published, button),
    },
    g.published ? `ถอนการเผยแพร่${n(g.generation)}` : `เผยแพร่${n(g.generation)}`,
  );
  return h(
    'li',
    { class: 'generation', 'data-generation': g.generation, 'data-published': g.published ? 'true' : undefined },
    h(
      'h3',
      {},
      n(g.generation),
      which && ' ',
      which && h('span', { class: 'scope' }, which),
      g.published && ' ',
      g.published && h('span', { class: 'badge badge-accepted' }, 'เผยแพร่อยู่'),
    ),
    h('p', { class: g.status === 'failed' ? 'error' : 'hint', 'data-state': g.status }, stateText(g)),
    g.published && h('p', { class: 'published-by' }, publishedText(g.published)),
    h(
      'ul',
      { class: 'downloads' },
      files.map((f) => {
        const problem = h('span', { class: 'field-error open-error', role: 'alert' });
        return h(
          'li',
          { class: 'file-open' },
          h(
            'a',
            {
              href: `#download-${g.generation}-${f.name}`,
              'data-file': f.name,
              onclick: (e: Event) => void download(e, f.name, problem),
            },
            `ดาวน์โหลด${spec.files[f.name]}`,
          ),
          h('span', { class: 'hint' }, ` ${thaiFileSize(f.size)}`),
          problem,
        );
      }),
    ),
    signedSection(s, g, (e) => void download(e, 'signed.pdf', signedProblem), signedProblem),
    publisher && h('div', { class: 'actions' }, button),
  );
}

/** Draw `g`'s row: in place of its old row, or where its number puts it (newest first). */
function showRow(s: ScreenState, g: Listed): void {
  const row = generationItem(s, g);
  const rows = [...s.ol.children] as HTMLElement[];
  const old = rows.find((r) => Number(r.dataset.generation) === g.generation);
  if (old) old.replaceWith(row);
  else s.ol.insertBefore(row, rows.find((r) => Number(r.dataset.generation) < g.generation) ?? null);
  s.shown.set(g.generation, g);
  s.empty.hidden = true;
}

/**
 * Read the list again and change only what changed: rows whose state or publication changed are
 * drawn again, new generations are added on top, the addresses follow the publication. The pages
 * the person opened ("แสดงฉบับก่อนหน้า"), where they are on the screen and the status line stay
 * (session 29 leftover: each poll drew the screen again, back on the first page). A pending
 * generation shown on an older page is read from the pages after the first until it is found.
 */
async function refresh(s: ScreenState): Promise<void> {
  const spec = KINDS[s.kind];
  const first = await api<Generations>('GET', spec.list(s.fy));
  const read = new Map(first.items.map((g) => [g.generation, g]));
  const unread = () => [...s.shown.values()].some((g) => g.status === 'pending' && !read.has(g.generation));
  for (let cursor = first.cursor; cursor && unread();) {
    const page = await api<Generations>('GET', spec.list(s.fy, cursor));
    for (const g of page.items) read.set(g.generation, g);
    cursor = page.cursor;
  }
  s.list = first;
  const publication = addresses(first, s.kind, s.fy);
  s.publication.replaceWith(publication);
  s.publication = publication;
  const finished: Listed[] = [];
  // the newest page is always shown; rows of older pages not read again follow the publication
  const latest = [
    ...first.items,
    ...[...s.shown.values()].filter((g) => !first.items.some((f) => f.generation === g.generation)),
  ];
  for (const shown of latest) {
    const { published: _was, ...rest } = read.get(shown.generation) ?? shown;
    const mark = [first.published, first.publishedHalfYear].find((p) => p?.generation === shown.generation);
    const g: Listed = mark ? { ...rest, published: mark } : rest;
    const before = s.shown.get(g.generation);
    if (before && JSON.stringify(before) === JSON.stringify(g)) continue;
    if (before?.status === 'pending' && g.status !== 'pending') finished.push(g);
    showRow(s, g);
  }
  for (const g of finished)
    announce(g.status === 'ready' ? `${named(s, g)} จัดทำเสร็จแล้ว ดาวน์โหลดได้` : `${named(s, g)} จัดทำไม่สำเร็จ`);
  pollWhilePending(s);
  void noteStale(s);
}

/** While a shown generation is pending, read the list again every POLL_MS (one poll at a time). */
function pollWhilePending(s: ScreenState): void {
  if (s.polling || ![...s.shown.values()].some((g) => g.status === 'pending')) return;
  s.polling = true;
  const hash = location.hash;
  setTimeout(() => {
    s.polling = false;
    // only while this screen is still the one shown
    if (s.ol.isConnected && location.hash === hash) refresh(s).catch((error: unknown) => announce(messageOf(error)));
  }, POLL_MS);
}

/**
 * The screen of `kind`'s generations for `fy`: the newest 20, older ones on request. While a
 * generation is pending the list is read again in place (refresh). Buttons follow the API's rules
 * (caller.ts).
 */
export async function documentsScreen(main: HTMLElement, me: Me, fy: number, kind: DocumentKind): Promise<void> {
  const spec = KINDS[kind];
  const list = await api<Generations>('GET', spec.list(fy));
  const state: ScreenState = {
    main,
    me,
    fy,
    kind,
    list,
    status: h('p', { class: 'hint', 'aria-live': 'polite' }),
    ol: h('ol', { class: 'generations', reversed: true }),
    shown: new Map(),
    publication: addresses(list, kind, fy),
    empty: h('p', { class: 'empty' }, spec.empty),
    polling: false,
  };
  const { status } = state;
  for (const g of list.items) showRow(state, g);
  let cursor = list.cursor;
  /** whether an earlier generation may exist: the API says more follow, and ฉบับที่ ๑ (the first, numbers never reused) is not shown */
  const earlierMayExist = () => cursor !== undefined && !state.shown.has(1);
  const older: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'more',
      onclick: async () => {
        older.disabled = true;
        try {
          const page = await api<Generations>('GET', spec.list(fy, cursor));
          const unseen = page.items.filter((g) => !state.shown.has(g.generation));
          for (const g of page.items) showRow(state, g);
          cursor = page.cursor;
          older.hidden = !earlierMayExist();
          pollWhilePending(state);
          // the button, disabled while reading and maybe hidden now, had the focus: to the first row read (WCAG 2.4.3)
          const first = unseen[0] && state.ol.querySelector(`li[data-generation="${unseen[0].generation}"] h3`);
          focusAfterRedraw(first as HTMLElement | null | undefined);
        } catch (error) {
          setText(status, messageOf(error));
        }
        older.disabled = false;
        focusIfLost(older);
      },
    },
    'แสดงฉบับก่อนหน้า',
  );
  older.hidden = !earlierMayExist();
  // the plan document: "ประกาศ ณ วันที่ …" printed with this day; left empty, dotted to write in by hand
  const announcedOn: HTMLInputElement | undefined =
    kind === 'plan-document'
      ? h('input', { type: 'date', id: 'announced-on', 'aria-describedby': 'err-announced-on' })
      : undefined;
  // its message at the field (re-check s48 #2: a 400 said only "…ตรวจสอบช่องที่ระบุ", no field marked)
  const dayError = h('span', { class: 'field-error', id: 'err-announced-on' });
  const dayProblem = (message = '') => {
    setText(dayError, message);
    if (message) announcedOn?.setAttribute('aria-invalid', 'true');
    else announcedOn?.removeAttribute('aria-invalid');
  };
  // a day after today: accepted (announced ahead, signed that day), said beside the field (s48 P3)
  const dayNote = h('span', { class: 'field-warning', id: 'note-announced-on', 'aria-live': 'polite' });
  const noteDay = () => {
    const note = announcedOn ? futureAnnouncementNote(announcedOn.value, me.today, fy) : '';
    setText(dayNote, note);
    announcedOn?.setAttribute('aria-describedby', note ? 'err-announced-on note-announced-on' : 'err-announced-on');
  };
  announcedOn?.addEventListener('input', noteDay);
  announcedOn?.addEventListener('change', noteDay);
  // a results report of a year not begun (next year's plan imported in September): said first, not asked of the API (s56)
  const notYet = kind === 'annual-report' ? resultsReportNotYetNote(me.today, fy) : '';
  /** A button asking for a new generation: the year's, or the results report's รอบ ๖ เดือน (scope=half-year). */
  const generateButton = (label: string, half: boolean) => {
    const button: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: half ? '' : 'primary',
        onclick: async () => {
          dayProblem();
          // a day partly typed reads as empty: not the dotted blanks the coordinator did not ask for
          if (!half && announcedOn?.validity.badInput) {
            dayProblem('วันที่ประกาศยังไม่ครบ กรุณากรอกวัน เดือน และปีให้ครบ หรือลบออกเพื่อเขียนวันที่ด้วยมือ');
            announcedOn.focus();
            return;
          }
          if (notYet) {
            setText(status, notYet);
            return;
          }
          button.disabled = true;
          // a results report made while work is in its grace: asked first (tester s48)
          const grace = kind === 'annual-report' ? await backReporting(state, half) : '';
          if (grace && !window.confirm(`${grace}\nจัดทำรายงานตอนนี้หรือไม่`)) {
            button.disabled = false;
            focusIfLost(button);
            return;
          }
          setText(status, 'กำลังสั่งจัดทำ…');
          try {
            // the plan document's announcement day, when the coordinator gave one (else dotted, by hand)
            const day = announcedOn?.value;
            const query = half ? '?scope=half-year' : day ? `?announcedOn=${encodeURIComponent(day)}` : '';
            const started = await api<Generation>('POST', spec.list(fy) + query);
            await refresh(state);
            setText(status, '');
            announce(`เริ่มจัดทำ${documentName(kind, started, fy)} ${n(started.generation)} แล้ว`);
          } catch (error) {
            // 429 after the day's limit: the API's Thai words say to use a generation made or retry tomorrow
            setText(status, messageOf(error));
            const field = error instanceof ApiError && error.fields.find((f) => f.path === 'query.announcedOn');
            if (field) dayProblem(field.message_th);
          }
          button.disabled = false;
          // disabled while asked, the button lost the focus to <body>: back to it (WCAG 2.4.3)
          focusIfLost(button);
        },
      },
      label,
    );
    return button;
  };
  const generate = generateButton(spec.generate, false);
  replaceContent(
    main,
    h('h1', {}, `${spec.heading} ปีงบประมาณ ${toThaiDigits(fy)}`),
    mayReadDocumentsHistory(me) &&
      h('p', { class: 'sub' }, h('a', { href: href.documentsHistory(fy, kind) }, 'ประวัติเอกสาร')),
    h(
      'p',
      {},
      `แต่ละฉบับเก็บไว้ถาวร ไม่ถูกเขียนทับ สั่งจัดทำใหม่ได้วันละไม่เกิน ${toThaiDigits(DAILY_GENERATION_LIMIT)} ครั้ง เมื่อมีข้อมูลเพิ่มเติม`,
    ),
    mayGenerateDocuments(me) &&
      h(
        'div',
        { class: 'actions' },
        announcedOn && h('label', { for: 'announced-on' }, 'วันที่ประกาศ (เว้นว่าง: เขียนวันที่ด้วยมือ) '),
        announcedOn,
        announcedOn && ' ',
        announcedOn && dayError,
        announcedOn && ' ',
        announcedOn && dayNote,
        announcedOn && ' ',
        generate,
        spec.generateHalfYear && ' ',
        spec.generateHalfYear && generateButton(spec.generateHalfYear, true),
      ),
    mayGenerateDocuments(me) && notYet && h('p', { class: 'hint', 'data-note': 'year-not-begun' }, notYet),
    status,
    state.publication,
    state.empty,
    state.ol,
    older,
  );
  state.empty.hidden = list.items.length > 0;
  pollWhilePending(state);
  void noteStale(state);
}

/**
 * ประวัติเอกสาร: who generated, published and withdrew which generation of the year's two documents,
 * newest first, 20 at a time (the API's documents audit, read by audit-trail.ts). For those the API
 * lets read it (caller.ts); anyone else is told so and nothing is asked of the API. `kind`: the
 * documents screen it was reached from, to go back to.
 */
export async function documentsHistoryScreen(main: HTMLElement, me: Me, fy: number, kind: DocumentKind): Promise<void> {
  const back = h(
    'p',
    { class: 'back' },
    h('a', { href: kind === 'annual-report' ? href.annualReport(fy) : href.planDocument(fy) }, '‹ กลับ'),
  );
  const heading = h('h1', {}, `ประวัติเอกสาร ปีงบประมาณ ${toThaiDigits(fy)}`);
  // for the whole-org readers only: the page opens it by screen-access.ts
  replaceContent(
    main,
    back,
    heading,
    h(
      'p',
      { class: 'hint' },
      `${DOCUMENT_NAMES['annual-report'].th}และ${DOCUMENT_NAMES['plan-document'].th}ของปีนี้ ล่าสุดอยู่บนสุด`,
    ),
    await auditTrail(apiPath('/v1/fiscal-years/{fy}/documents/audit', { fy }), 'การจัดทำ เผยแพร่ และถอนการเผยแพร่'),
  );
}
