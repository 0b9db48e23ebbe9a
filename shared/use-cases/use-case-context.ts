// What every use case may use: the store, the caller directory, the clock, evidence storage, report
// files, and the ports built once per entry point (see functions/api/create-api-handler.ts).
import type { DocumentQueue } from '../documents/document-queue.js';
import type { ReportFileStore } from '../documents/report-files.js';
import type { PlanFileReader } from '../import/plan-file.js';
import type { DocumentGenerationRepository } from '../store/document-generation-repository.js';
import type { Store } from '../store/dynamo-client.js';
import type { PlanRepository } from '../store/plan-repository.js';
import type { CallerDirectory } from './caller-directory.js';
import type { PublishingPorts } from './publish-document.js';

export interface EvidenceStorage {
  /** A presigned PUT for one object, valid for `expiresInSeconds`. */
  presignUpload(input: { key: string; contentType: string; size: number; expiresInSeconds: number }): Promise<string>;
  /**
   * A presigned GET for one object, valid for `expiresInSeconds`, whose download is saved as
   * `fileName` (Content-Disposition with RFC 6266 `filename*`, so Thai names survive).
   */
  presignDownload(input: { key: string; fileName: string; expiresInSeconds: number }): Promise<string>;
  /**
   * Tags the uploaded objects `evidence=cited` (EVIDENCE_TAG), so that the lifecycle rule for
   * uncited uploads never expires them. A key with no object is skipped (nothing to keep).
   */
  markCited(keys: readonly string[]): Promise<void>;
}

export interface UseCaseContext {
  store: Store;
  directory: CallerDirectory;
  clock: () => Date;
  evidence: EvidenceStorage;
  files: ReportFileStore;
  /** where a claimed document generation is produced */
  documents: DocumentQueue;
  plans: PlanRepository;
  generations: DocumentGenerationRepository;
  /** the public area and what publishing reads (built by publishingPorts) */
  publishing: PublishingPorts;
  /** reads uploaded plan files: the readers (PDF, Word, Excel) load only where plan imports run */
  planFiles: PlanFileReader;
}
