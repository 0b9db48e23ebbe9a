// The shapes of ids that appear in API paths and page addresses: one pattern each, read by the
// API's path schemas (shared/api) and by the page's address reader (web/src/routes.ts), so an
// address the API would refuse is "not found" on the page. No zod here: the page imports it.

/**
 * An obligation id, e.g. "i4.f2.2023-04.finance": letters, digits, dots and hyphens, 1-120, with at
 * least one letter or digit ("." and ".." are path steps, not ids: break 16 s28, B3).
 */
export const OBLIGATION_ID_PATTERN = /^(?=[.-]*[a-z0-9])[a-z0-9.-]{1,120}$/i;

/**
 * An obligation id as the plan makes them (obligations.ts obligationId): measure, "f" and follow-up
 * number, period, unit. An id of this shape the plan lacks was one of its items, or could be; an id
 * of another shape (a link cut short) never was.
 */
export const OBLIGATION_ID_PARTS =
  /^([a-z0-9-]{1,40})\.f(\d{1,3})\.(\d{4}-\d{2}|Q[1-4]|H[12]|FY|ONCE)\.([a-z0-9-]{1,40})$/;

/** A person id (the Cognito sub or the local issuer's id): letters, digits, dot, underscore, hyphen, 1-128, not dots only. */
export const PERSON_ID_PATTERN = /^(?!\.+$)[A-Za-z0-9._-]{1,128}$/;

/** The fiscal years (Buddhist era) the API accepts, both ends included. */
export const FISCAL_YEAR_MIN = 2560;
export const FISCAL_YEAR_MAX = 2700;

/** A unit id in a page address (ids.ts's UnitId: a slug, not an object member name). */
export const UNIT_ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** An org id in a page address (a slug: lower-case letters, digits and inner hyphens, 1-40; ids.ts's SlugId). */
export const ORG_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
