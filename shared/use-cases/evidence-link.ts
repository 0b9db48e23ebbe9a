// "Open this evidence file": a short-lived download link, only for files the report cites.
import type { Caller } from '../domain/access.js';
import { NotFoundError } from '../domain/errors.js';
import { safeFileName } from '../domain/evidence-rules.js';
import type { Report } from '../domain/report.js';
import type { EvidenceStorage } from '../evidence/evidence-storage.js';
import { assertCanReadObligation, type ObligationToRead } from './obligation-to-read.js';

export const DOWNLOAD_WINDOW_SECONDS = 5 * 60;
const UUID_PREFIX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-/;

export interface EvidenceLinkPorts {
  evidence: EvidenceStorage;
  clock: () => Date;
  /** every version of the obligation's report, oldest first */
  reportVersions: (ref: { orgId: string; fy: number; obligationId: string }) => Promise<Report[]>;
}

/**
 * `{url, expiresAt}` for one uploaded file cited by any version of the report (an old version's
 * file stays readable). Those who may read the report may open it; any other key is 404, so
 * nothing says whether it exists; a cited key with no object (the upload never finished, or the
 * file was deleted) is 404 too, with its own message. The download is named as uploaded (downloadName).
 */
export async function evidenceLink(
  ports: EvidenceLinkPorts,
  caller: Caller,
  obligation: ObligationToRead,
  key: string,
) {
  await assertCanReadObligation(caller, obligation);
  const { fy, obligationId } = obligation;
  const versions = await ports.reportVersions({ orgId: caller.orgId, fy, obligationId });
  const citations = versions.flatMap((r) => r.evidence.filter((e) => 'key' in e && e.key === key));
  if (citations.length === 0) {
    throw new NotFoundError('ไม่พบไฟล์นี้ในรายงาน', 'no version of this report cites this file');
  }
  if (!(await ports.evidence.exists(key))) {
    throw new NotFoundError(
      'ไม่พบไฟล์นี้ในที่เก็บหลักฐาน (ไม่ได้อัปโหลดสำเร็จ หรือถูกลบไปแล้ว) กรุณาแนบไฟล์ใหม่ในรายงาน',
      'this file is not in the evidence store (the upload never finished, or it was deleted): attach it again',
    );
  }
  const url = await ports.evidence.presignDownload({
    key,
    fileName: downloadName(
      key,
      citations.map((e) => e.title),
    ),
    expiresInSeconds: DOWNLOAD_WINDOW_SECONDS,
  });
  return { url, expiresAt: new Date(ports.clock().getTime() + DOWNLOAD_WINDOW_SECONDS * 1000).toISOString() };
}

/**
 * The name a download is saved as: the file's name as uploaded. The key keeps it made safe (spaces
 * and punctuation as "-", see safeFileName), so a citation's title that is exactly the uploaded
 * name (the page cites uploads by their file name) and makes that same safe name is preferred:
 * "บันทึก ประชุม (แก้ไข).pdf" rather than "บันทึก-ประชุม-แก้ไข.pdf". Quotes and semicolons stay
 * ('สรุป "ผล".pdf', names from macOS and phones): the header carries the name only percent-encoded
 * in RFC 8187 `filename*` and an ASCII fallback without them (s3-evidence-storage.ts). A title that
 * was renamed, or that holds control, format or path characters, is not a file name: then the key's name.
 */
export function downloadName(key: string, titles: string[]): string {
  const stored = fileNameOf(key);
  const original = titles.find(
    (t) => /^[^\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}/\\]+$/u.test(t) && t === t.trim() && safeFileName(t) === stored,
  );
  return original ?? stored;
}

/** ".../{uuid}-รายงานการประชุม.pdf" -> "รายงานการประชุม.pdf" (see evidenceKey). */
export function fileNameOf(key: string): string {
  const last = key.split('/').pop() ?? key;
  return last.replace(UUID_PREFIX, '') || last;
}
