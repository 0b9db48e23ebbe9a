// Descriptions of response fields in the OpenAPI document, given here rather than with .describe() in
// the schemas: the API function loads the route table's schemas but never reads these words, and its
// bundle has a budget (README, Performance). Imported by openapi-document.ts alone.
import * as z from 'zod';
import { personActingHeadOf, personEtag } from './coordinator-schemas.js';
import { meActingHeadOf, ObligationView, onTimeUntil, pastDue, planCheckWarnings } from './response-schemas.js';

const DESCRIPTIONS: [z.ZodType, string][] = [
  [meActingHeadOf, 'the units the caller is acting head of (รักษาราชการแทนหัวหน้า): read and report as their head'],
  [
    onTimeUntil,
    'the last day a report is on time and the status is not overdue: the due date, or for an obligation added to the plan on or after it, 3 days after the day it was added',
  ],
  [
    ObligationView.shape.reportedAt,
    "when the latest report was last sent or reviewed (ISO-8601 UTC): its review's time, else its version's; absent before any report. Later than a results report's generatedAt: not in that report",
  ],
  [
    pastDue,
    'reports of past rounds the save makes due at once: on time until onTimeUntil; if unreported, the unit heads hear on headsOn, the executives on executivesOn',
  ],
  [
    planCheckWarnings,
    'cannot-save (a measure whose units are all deactivated, or a due date or month outside the fiscal year, as PUT /plan refuses them), unit-inactive (a deactivated unit beside active ones), reports-cut (what the guard on reports would refuse), overdue-removed (overdue reports never sent that the save removes: allowed, counted per unit), each with its measureId when the draft keeps it',
  ],
  [personActingHeadOf, 'the other units this person is acting head of (รักษาราชการแทนหัวหน้า), in the order given'],
  [
    personEtag,
    "a strong entity tag of what a coordinator edits (name, roles, unit, head of unit, acting appointments, active; not the undeliverable mark): send it as PUT's If-Match",
  ],
];
for (const [schema, description] of DESCRIPTIONS) z.globalRegistry.add(schema, { description });
