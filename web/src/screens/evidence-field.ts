// Evidence on the report form: uploaded files (with progress) and links, each with a title.
import { api, ApiError, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { EvidenceUpload } from '../api-types.js';
import { h, replaceContent } from '../dom.js';
import { toThaiDigits } from '../thai.js';
import { uploadFile } from '../upload-file.js';

export type EvidenceItem = { url: string; title: string } | { key: string; title: string };

export interface EvidenceField {
  element: HTMLElement;
  value(): EvidenceItem[];
  pendingUploads(): number;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

export function evidenceField(options: {
  fy: number;
  obligationId: string;
  name: string;
  title: string;
  initial: EvidenceItem[];
  onChange: () => void;
}): EvidenceField {
  const items = [...options.initial];
  let pending = 0;
  const list = h('ul', { class: 'evidence-list', 'aria-label': 'หลักฐานที่แนบแล้ว' });
  const uploads = h('div', { class: 'uploads', 'aria-live': 'polite' });
  const uploadError = h('p', { class: 'field-error', id: 'err-evidence-file' });

  const renderList = () => {
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
                renderList();
              },
            },
            'นำออก',
          ),
        ),
      ),
    );
  };

  const upload = async (file: File) => {
    const progress = h('progress', { max: 100, value: 0, 'aria-label': `อัปโหลด ${file.name}` });
    const label = h('span', {}, `กำลังอัปโหลด ${file.name}`);
    const row = h('div', { class: 'upload-row' }, label, progress);
    uploads.append(row);
    pending++;
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
        label.textContent = `กำลังอัปโหลด ${file.name} ${toThaiDigits(Math.round(f * 100))}%`;
      });
      items.push({ key: target.key, title: file.name });
      renderList();
      row.remove();
    } catch (error) {
      row.remove();
      const reasons =
        error instanceof ApiError && error.fields.length ? error.fields.map((f) => f.message_th) : [messageOf(error)];
      uploadError.append(h('span', {}, `${file.name}: ${reasons.join(' ')}`));
    } finally {
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
    'aria-describedby': 'hint-evidence-file err-evidence-file',
    onchange: () => {
      uploadError.replaceChildren();
      for (const file of fileInput.files ?? []) void upload(file);
      fileInput.value = '';
    },
  });
  const linkTitle = h('input', { type: 'text', id: 'f-evidence-link-title', maxlength: 300 });
  const linkUrl = h('input', { type: 'url', id: 'f-evidence-link-url', inputmode: 'url', placeholder: 'https://' });
  const addLink = () => {
    if (!linkUrl.value.trim()) return linkUrl.focus();
    items.push({ url: linkUrl.value.trim(), title: linkTitle.value.trim() || linkUrl.value.trim() });
    linkUrl.value = '';
    linkTitle.value = '';
    renderList();
  };
  renderList();
  const element = h(
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
    ),
    h(
      'div',
      { class: 'sub-field link-row' },
      h('label', { for: 'f-evidence-link-url' }, 'หรือเพิ่มลิงก์หลักฐาน'),
      linkUrl,
      h('label', { for: 'f-evidence-link-title' }, 'ชื่อลิงก์'),
      linkTitle,
      h('button', { type: 'button', onclick: addLink }, 'เพิ่มลิงก์'),
    ),
    h('p', { class: 'field-error', 'data-error-for': options.name, id: `err-${options.name}` }),
  );
  return { element, value: () => [...items], pendingUploads: () => pending };
}
