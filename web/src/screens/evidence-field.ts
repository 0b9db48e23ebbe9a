// Evidence on the report form: uploaded files (with progress) and links, each with a title.
import { api, ApiError, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { EvidenceUpload } from '../api-types.js';
import { announce, h, replaceContent, setText } from '../dom.js';
import { KEPT_STATE } from '../leave-guard.js';
import { toThaiDigits } from '../thai.js';
import { lengthCounter } from '../length-counter.js';
import { uploadFile } from '../upload-file.js';

export type EvidenceItem = { url: string; title: string } | { key: string; title: string };

export interface EvidenceField {
  element: HTMLElement;
  value(): EvidenceItem[];
  /**
   * Adds the link typed but not yet added (เพิ่มลิงก์ not pressed), checked as that button checks
   * it; returns the Thai reason it cannot be added (and keeps it typed), or undefined.
   */
  addTypedLink(): string | undefined;
  pendingUploads(): number;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';
/** The link box's name for error messages (data-field, data-error-for): not a body field. */
export const LINK_FIELD = 'evidence-link';
/** What the API takes for a link (EvidenceLink, shared/domain/report.ts). */
const MAX_URL_LENGTH = 2000;
const MAX_TITLE_LENGTH = 300;

/**
 * A file as the device has it: the same name, size and time last changed is the same file chosen
 * again. Phone photos share a name ("image.jpg"), not all three.
 */
const fileIdentity = (file: File) => `${file.name}\n${file.size}\n${file.lastModified}`;

/** Why the API would refuse `url` as an evidence link, in Thai; undefined when it would take it. */
export function linkProblem(url: string): string | undefined {
  if (url.length > MAX_URL_LENGTH)
    return `ลิงก์ยาวเกิน ${toThaiDigits(MAX_URL_LENGTH.toLocaleString('en-US'))} ตัวอักษร กรุณาใช้ลิงก์ที่สั้นกว่านี้`;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname) return undefined;
  const example = /^[a-z][a-z0-9+.-]*:/i.test(url) ? 'https://www.example.go.th/report.pdf' : `https://${url}`;
  return `ลิงก์หลักฐานต้องขึ้นต้นด้วย https:// หรือ http:// เช่น ${example}`;
}

/** The evidence items of a kept state (JSON), those of a known shape only. */
function keptItems(json: string | null): EvidenceItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((it: Record<string, unknown>): EvidenceItem[] =>
    typeof it?.title !== 'string'
      ? []
      : typeof it.key === 'string'
        ? [{ key: it.key, title: it.title }]
        : typeof it.url === 'string'
          ? [{ url: it.url, title: it.title }]
          : [],
  );
}

