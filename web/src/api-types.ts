// The API's shapes, from the same zod schemas the API validates with (types only: no zod in the page).
import type * as z from 'zod';
import type {
  DownloadLink,
  EvidenceUploadResponse,
  GenerationList,
  GenerationView,
  MeResponse,
  ObligationDetail,
  ObligationList,
  ObligationView,
  Report,
  ReportVersions,
} from '../../shared/api/response-schemas.js';

export type Me = z.infer<typeof MeResponse>;
export type Obligation = ObligationView;
export type ObligationPage = z.infer<typeof ObligationList>;
export type ObligationWithReport = z.infer<typeof ObligationDetail>;
export type ReportVersion = z.infer<typeof Report>;
export type Versions = z.infer<typeof ReportVersions>;
export type EvidenceUpload = z.infer<typeof EvidenceUploadResponse>;
export type Generation = z.infer<typeof GenerationView>;
export type Generations = z.infer<typeof GenerationList>;
export type Download = z.infer<typeof DownloadLink>;
export interface FieldError {
  path: string;
  message_th: string;
  message_en: string;
}
