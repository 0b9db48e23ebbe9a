// PUT a file to its presigned URL, reporting progress (fetch cannot report upload progress).
import { ApiError, NO_CONNECTION_TH } from './api-client.js';

/** Storage refused the file (its link expired, a proxy): the person sends it again. */
export const UPLOAD_REFUSED_TH = 'ส่งไฟล์ไปเก็บไม่สำเร็จ กรุณาเลือกไฟล์อีกครั้ง';

/**
 * Rejects with an ApiError in Thai (tester s54: a connection lost mid-upload was "ระบบขัดข้อง
 * กรุณาลองอีกครั้งภายหลัง", as if the system had failed): status 0 for no connection.
 */
export function uploadFile(
  url: string,
  headers: Record<string, string>,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new ApiError(xhr.status, UPLOAD_REFUSED_TH)));
    xhr.onerror = () => reject(new ApiError(0, NO_CONNECTION_TH));
    xhr.send(file);
  });
}
