// Evidence uploads as the page makes them: ask the API for a presigned PUT, then PUT the file to S3
// with the headers the API returned.
import { expect } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { call } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

export interface PresignedPdf {
  key: string;
  uploadUrl: string;
  headers: Record<string, string>;
}

/** The API's presigned upload of `pdf` as `fileName` for FY2566, asked by staff of กองคลัง. */
export async function presignPdf(
  f: ApiFixture,
  obligationId: string,
  fileName: string,
  pdf: Buffer,
): Promise<PresignedPdf> {
  const res = await call(f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/evidence-uploads', { fy: 2566 }),
    as: who.financeStaff,
    body: { obligationId, fileName, contentType: 'application/pdf', size: pdf.length },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as PresignedPdf;
}

/** PUTs `body` to the presigned URL with the headers the API returned, as the page does. */
export const putFile = (upload: PresignedPdf, body: Buffer<ArrayBuffer>): Promise<Response> =>
  fetch(upload.uploadUrl, { method: 'PUT', headers: upload.headers, body });

/** Uploads a small PDF named `fileName` (expecting S3's 200) and returns its key. */
export async function uploadPdf(f: ApiFixture, obligationId: string, fileName: string): Promise<string> {
  const pdf = Buffer.from(`%PDF-1.4\n% ${fileName}\n`);
  const upload = await presignPdf(f, obligationId, fileName, pdf);
  expect((await putFile(upload, pdf)).status).toBe(200);
  return upload.key;
}
