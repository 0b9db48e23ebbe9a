// The documents the system generates for an org's fiscal year, by kind. Pure data: the API, the
// store's keys and CDK read it; the renderers live in shared/documents and load only where they run.
import { DOCX_TYPE, JSON_TYPE } from './content-types.js';

export const DOCUMENT_KINDS = ['annual-report', 'plan-document'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The documents that can be published and their public file names (public-addresses.ts builds the
 * addresses; here, as pure data, for the page too): each kind, and the results report's รอบ ๖ เดือน
 * (an annual-report generation with scope 'half-year'), published beside the year's at an address
 * of its own (tester s45 P2).
 */
export const PUBLIC_DOCUMENTS = {
  'plan-document': 'measures',
  'annual-report': 'results',
  'half-year-report': 'results-half-year',
} as const;

/** What ITA calls the measures, written once for the names built on it (mails, the ITA page, the calendar feed). */
export const ITA_MEASURES_TH = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส';

/** The results report's name, before its org and year. */
export const RESULTS_REPORT_TH = `รายงานผลการดำเนินการตาม${ITA_MEASURES_TH}`;

/** How each kind is named to a person (Thai first). */
export const DOCUMENT_NAMES: Record<DocumentKind, { th: string; en: string }> = {
  'annual-report': { th: 'รายงานผลการดำเนินการตามมาตรการ', en: 'annual results report' },
  'plan-document': { th: `เอกสาร${ITA_MEASURES_TH}`, en: 'measures plan document' },
};

/** The files of an annual-report generation and their content types, manifest.json last. */
export const REPORT_FILES = {
  'report.pdf': 'application/pdf',
  'report.docx': DOCX_TYPE,
  'report.csv': 'text/csv; charset=utf-8',
  'report.json': JSON_TYPE,
  'manifest.json': JSON_TYPE,
} as const;

/** The plan document's files: the model as JSON beside the PDF and DOCX. */
export const PLAN_FILES = {
  'plan.pdf': REPORT_FILES['report.pdf'],
  'plan.docx': REPORT_FILES['report.docx'],
  'plan.json': REPORT_FILES['report.json'],
  'manifest.json': REPORT_FILES['manifest.json'],
} as const;

/** The files each kind writes (with their content types), manifest.json last. */
export const DOCUMENT_FILES: Record<DocumentKind, Readonly<Record<string, string>>> = {
  'annual-report': REPORT_FILES,
  'plan-document': PLAN_FILES,
};

/**
 * How many generations of one kind people may ask for per org, fiscal year and Bangkok day (HTTP 429
 * after that). A coordinator regenerates a few times a day when fixing reports; 20 leaves room for
 * that and stops a script or a stuck button from filling the bucket. The schedule is not counted.
 */
export const DAILY_GENERATION_LIMIT = 20;

/**
 * The highest generation number of one kind in an org's fiscal year: the store's sort keys hold 4
 * digits (ANNUAL#0001…ANNUAL#9999, keys.ts) and the paths {generation} "1" to "9999", so the list's
 * newest-first order and every address hold to it. Past it a request is refused
 * (errors.ts generationsUsedUp, 409); 20 a day (DAILY_GENERATION_LIMIT) reach it after 500 days.
 */
export const MAX_GENERATION = 9_999;
/** Renders of one generation at most (the document queue's maxReceiveCount): then it is failed for good. */
export const MAX_GENERATION_ATTEMPTS = 3;

/** What a generation goes through: pending (claimed, not yet written), then ready or failed. */
export const GENERATION_STATES = ['pending', 'ready', 'failed'] as const;
export type GenerationState = (typeof GENERATION_STATES)[number];
