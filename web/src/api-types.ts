// The API's shapes, from the same zod schemas the API validates with (types only: no zod in the page).
import type * as z from 'zod';
import type {
  DownloadLink,
  EvidenceUploadResponse,
  GenerationList,
  GenerationView,
  ItaScoresView,
  MeasuresResponse,
  MeResponse,
  ObligationDetail,
  ObligationList,
  ObligationView,
  PlanCheckResponse,
  PlanImportUploadResponse,
  Report,
  ReportVersions,
} from '../../shared/api/response-schemas.js';
import type {
  AuditPage,
  CalendarFeedList,
  CalendarFeedView,
  CreatedCalendarFeed,
  InvitationView,
  PeopleList,
  PersonView,
  UnitList,
  UnitView,
} from '../../shared/api/coordinator-schemas.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { ImportResult } from '../../shared/import/measures-document.js';
import type { PlanFileKind } from '../../shared/import/plan-file.js';

export type Me = z.infer<typeof MeResponse>;
export type Obligation = ObligationView;
export type ObligationPage = z.infer<typeof ObligationList>;
export type ObligationWithReport = z.infer<typeof ObligationDetail>;
export type ReportVersion = z.infer<typeof Report>;
export type Versions = z.infer<typeof ReportVersions>;
export type EvidenceUpload = z.infer<typeof EvidenceUploadResponse>;
export type PlanUpload = z.infer<typeof PlanImportUploadResponse>;
export type Generation = z.infer<typeof GenerationView>;
export type Generations = z.infer<typeof GenerationList>;
export type Download = z.infer<typeof DownloadLink>;
export type Unit = z.infer<typeof UnitView>;
export type Units = z.infer<typeof UnitList>;
export type Person = z.infer<typeof PersonView>;
export type People = z.infer<typeof PeopleList>;
export type Invitation = z.infer<typeof InvitationView>;
export type Audit = z.infer<typeof AuditPage>;
export type CalendarFeed = z.infer<typeof CalendarFeedView>;
export type CalendarFeeds = z.infer<typeof CalendarFeedList>;
export type CreatedFeed = z.infer<typeof CreatedCalendarFeed>;
export type StoredMeasures = z.infer<typeof MeasuresResponse>;
export type SavedPlan = StoredPlan;
export type ItaScores = ItaScoresView;
/** POST /plan-checks: what the file preview's checks find in a draft made in the page (a copy) */
export type PlanCheck = z.infer<typeof PlanCheckResponse>;
/** POST /plan-imports: the draft plan read from a file, and what could not be read with certainty */
export type PlanPreview = ImportResult & { fileKind: PlanFileKind };
export interface FieldError {
  path: string;
  message_th: string;
  message_en: string;
}
