// The API paths of a document kind's routes, filled in from the route table's templates (apiPath):
// the tests that go through every kind pick the template by kind instead of splicing the kind in.
import { apiPath } from '../../shared/api/api-path.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';

const GENERATIONS = {
  'annual-report': '/v1/fiscal-years/{fy}/annual-report',
  'plan-document': '/v1/fiscal-years/{fy}/plan-document',
} as const satisfies Record<DocumentKind, string>;
const FILE = {
  'annual-report': '/v1/fiscal-years/{fy}/annual-report/{generation}/{file}',
  'plan-document': '/v1/fiscal-years/{fy}/plan-document/{generation}/{file}',
} as const satisfies Record<DocumentKind, string>;
const PUBLICATION = {
  'annual-report': '/v1/fiscal-years/{fy}/annual-report/{generation}/publish',
  'plan-document': '/v1/fiscal-years/{fy}/plan-document/{generation}/publish',
} as const satisfies Record<DocumentKind, string>;

/** The kind's generations of year `fy` (BE): GET lists them, POST asks for a new one. */
export const generationsPath = (kind: DocumentKind, fy: number) => apiPath(GENERATIONS[kind], { fy });

/** One file of a generation, e.g. 'report.pdf': GET answers a download link. */
export const generationFilePath = (kind: DocumentKind, fy: number, generation: number, file: string) =>
  apiPath(FILE[kind], { fy, generation, file });

/** A generation's publication: POST publishes it, DELETE withdraws it. */
export const publicationPath = (kind: DocumentKind, fy: number, generation: number) =>
  apiPath(PUBLICATION[kind], { fy, generation });
