// Request and response shapes of the coordinator's routes (issue 18): units, people, audit trail,
// evidence links and calendar feeds. Types, JSON Schema and OpenAPI come from these.
// Each route schema is built on its first use (z.lazy): a cold API instance builds only the ones
// its first request needs (README, Performance). Schemas whose .shape or .extend other code uses stay plain.
import { PERSON_ID_PATTERN } from '../domain/id-patterns.js';
import * as z from 'zod';
import { UnitId } from '../domain/ids.js';
import { ActingHeadOf as ActingHeadOfIds, Role } from '../domain/organisation.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { line, visibleName } from '../domain/text.js';
import { ifMatchHeader, ObligationParams, pageQueryFields, PathFiscalYear } from './request-schemas.js';

const Name = visibleName;
const Aliases = z.array(Name(200)).max(20);
const Roles = z
  .array(Role)
  .min(1)
  .max(4)
  .superRefine((roles, ctx) => {
    const twice = roles.find((r, i) => roles.indexOf(r) !== i);
    if (twice === undefined) return;
    ctx.addIssue({
      code: 'custom',
      params: {
        th: `เลือกบทบาท "${ROLE_LABELS[twice]}" ซ้ำ กรุณาเลือกแต่ละบทบาทครั้งเดียว`,
        en: `the role "${twice}" is listed twice; list each role once`,
      },
    });
  });

/** Other units than a person's own (Person.actingHeadOf, Person.alsoStaffOf): each once. */
const OtherUnits = ActingHeadOfIds.superRefine((ids, ctx) => {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) === i) return;
    ctx.addIssue({
      code: 'custom',
      path: [i],
      params: {
        th: `เลือกหน่วยงาน "${id}" ซ้ำ กรุณาเลือกแต่ละหน่วยงานครั้งเดียว`,
        en: `the unit "${id}" is listed twice; list each unit once`,
      },
    });
  });
});
const ActingHeadOf = OtherUnits.describe(
  'acting head (รักษาราชการแทนหัวหน้า) of these other active units: never their own unit',
);
const AlsoStaffOf = OtherUnits.describe('staff of these other active units as well (staff role only)');

export const PersonIdSchema = z.lazy(() => z.string().regex(PERSON_ID_PATTERN, 'not a person id'));

export const UnitParams = z.lazy(() => z.strictObject({ unitId: UnitId }));
export const PersonParams = z.lazy(() => z.strictObject({ personId: PersonIdSchema }));
export const FyAuditParams = z.lazy(() => z.strictObject({ fy: PathFiscalYear }));

export const CreateUnitBody = z.lazy(() =>
  z.strictObject({
    unitId: UnitId.optional().describe('a short English id (e.g. "finance"); made up when omitted'),
    name: Name(200),
    aliases: Aliases.default([]),
  }),
);
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

const atLeastOne = { params: { th: 'ไม่มีข้อมูลที่จะเปลี่ยน', en: 'nothing to change' } };

export const UpdateUnitBody = z.lazy(() =>
  z
    .strictObject({ name: Name(200).optional(), aliases: Aliases.optional(), active: z.boolean().optional() })
    .refine((b) => Object.keys(b).length > 0, atLeastOne),
);
export type UpdateUnitBody = z.infer<typeof UpdateUnitBody>;

export const CreatePersonBody = z.lazy(() =>
  z.strictObject({
    // trimmed before it is checked: an address pasted with a space around it is still the address
    email: z.string().trim().email().max(254),
    name: Name(200),
    roles: Roles,
    // null as in PUT: no unit (executives, coordinators who belong to none)
    unitId: UnitId.nullable().optional().describe('null or absent: no unit'),
    headOfUnit: z.boolean().default(false),
    actingHeadOf: ActingHeadOf.optional().describe('absent: none'),
    alsoStaffOf: AlsoStaffOf.optional().describe('absent: none'),
  }),
);
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z.lazy(() =>
  z
    .strictObject({
      name: Name(200).optional(),
      roles: Roles.optional(),
      unitId: UnitId.nullable().optional().describe('null: no unit'),
      headOfUnit: z.boolean().optional(),
      actingHeadOf: ActingHeadOf.optional().describe('the whole list; [] ends every acting appointment'),
      alsoStaffOf: AlsoStaffOf.optional().describe('the whole list'),
      active: z.boolean().optional().describe('false: deactivate (signs out of this org); true: reactivate'),
    })
    .refine((b) => Object.keys(b).length > 0, atLeastOne),
);
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

