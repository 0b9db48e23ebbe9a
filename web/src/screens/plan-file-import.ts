// นำเข้าจากไฟล์: the coordinator's own plan file (.docx, .xlsx, .pdf with text, .txt) uploaded to S3
// through a presigned PUT (POST /plan-import-uploads), then read by the API (POST /plan-imports with
// its uploadId, nothing saved) into a draft to check and fix before saving. Every file goes this way,
// whatever its size: one path, and no base64 copy of the file in the page (docs/api.md).
import { DOCX_TYPE, XLSX_TYPE } from '../../../shared/domain/content-types.js';
import { api, ApiError, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { MAX_PLAN_FILE_BYTES, megabytesTh, type PlanUploadType } from '../../../shared/domain/plan-upload-rules.js';
import type { PlanPreview, PlanUpload } from '../api-types.js';
import { h, nextId, setText } from '../dom.js';
import { toThaiDigits } from '../thai.js';
import { uploadFile } from '../upload-file.js';

const ACCEPT = '.docx,.xlsx,.pdf,.txt,.tsv,.csv';

/** The content type announced for the upload, by extension (browsers often give .tsv or .docx none). */
function uploadType(name: string): PlanUploadType {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'docx') return DOCX_TYPE;
  if (ext === 'xlsx') return XLSX_TYPE;
  if (ext === 'pdf') return 'application/pdf';
  if (ext === 'txt' || ext === 'csv') return 'text/plain'; // a CSV is read as text: the content decides
  if (ext === 'tsv') return 'text/tab-separated-values';
  return 'application/octet-stream';
}

/**
 * A file chooser that sends the chosen file for a preview and hands the answer to `onPreview`;
 * `pending`, a file chosen on another year's screen (S13-8: "import as that year's plan"), or an
 * earlier year's file to read again as this year's model (`moveEarlierYears`), is sent at once.
 */
export function planFileImport(
  fy: number,
  onPreview: (preview: PlanPreview, fileName: string, file: File) => void,
  pending?: { file: File; moveEarlierYears?: true },
): HTMLElement {
  const id = nextId('plan-file');
  const status = h('p', { class: 'hint', id: `${id}-status`, 'aria-live': 'polite' });
  const input = h('input', {
    type: 'file',
    id,
    class: 'file-input',
    accept: ACCEPT,
    'aria-describedby': `${id}-hint ${id}-status`,
  });
  input.onchange = () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void read(file, false);
  };
  const read = async (file: File, moveEarlierYears: boolean) => {
    status.classList.remove('field-error');
    if (file.size > MAX_PLAN_FILE_BYTES || file.size === 0) {
      status.classList.add('field-error');
      setText(
        status,
        `ไฟล์ ${file.name} มีขนาด ${toThaiDigits((file.size / 1024 / 1024).toFixed(1))} เมกะไบต์: ต้องไม่ว่างและไม่เกิน ${megabytesTh(MAX_PLAN_FILE_BYTES)} เมกะไบต์`,
      );
      return;
    }
    setText(status, `กำลังส่งไฟล์ ${file.name}…`);
    try {
      const contentType = uploadType(file.name);
      const target = await api<PlanUpload>('POST', apiPath('/v1/fiscal-years/{fy}/plan-import-uploads', { fy }), {
        fileName: file.name,
        contentType,
        size: file.size,
      });
      await uploadFile(target.uploadUrl, target.headers, file, (f) => {
        setText(status, `กำลังส่งไฟล์ ${file.name} ${toThaiDigits(Math.round(f * 100))}%`);
      });
      setText(status, `กำลังอ่านไฟล์ ${file.name}…`);
      const preview = await api<PlanPreview>('POST', apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }), {
        fileName: file.name,
        contentType,
        uploadId: target.uploadId,
        ...(moveEarlierYears ? { moveEarlierYears: true } : {}),
      });
      setText(status, '');
      onPreview(preview, file.name, file);
    } catch (error) {
      status.classList.add('field-error');
      const fields = error instanceof ApiError ? error.fields.map((f) => f.message_th) : [];
      setText(status, [`อ่านไฟล์ ${file.name} ไม่ได้: ${messageOf(error)}`, ...fields].join(' '));
    }
  };
  if (pending) void read(pending.file, pending.moveEarlierYears === true);
  return h(
    'div',
    { class: 'plan-file-import' },
    input,
    h('label', { for: id, class: 'file-button' }, 'นำเข้าจากไฟล์แผนมาตรการ'),
    h(
      'p',
      { class: 'hint', id: `${id}-hint` },
      `ไฟล์ Word (.docx), Excel (.xlsx), PDF ที่มีข้อความ หรือข้อความ (.txt, .csv) ไม่เกิน ${megabytesTh(MAX_PLAN_FILE_BYTES)} เมกะไบต์: ระบบจะแสดงให้ตรวจก่อน ยังไม่บันทึกจนกว่าจะกดบันทึก`,
    ),
    status,
  );
}