export function evidenceField(options: {
  fy: number;
  obligationId: string;
  name: string;
  title: string;
  initial: EvidenceItem[];
  onChange: () => void;
}): EvidenceField {
  const items = [...options.initial];
  /** the files this form attached, by item, and those on their way: a file chosen again is skipped */
  const attached = new Map<EvidenceItem, string>();
  const uploading = new Set<string>();
  let pending = 0;
  const list = h('ul', { class: 'evidence-list', 'aria-label': 'หลักฐานที่แนบแล้ว' });
  const uploads = h('div', { class: 'uploads', 'aria-live': 'polite' });
  const uploadError = h('p', { class: 'field-error', id: 'err-evidence-file' });
  const uploadNote = h('p', { class: 'field-warning', id: 'note-evidence-file', 'aria-live': 'polite' });

  const renderList = () => {
    // kept over an expired session with the typed fields (leave-guard.ts); a file still uploading is not
    element.setAttribute(KEPT_STATE, JSON.stringify(items));
    replaceContent(
      list,
      items.length === 0 && h('li', { class: 'empty' }, 'ยังไม่มีหลักฐาน'),
      items.map((item, i) =>
        h(
          'li',
          {},
          h('span', { class: 'evidence-kind' }, 'key' in item ? 'ไฟล์' : 'ลิงก์'),
          h('span', { class: 'evidence-title' }, item.title),
          'url' in item && h('span', { class: 'evidence-url' }, item.url),
          h(
            'button',
            {
              type: 'button',
              class: 'quiet',
              'aria-label': `นำ "${item.title}" ออก`,
              onclick: () => {
                items.splice(i, 1);
                attached.delete(item);
                renderList();
                // the button pressed is gone: focus goes to the next one, else the one before, else
                // the file button, never to the page's <body> (WCAG 2.4.3)
                const buttons = list.querySelectorAll('button');
                (buttons[i] ?? buttons[i - 1] ?? fileInput).focus();
                announce(`นำ "${item.title}" ออกแล้ว`);
              },
            },
            'นำออก',
          ),
        ),
      ),
    );
  };

  const upload = async (file: File, identity: string) => {
    const progress = h('progress', { max: 100, value: 0, 'aria-label': `อัปโหลด ${file.name}` });
    const label = h('span', {}, `กำลังอัปโหลด ${file.name}`);
    const row = h('div', { class: 'upload-row' }, label, progress);
    uploads.append(row);
    pending++;
    uploading.add(identity);
    options.onChange();
    try {
      const target = await api<EvidenceUpload>('POST', apiPath('/v1/fiscal-years/{fy}/evidence-uploads', options), {
        obligationId: options.obligationId,
        fileName: file.name,
        contentType: file.type || 'application/octet-stream',
        size: file.size,
      });
      await uploadFile(target.uploadUrl, target.headers, file, (f) => {
        progress.value = Math.round(f * 100);
        setText(label, `กำลังอัปโหลด ${file.name} ${toThaiDigits(Math.round(f * 100))}%`);
      });
      const item = { key: target.key, title: file.name };
      items.push(item);
      attached.set(item, identity);
      renderList();
      row.remove();
      announce(`แนบไฟล์ ${file.name} แล้ว`);
    } catch (error) {
      row.remove();
      const reasons =
        error instanceof ApiError && error.fields.length ? error.fields.map((f) => f.message_th) : [messageOf(error)];
      const said = `${file.name}: ${reasons.join(' ')}`;
      uploadError.append(h('span', {}, said));
      announce(said);
    } finally {
      uploading.delete(identity);
      pending--;
      options.onChange();
    }
  };

  const fileInput = h('input', {
    type: 'file',
    id: 'f-evidence-file',
    class: 'file-input',
    accept: ACCEPT,
    multiple: true,
    'aria-describedby': 'hint-evidence-file err-evidence-file note-evidence-file',
    onchange: () => {
      uploadError.replaceChildren();
      uploadNote.replaceChildren();
      const had = new Set([...attached.values(), ...uploading]);
      for (const file of fileInput.files ?? []) {
        const identity = fileIdentity(file);
        if (had.has(identity)) uploadNote.append(h('span', {}, `แนบไฟล์นี้ไว้แล้ว: ${file.name}`));
        else void upload(file, identity);
        had.add(identity);
      }
      fileInput.value = '';
    },
  });
  const linkTitle = h('input', {
    type: 'text',
    id: 'f-evidence-link-title',
    'data-field': 'evidence-link-title',
    'aria-describedby': 'count-evidence-link-title',
  });
  const titleCounter = lengthCounter(linkTitle, MAX_TITLE_LENGTH, 'count-evidence-link-title');
  const linkUrl = h('input', {
    type: 'url',
    id: 'f-evidence-link-url',
    inputmode: 'url',
    placeholder: 'https://',
    'data-field': LINK_FIELD,
    'aria-describedby': `err-${LINK_FIELD}`,
  });
  const linkError = h('p', { class: 'field-error', id: `err-${LINK_FIELD}`, 'data-error-for': LINK_FIELD });
  /** Adds the typed link; the reason it cannot, else undefined. Nothing typed: nothing to add. */
  const takeLink = (): string | undefined => {
    const url = linkUrl.value.trim();
    const title = linkTitle.value.trim();
    if (!url) return title ? `กรุณาใส่ลิงก์ของ "${title}" หรือลบชื่อลิงก์ออก` : undefined;
    const problem = linkProblem(url);
    if (problem) return problem;
    items.push({ url, title: title || url });
    linkUrl.value = '';
    linkTitle.value = '';
    linkTitle.dispatchEvent(new Event('input'));
    renderList();
    return undefined;
  };
  const addLink = () => {
    linkError.replaceChildren();
    linkUrl.removeAttribute('aria-invalid');
    if (!linkUrl.value.trim() && !linkTitle.value.trim()) return linkUrl.focus();
    const added = linkTitle.value.trim() || linkUrl.value.trim();
    const problem = takeLink();
    if (!problem) return announce(`เพิ่มลิงก์ "${added}" แล้ว`);
    linkError.append(h('span', {}, problem));
    linkUrl.setAttribute('aria-invalid', 'true');
    linkUrl.focus();
  };
  const element: HTMLElement = h(
    'fieldset',
    { class: 'field evidence', id: `f-${options.name}`, 'data-field': options.name, tabindex: -1 },
    h('legend', {}, options.title),
    list,
    h(
      'div',
      { class: 'sub-field' },
      // the browser's own file button speaks the browser's language; this label is the Thai button
      fileInput,
      h('label', { for: 'f-evidence-file', class: 'file-button' }, 'แนบไฟล์หลักฐาน…'),
      h('p', { class: 'hint', id: 'hint-evidence-file' }, 'PDF, JPG, PNG, DOCX หรือ XLSX ขนาดไม่เกิน ๑๐ MB ต่อไฟล์'),
      uploads,
      uploadError,
      uploadNote,
    ),
    h(
      'div',
      { class: 'sub-field link-row' },
      h('label', { for: 'f-evidence-link-url' }, 'หรือเพิ่มลิงก์หลักฐาน'),
      linkUrl,
      linkError,
      h('label', { for: 'f-evidence-link-title' }, 'ชื่อลิงก์'),
      linkTitle,
      titleCounter,
      h('button', { type: 'button', onclick: addLink }, 'เพิ่มลิงก์'),
    ),
    h('p', { class: 'field-error', 'data-error-for': options.name, id: `err-${options.name}` }),
  );
  // given back after the next sign-in: the files uploaded and links added before the session ran out
  element.addEventListener('kept-state', () => {
    items.splice(0, items.length, ...keptItems(element.getAttribute(KEPT_STATE)));
    attached.clear();
    renderList();
    options.onChange();
  });
  renderList();
  return { element, value: () => [...items], addTypedLink: takeLink, pendingUploads: () => pending };
}
