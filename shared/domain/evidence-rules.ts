// Evidence files: which types, how large, and where a report may point.

export const EVIDENCE_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;

export type EvidenceContentType = keyof typeof EVIDENCE_TYPES;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** A file name safe in an S3 key and a URL: Thai letters kept, everything odd becomes "-". */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return (cleaned || 'file').slice(0, 120);
}

export function evidencePrefix(orgId: string, fy: number, obligationId: string): string {
  return `${orgId}/${fy}/evidence/${obligationId}/`;
}

export function evidenceKey(orgId: string, fy: number, obligationId: string, uuid: string, fileName: string): string {
  return `${evidencePrefix(orgId, fy, obligationId)}${uuid}-${safeFileName(fileName)}`;
}

/** A report may cite only files uploaded for its own org, fiscal year and obligation. */
export function isOwnEvidenceKey(key: string, orgId: string, fy: number, obligationId: string): boolean {
  const prefix = evidencePrefix(orgId, fy, obligationId);
  return key.startsWith(prefix) && !key.slice(prefix.length).includes('/') && !key.includes('..');
}