export const AuditQuery = z.lazy(() => z.strictObject(pageQueryFields(100, 500)));
export type AuditQuery = z.infer<typeof AuditQuery>;

export const EvidenceLinkQuery = z.lazy(() => z.strictObject({ key: z.string().min(1).max(1024) }));
export { ObligationParams };

export const FeedParams = z.lazy(() =>
  z.strictObject({ feedId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a feed id') }),
);
export const CreateFeedBody = z.lazy(() => z.strictObject({ label: line(100).default('') }));
export type CreateFeedBody = z.infer<typeof CreateFeedBody>;
/**
 * `/calendar/{file}`: the secret token and ".ics" (API Gateway path variables are whole segments).
 * Anything else is an unknown feed (404), not a bad request.
 */
// any file name: one that is not a live token's is 404 (calendarFile), never 400: calendar apps only know the URL
export const CalendarParams = z.lazy(() => z.strictObject({ file: z.string() }));
/**
 * PUT /v1/people/{personId}: `If-Match` with the person's `etag` as the page read it (RFC 9110
 * §13.1.1). Plain object (RouteSpec.headers reads its shape). Lowercase, as the header normalizer passes it.
 */
export const UpdatePersonHeaders = z.object({
  'if-match': ifMatchHeader(
    "the person's etag (from GET /v1/people, an earlier answer's etag, or POST /v1/people's ETag header) the change was made from: if their name, roles, unit, head of unit, acting appointments or active changed since, 412 and nothing is written. Without it the body's fields are applied to the person as stored",
  ),
});

// --- responses -------------------------------------------------------------------------

export const UnitView = z.lazy(() =>
  z.object({
    unitId: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    active: z.boolean(),
  }),
);
export const UnitList = z.lazy(() => z.object({ items: z.array(UnitView) }));

// described in response-docs.ts (the OpenAPI document's words, out of the API function's bundle)
export const personActingHeadOf = z.array(z.string());
export const personEtag = z.string();
export const PersonView = z.lazy(() =>
  z.object({
    personId: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(Role),
    unitId: z.string().nullable(),
    headOfUnit: z.boolean(),
    actingHeadOf: personActingHeadOf,
    alsoStaffOf: z.array(z.string()).describe('the other units this person is staff of as well, in the order given'),
    active: z.boolean(),
    undeliverable: z
      .object({ reason: z.enum(['bounced', 'complained', 'rejected']), at: z.string(), kind: z.string() })
      .optional()
      .describe(
        "SES could not deliver to the email (bounced, spam complaint, rejected): when (ISO UTC), which email's kind",
      ),
    etag: personEtag,
    invited: z
      .boolean()
      .optional()
      .describe(
        'on add only: true when an invitation email went out; false for an email linked to a sign-in of another org',
      ),
  }),
);
/** POST /v1/people/{personId}/invitation: to whom it went, and how many days its password lasts. */
export const InvitationView = z.lazy(() => z.object({ email: z.string(), validDays: z.number().int() }));
export const PeopleList = z.lazy(() => z.object({ items: z.array(PersonView) }));

export const AuditItem = z.lazy(() =>
  z.object({
    at: z.string().describe('ISO-8601 UTC'),
    atBangkok: z.string().describe('the time in Asia/Bangkok, in Thai, e.g. "๒๐ เมษายน ๒๕๖๖ ๑๐:๐๐ น."'),
    actor: z.object({ personId: z.string(), name: z.string() }),
    action: z.string(),
    summary_th: z.string(),
    summary_en: z.string(),
    /** a plan save's: the version it made (the plan's history offers to restore the earlier ones) */
    version: z.number().int().optional().describe("plan.save: the plan's version this save made"),
  }),
);
export type AuditItem = z.infer<typeof AuditItem>;
export const AuditPage = z.lazy(() => z.object({ items: z.array(AuditItem), cursor: z.string().optional() }));

export const CalendarFeedView = z.object({
  feedId: z.string(),
  label: z.string(),
  createdAt: z.string(),
});
export const CalendarFeedList = z.lazy(() => z.object({ items: z.array(CalendarFeedView) }));
export const CreatedCalendarFeed = CalendarFeedView.extend({
  url: z.string().describe('the secret address; shown once, only its hash is kept'),
});
export const CalendarText = z.lazy(() => z.string().describe('text/calendar (RFC 5545)'));
export const Deleted = z.lazy(() => z.object({ deleted: z.literal(true) }));
