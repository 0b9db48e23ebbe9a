// What a unit submits for one obligation; versioned.
import * as z from 'zod';
import { FiscalYear, OrgId, UnitId } from './ids.js';
import { text } from './text.js';

export const ProgressStatus = z.enum(['not_started', 'in_progress', 'done']);
export const ReviewState = z.enum(['submitted', 'accepted', 'returned']);
export type ReviewState = z.infer<typeof ReviewState>;

export const EvidenceLink = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  title: text(300).pipe(z.string().min(1)),
});
export const EvidenceFile = z.strictObject({
  key: z.string().min(1).max(1024),
  title: text(300).pipe(z.string().min(1)),
});
export const Evidence = z.union([EvidenceLink, EvidenceFile]);
export type Evidence = z.infer<typeof Evidence>;

/**
 * The fewest letters or digits (Unicode letters and numbers: Thai vowel and tone marks, spaces and
 * punctuation do not count) a submitted summary has: "." or "x" says nothing, "ครบ", "ทำแล้ว" and
 * "จัดอบรมแล้ว" do (break 14 s28, F1; docs/domain.md "Settled and on time").
 */
export const MIN_SUMMARY_LETTERS = 3;

/** Whether `text` has at least `min` letters or digits (spaces, punctuation, zero-width characters do not count). */
export function hasLettersOrDigits(text: string, min: number): boolean {
  const letterOrDigit = /[\p{L}\p{N}]/gu;
  for (let count = 0; letterOrDigit.test(text);) if (++count >= min) return true;
  return false;
}

/** Whether `summary` has at least MIN_SUMMARY_LETTERS letters or digits. */
export const summarySaysSomething = (summary: string): boolean => hasLettersOrDigits(summary, MIN_SUMMARY_LETTERS);

/** The fields a person writes (as stored: a request is checked further, shared/api/request-schemas.ts). */
export const ReportContent = z.strictObject({
  progress: ProgressStatus,
  summary: text(5000).refine((s) => s.trim().length > 0, {
    params: { th: 'กรุณากรอกผลการดำเนินงาน', en: 'what was done is required' },
  }),
  obstacles: text(5000).default(''),
  suggestions: text(5000).default(''),
  evidence: z.array(Evidence).max(20).default([]),
});
export type ReportContent = z.infer<typeof ReportContent>;

export const Report = ReportContent.extend({
  orgId: OrgId,
  fy: FiscalYear,
  obligationId: z.string(),
  unitId: UnitId,
  version: z.number().int().min(1),
  reviewState: ReviewState,
  reviewComment: z.string().max(5000).optional(),
  submittedBy: z.string(),
  submittedAt: z.iso.datetime(),
  /** when version 1 came in: on time or late is judged by it */
  firstSubmittedAt: z.iso.datetime().optional(),
  /** when the settling submission came in (shared/domain/settlement.ts); absent while unsettled */
  settledAt: z.iso.datetime().optional(),
  reviewedBy: z.string().optional(),
  reviewedAt: z.iso.datetime().optional(),
});
export type Report = z.infer<typeof Report>;
