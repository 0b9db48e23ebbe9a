// What every use case may use: the store, the caller directory, the clock, evidence storage, report
// files, and the ports built once per entry point (see functions/api/create-api-handler.ts).
import type { CalendarWriter } from '../calendar/calendar-text.js';
import type { DocumentQueue } from '../documents/document-queue.js';
import type { ReportFileStore } from '../documents/report-files.js';
import type { PlanFileReader, PlanImporter } from '../import/plan-file.js';
import type { PlanUploadStorage } from '../import/plan-upload-storage.js';
import type { Store } from '../store/dynamo-client.js';
import type { Repositories } from '../store/repositories.js';
import type { EvidenceStorage } from '../evidence/evidence-storage.js';
import type { CallerDirectory } from './caller-directory.js';
import type { PlanSnapshots } from './plan-snapshots.js';
import type { PublishingPorts } from './publish-document.js';

export interface UseCaseContext {
  store: Store;
  directory: CallerDirectory;
  /** plans as last read by this instance, for writes that check the plan's version (submit) */
  planSnapshots: PlanSnapshots;
  clock: () => Date;
  evidence: EvidenceStorage;
  files: ReportFileStore;
  /** where a claimed document generation is produced */
  documents: DocumentQueue;
  /** every repository, built once by the entry point (shared/store/repositories.ts) */
  repos: Repositories;
  /** the public area and what publishing reads (built by publishingPorts) */
  publishing: PublishingPorts;
  /** reads uploaded plan files: the readers (PDF, Word, Excel) load only where plan imports run */
  planFiles: PlanFileReader;
  /** reads a plan document into a draft: the importer loads only where plans are imported or replaced */
  planImporter: PlanImporter;
  /** plan files uploaded through a presigned PUT (files over the inline limit) */
  planUploads: PlanUploadStorage;
  /** writes calendar files: the iCalendar writer loads only where calendar feeds are served */
  calendarText: CalendarWriter;
}
