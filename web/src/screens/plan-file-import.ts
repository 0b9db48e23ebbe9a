// นำเข้าจากไฟล์: the coordinator's own plan file (.docx, .xlsx, .pdf with text, .txt) read by the API
// (POST /plan-imports, nothing saved) into a draft to check and fix before saving.
import { api, ApiError, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { PlanPreview } from '../api-types.js';
import { h, nextId } from '../dom.js';
import { toThaiDigits } from '../thai.js';

/** 5 MB, as the API reads at most (shared/import/plan-file.ts MAX_PLAN_FILE_BYTES). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.docx,.xlsx,.pdf,.txt,.tsv';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file chooser that sends the chosen file for a preview and hands the answer to `onPreview`. */
export function planFileImport(fy: number, onPreview: (preview: PlanPreview, fileName: string) => void): HTMLElement {
  const id = nextId('plan-file');
  const status = h('p', { class: 'hint', id: `${id}-status`, 'aria-live': 'polite' });
  const input = h('input', {
    type: 'file',
    id,
    class: 'file-input',
    accept: ACCEPT,
    'aria-describedby': `${id}-hint ${id}-status`,
  });
  input.onchange = async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    status.classList.remove('field-error');
    if (file.size > MAX_FILE_BYTES || file.size === 0) {
      status.classList.add('field-error');
      status.textContent = `ไฟล์ ${file.name} มีขนาด ${toThaiDigits((file.size / 1024 / 1024).toFixed(1))} เมกะไบต์: ต้องไม่ว่างและไม่เกิน ๕ เมกะไบต์`;
      return;
    }
    status.textContent = `กำลังอ่านไฟล์ ${file.name}…`;
    try {
      const preview = await api<PlanPreview>('POST', apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }), {
        fileName: file.name,
        contentType: file.type,
        contentBase64: base64Of(new Uint8Array(await file.arrayBuffer())),
      });
      status.textContent = '';
      onPreview(preview, file.name);
    } catch (error) {
      status.classList.add('field-error');
      const fields = error instanceof ApiError ? error.fields.map((f) => f.message_th) : [];
      status.textContent = [`อ่านไฟล์ ${file.name} ไม่ได้: ${messageOf(error)}`, ...fields].join(' ');
    }
  };
  return h(
    'div',
    { class: 'plan-file-import' },
    input,
    h('label', { for: id, class: 'file-button' }, 'นำเข้าจากไฟล์แผนมาตรการ'),
    h(
      'p',
      { class: 'hint', id: `${id}-hint` },
      'ไฟล์ Word (.docx), Excel (.xlsx), PDF ที่มีข้อความ หรือข้อความ (.txt) ไม่เกิน ๕ เมกะไบต์: ระบบจะแสดงให้ตรวจก่อน ยังไม่บันทึกจนกว่าจะกดบันทึก',
    ),
    status,
  );
}
