// Property-based fuzzing of every route that takes input: no 5xx, every 4xx in the error shape with
// Thai and English, no write on rejected input, accepted text back byte-identical.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiRequest, type ApiResponse } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { SECRET_REPORT_TEXT } from '../support/log-leaks.js';
import { MATRIX_CLOCK, MATRIX_MONTHS } from '../support/route-requests.js';
import { countWrites } from '../support/write-counter.js';
import { multiLine } from '../../shared/domain/text.js';

let f: ApiFixture;
let writes: { readonly count: number };
const tally = { requests: 0, fiveHundreds: 0, rejectedWrites: 0, accepted: 0 };
const base = '/v1/fiscal-years/2566';
// thousands of requests against DynamoDB Local: minutes on a busy 2-core machine, not vitest's 30 s
const FUZZ_TIMEOUT_MS = 300_000;

// the API's logger at DEBUG (read when the fixture makes its handler): the leak check sees all it
// logs; put back for the files after this one in the same worker
const logLevel = process.env.POWERTOOLS_LOG_LEVEL;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  f = await createApiFixture({ now: MATRIX_CLOCK });
  writes = countWrites(f.store.doc);
});
afterAll(async () => {
  if (logLevel === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
  else process.env.POWERTOOLS_LOG_LEVEL = logLevel;
  console.log(
    `fuzz: ${tally.requests.toLocaleString('en')} requests, ${tally.fiveHundreds} 5xx, ${tally.rejectedWrites} writes on rejected input (${tally.accepted.toLocaleString('en')} accepted)`,
  );
  await f?.close();
});

/** Sends one request and checks the invariants every response must keep. */
async function send(req: ApiRequest): Promise<ApiResponse> {
  const before = writes.count;
  const res = await call(f.handler, req);
  tally.requests++;
  if (res.status >= 500) tally.fiveHundreds++;
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
  if (res.status >= 400) {
    if (writes.count !== before) tally.rejectedWrites++;
    expect(writes.count, `${res.status} wrote to the table`).toBe(before);
    expect(res.body.error.code).toEqual(expect.any(String));
    expect(res.body.error.message_th).toMatch(/[\u0E00-\u0E7F]/);
    expect(res.body.error.message_en).toMatch(/[a-z]/i);
    expect(Array.isArray(res.body.error.fields)).toBe(true);
    for (const field of res.body.error.fields) {
      expect(field.message_th).toMatch(/[\u0E00-\u0E7F]/);
      expect(field.message_en).toMatch(/[a-z]/i);
    }
  } else tally.accepted++;
  return res;
}

/**
 * Each obligation's latest report version as the API last gave it: read once (GET), then kept from
 * the answers to this file's own writes, so a case sends the expectedVersion a GET before it would
 * read, without that GET (one per case before: a third of the report fuzz's requests).
 */
const knownVersions = new Map<string, number | undefined>();
async function latestVersion(id: string): Promise<number | undefined> {
  if (!knownVersions.has(id)) {
    const current = await call(f.handler, { method: 'GET', path: `${base}/obligations/${id}`, as: who.financeStaff });
    expect(current.status).toBe(200);
    knownVersions.set(id, current.body.latestReport?.version as number | undefined);
  }
  return knownVersions.get(id);
}
/** After a write to `id`'s report: the version it answered, or read again next time. */
function wrote(id: string, res: ApiResponse): void {
  if (res.status >= 400) return;
  if (typeof res.body?.version === 'number') knownVersions.set(id, res.body.version);
  else knownVersions.delete(id);
}

// Strings with what breaks systems: Thai combining marks, zero-width and RTL marks, emoji, NUL,
// lone surrogates, HTML and script.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'กิ่ํ่้๊๋็ำ',
    'ก\u200Bข\u200Dค\uFEFF',
    '\u202Eรายงาน\u202C',
    'مرحبا بالعالم שלום',
    '👩🏽‍💻🇹🇭✅',
    'nul\u0000byte',
    'lone\uD800surrogate',
    'lone\uDFFFlow',
    '<script>alert("x")</script>',
    SECRET_REPORT_TEXT,
    '"; DROP TABLE reports; --',
    '{{7*7}}${7*7}',
    '   ',
    '',
  ),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(400)),
);
const thaiText = fc.string({
  unit: fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 200,
});

/** A path segment as a client sends it; a lone surrogate cannot be percent-encoded, so it goes raw. */
function pathPart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

const obligationIds = fc.constantFrom(
  ...MATRIX_MONTHS.map((m) => `i4.f2.${m}.finance`),
  ...MATRIX_MONTHS.map((m) => `i10.f1.${m}.finance`),
  'i5.f4.H1.finance',
);

const validBody = fc.record({
  progress: fc.constantFrom('not_started', 'in_progress', 'done'),
  summary: fc.oneof(
    thaiText,
    nasty.filter((s) => s.trim().length > 0 && s.length <= 5000),
  ),
  obstacles: fc.option(
    nasty.filter((s) => s.length <= 5000),
    { nil: undefined },
  ),
  evidence: fc.option(fc.array(fc.record({ url: fc.webUrl(), title: thaiText }), { maxLength: 3 }), { nil: undefined }),
});

const wrongField = fc.oneof(
  fc.record({ progress: fc.constantFrom('finished', '', 1, null) }),
  fc.record({ summary: fc.constantFrom(null, 1, [], {}, '', '   ', 'ก'.repeat(5001)) }),
  fc.record({
    evidence: fc.constantFrom(
      'x',
      [{ url: 'javascript:alert(1)', title: 'x' }],
      [{ key: '../../other/x', title: 'x' }],
      Array(21).fill({ url: 'https://a.b', title: 'x' }),
    ),
  }),
  fc.record({ unitId: fc.constant('engineering') }),
  fc.record({ expectedVersion: fc.constantFrom(0, -1, 1.5, '1', 99) }),
  fc.dictionary(
    fc
      .string({ minLength: 1, maxLength: 10 })
      .filter(
        (k) =>
          !['progress', 'summary', 'obstacles', 'suggestions', 'evidence', 'expectedVersion', '__proto__'].includes(k),
      ),
    fc.anything(),
    { minKeys: 1, maxKeys: 2 },
  ),
);

describe('fuzzing the form API', () => {
  it(
    'report submissions: valid, near-valid and hostile text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          obligationIds,
          validBody,
          fc.option(wrongField, { nil: undefined }),
          async (id, body, wrong) => {
            const version = await latestVersion(id);
            const sent = { ...body, ...(version ? { expectedVersion: version } : {}), ...wrong };
            const res = await send({
              method: 'PUT',
              path: `${base}/obligations/${id}/report`,
              as: who.financeStaff,
              body: sent,
            });
            wrote(id, res);
            if (res.status === 200) {
              const back = await call(f.handler, {
                method: 'GET',
                path: `${base}/obligations/${id}`,
                as: who.financeStaff,
              });
              // stored as people mean it (session 38): zero-width characters out, odd space runs one space
              expect(back.body.latestReport.summary).toBe(multiLine(sent.summary as string));
              if (sent.obstacles !== undefined)
                expect(back.body.latestReport.obstacles).toBe(multiLine(sent.obstacles));
            }
          },
        ),
        { numRuns: 1700, seed: 2566 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'raw garbage: invalid JSON, wrong content types, 1 MB bodies, deep nesting, huge arrays',
    async () => {
      const garbage = fc.oneof(
        fc.string({ maxLength: 200 }).map((raw) => ({ rawBody: raw })),
        fc.constantFrom(
          { rawBody: '{"progress":"done","summary":' },
          { rawBody: 'null' },
          { rawBody: '[]' },
          { rawBody: '"just a string"' },
          { rawBody: `{"progress":"done","summary":"${'ก'.repeat(1_000_000)}"}` },
          { rawBody: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
          { rawBody: `{"progress":"done","summary":"x","evidence":[${Array(100_000).fill('{}').join(',')}]}` },
          { rawBody: '{"__proto__":{"admin":true},"progress":"done","summary":"x"}' },
        ),
      );
      const contentType = fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        '',
        'application/json; charset=tis-620',
      );
      await fc.assert(
        fc.asyncProperty(obligationIds, garbage, contentType, async (id, g, type) => {
          const res = await send({
            method: 'PUT',
            path: `${base}/obligations/${id}/report`,
            as: who.financeStaff,
            ...g,
            headers: { 'content-type': type },
          });
          expect(res.status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: 1500, seed: 7 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reviews, evidence uploads, plan replacement and queries',
    async () => {
      const request = fc.oneof(
        fc
          .record({
            decision: fc.oneof(fc.constantFrom('accept', 'return'), nasty),
            comment: fc.option(nasty, { nil: undefined }),
            version: fc.option(fc.integer({ min: -2, max: 5 }), { nil: undefined }),
          })
          .map((body) => ({ kind: 'review' as const, body })),
        fc
          .record({
            obligationId: fc.oneof(obligationIds, nasty),
            fileName: nasty,
            contentType: fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/x-sh'),
            size: fc.integer({ min: -1, max: 20_000_000 }),
          })
          .map((body) => ({ kind: 'upload' as const, body })),
        fc
          .oneof(
            fc.record({ format: fc.constantFrom('document', 'json', 'xml'), text: nasty }),
            fc.record({ format: fc.constant('json'), measures: fc.array(fc.anything(), { maxLength: 3 }) }),
          )
          .map((body) => ({ kind: 'plan' as const, body })),
        fc
          .record({
            unit: fc.option(nasty, { nil: undefined }),
            status: fc.option(nasty, { nil: undefined }),
            from: fc.option(nasty, { nil: undefined }),
            cursor: fc.option(nasty, { nil: undefined }),
            limit: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
          })
          .map((query) => ({ kind: 'list' as const, query })),
        fc.oneof(nasty, obligationIds).map((id) => ({ kind: 'get' as const, id })),
      );
      await fc.assert(
        fc.asyncProperty(request, fc.constantFrom(who.coordinator, who.financeStaff), async (r, as) => {
          if (r.kind === 'review') {
            await send({ method: 'POST', path: `${base}/obligations/i4.f2.2023-01.finance/review`, as, body: r.body });
            knownVersions.delete('i4.f2.2023-01.finance');
          }
          if (r.kind === 'upload') await send({ method: 'POST', path: `${base}/evidence-uploads`, as, body: r.body });
          if (r.kind === 'plan') {
            const res = await send({ method: 'PUT', path: `${base}/plan`, as, body: r.body });
            expect(res.status).not.toBe(200);
          }
          if (r.kind === 'list') {
            const query = Object.fromEntries(Object.entries(r.query).filter(([, v]) => v !== undefined)) as Record<
              string,
              string
            >;
            await send({ method: 'GET', path: `${base}/obligations`, as, query });
          }
          if (r.kind === 'get') {
            // a path as a client would send it; a lone surrogate cannot be percent-encoded, so it goes raw
            let encoded = r.id;
            try {
              encoded = encodeURIComponent(r.id);
            } catch {
              // keep it raw
            }
            await send({ method: 'GET', path: `${base}/obligations/${encoded}`, as });
          }
        }),
        { numRuns: 4000, seed: 43 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'plan file uploads and plan imports by upload id: sizes, types, hostile names, foreign and made-up ids',
    async () => {
      const uuid = fc.uuid({ version: 4 });
      const uploadId = fc.oneof(
        fc.tuple(uuid, fc.integer({ min: -1, max: 6_000_000 })).map(([u, n]) => `${u}.${n}`),
        uuid,
        uuid.map((u) => `plan-uploads/other/2566/${u}.10`),
        uuid.map((u) => `../../other/2566/${u}.10`),
        nasty,
      );
      const request = fc.oneof(
        fc
          .record(
            {
              fileName: fc.oneof(nasty, fc.constant('แผน.docx')),
              contentType: fc.oneof(
                fc.constantFrom('application/pdf', 'text/plain', 'image/png', 'text/html', 'application/zip', ''),
                nasty,
              ),
              size: fc.oneof(fc.integer({ min: -1, max: 6_000_000 }), fc.double(), nasty),
            },
            { requiredKeys: [] },
          )
          .map((body) => ({ path: `${base}/plan-import-uploads`, body })),
        fc
          .record(
            {
              fileName: fc.oneof(nasty, fc.constant('แผน.docx')),
              contentType: nasty,
              uploadId,
              contentBase64: fc.option(fc.constantFrom('QUJD', '', '!!!'), { nil: undefined }),
            },
            { requiredKeys: ['uploadId'] },
          )
          .map((body) => ({ path: `${base}/plan-imports`, body })),
      );
      const before = tally.requests;
      await fc.assert(
        fc.asyncProperty(request, fc.constantFrom(who.coordinator, who.financeStaff), async (r, as) => {
          const res = await send({ method: 'POST', ...r, as });
          // no id made up here was ever uploaded: an import by id is never 200
          if (r.path.endsWith('/plan-imports')) expect(res.status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: 800, seed: 2567 },
      );
      expect(tally.requests - before).toBeGreaterThanOrEqual(800);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'dates, evidence uploads and the evidence a report cites: Buddhist-era years, bad days, hostile file names, foreign keys',
    async () => {
      const ceDate = fc
        .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
      // a Buddhist-era year where a date is expected: the same day, year + 543 (2566-04-01)
      const beDate = ceDate.map((d) => `${Number(d.slice(0, 4)) + 543}${d.slice(4)}`);
      const badDate = fc.oneof(
        fc.constantFrom('2023-02-29', '2023-02-30', '2023-13-01', '2023-04-31', '0000-01-01', '2023-4-1', '01/04/2566'),
        fc.constantFrom('2023-04-01T00:00:00Z', '๒๕๖๖-๐๔-๐๑', '2566-04-01 ', ' 2023-04-01', '9999-12-31'),
        nasty,
      );
      const anyDate = fc.oneof(ceDate, beDate, badDate);
      // an evidence key as a client might send one: its own (as uploaded), another obligation's or
      // org's, a path escape, or anything at all
      const uuid = '00000000-0000-4000-8000-000000000000';
      const citedKey = fc.oneof(
        fc.constantFrom(
          `demo/2566/evidence/i4.f2.2023-04.finance/${uuid}-รายงาน.pdf`,
          `demo/2566/evidence/i4.f2.2023-04.engineering/${uuid}-x.pdf`,
          `other-org/2566/evidence/i4.f2.2023-04.finance/${uuid}-x.pdf`,
          `demo/2565/evidence/i4.f2.2023-04.finance/${uuid}-x.pdf`,
          `demo/2566/evidence/i4.f2.2023-04.finance/../../../other-org/x.pdf`,
          `demo/2566/annual-report/${uuid}/report.pdf`,
          `/demo/2566/evidence/i4.f2.2023-04.finance/${uuid}-x.pdf`,
        ),
        nasty.map((n) => `demo/2566/evidence/i4.f2.2023-04.finance/${uuid}-${n}`),
        nasty,
      );
      const fileName = fc.oneof(
        nasty,
        fc.constantFrom('..', '../../etc/passwd', 'a/../../b.pdf', '.pdf', '..pdf', 'ไฟล์..pdf', 'C:\\x\\y.pdf'),
        fc.constantFrom(`${'a'.repeat(119)}\u{20000}.pdf`, `📎${'ก'.repeat(200)}.pdf`, '𠀀𠀁.docx', '\u0000.pdf'),
      );
      const request = fc.oneof(
        fc
          .record({ from: fc.option(anyDate, { nil: undefined }), to: fc.option(anyDate, { nil: undefined }) })
          .map((query) => ({ kind: 'list' as const, query })),
        fc
          .record({
            obligationId: fc.constantFrom(
              'i4.f2.2023-04.finance',
              'i4.f2.2023-04.engineering',
              'i4.f2.2099-04.finance',
            ),
            fileName,
            contentType: fc.constantFrom('application/pdf', 'APPLICATION/PDF', 'application/pdf; x=y', 'image/svg+xml'),
            size: fc.constantFrom(0, 1, 10 * 1024 * 1024, 10 * 1024 * 1024 + 1, -5, 1.5, 2 ** 53),
          })
          .map((body) => ({ kind: 'upload' as const, body })),
        fc
          .array(fc.record({ key: citedKey, title: fc.oneof(thaiText, nasty) }), { minLength: 1, maxLength: 3 })
          .map((evidence) => ({ kind: 'cite' as const, evidence })),
      );
      const isBe = (d: string | undefined) => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && Number(d.slice(0, 4)) >= 2400;
      const before = tally.requests;
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          if (r.kind === 'list') {
            const query = Object.fromEntries(Object.entries(r.query).filter(([, v]) => v !== undefined)) as Record<
              string,
              string
            >;
            const res = await send({ method: 'GET', path: `${base}/obligations`, as: who.financeStaff, query });
            // a Buddhist-era year is never read as a Gregorian one: 400 with the hint, naming the field
            for (const name of ['from', 'to'] as const) {
              if (!isBe(query[name])) continue;
              expect(res.status).toBe(400);
              expect(res.body.error.fields).toContainEqual(
                expect.objectContaining({ path: `query.${name}`, message_th: expect.stringContaining('ค.ศ.') }),
              );
            }
          }
          if (r.kind === 'upload') {
            const res = await send({
              method: 'POST',
              path: `${base}/evidence-uploads`,
              as: who.financeStaff,
              body: r.body,
            });
            if (res.status === 200) {
              // whatever was uploaded can be cited: the stored name has no path and no character outside the BMP
              const name = (res.body.key as string).split('/').pop()!;
              expect(name).not.toMatch(/\.\.|[\uD800-\uDFFF]/);
              expect(r.body.obligationId).toBe('i4.f2.2023-04.finance');
            }
          }
          if (r.kind === 'cite') {
            const version = await latestVersion('i4.f2.2023-04.finance');
            const res = await send({
              method: 'PUT',
              path: `${base}/obligations/i4.f2.2023-04.finance/report`,
              as: who.financeStaff,
              body: {
                progress: 'done',
                summary: 'แนบหลักฐาน',
                evidence: r.evidence,
                ...(version ? { expectedVersion: version } : {}),
              },
            });
            wrote('i4.f2.2023-04.finance', res);
            const foreign = r.evidence.some((e) => !e.key.startsWith('demo/2566/evidence/i4.f2.2023-04.finance/'));
            if (foreign) expect(res.status).toBeGreaterThanOrEqual(400);
          }
        }),
        { numRuns: 1300, seed: 2023 },
      );
      expect(tally.requests - before).toBeGreaterThanOrEqual(1300);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "the coordinator's routes: units, people, audit pages, evidence links, calendar feeds",
    async () => {
      const roles = fc.oneof(
        fc.subarray(['staff', 'coordinator', 'executive', 'admin'], { minLength: 1 }),
        fc.array(fc.oneof(nasty, fc.constant('staff')), { maxLength: 5 }),
        fc.constantFrom(null, 'staff', []),
      );
      const unitRef = fc.option(fc.oneof(fc.constantFrom('finance', 'engineering', 'gone-unit', null), nasty), {
        nil: undefined,
      });
      const name = fc.oneof(thaiText, nasty);
      const email = fc.oneof(fc.emailAddress(), nasty, fc.constantFrom(`STAFF.FINANCE@${'x'.repeat(250)}.org`, null));
      const request = fc.oneof(
        fc
          .record(
            { unitId: unitRef, name, aliases: fc.option(fc.array(name, { maxLength: 25 }), { nil: undefined }) },
            { requiredKeys: [] },
          )
          .map((body) => ({ method: 'POST', path: '/v1/units', body })),
        fc
          .tuple(
            fc.oneof(fc.constantFrom('finance', 'engineering'), nasty),
            fc.record(
              { name, aliases: fc.array(name, { maxLength: 3 }), active: fc.oneof(fc.boolean(), nasty) },
              { requiredKeys: [] },
            ),
          )
          .map(([unit, body]) => ({ method: 'PUT', path: `/v1/units/${pathPart(unit)}`, body })),
        fc
          .record(
            { email, name, roles, unitId: unitRef, headOfUnit: fc.oneof(fc.boolean(), nasty) },
            { requiredKeys: ['email'] },
          )
          .map((body) => ({ method: 'POST', path: '/v1/people', body })),
        fc
          .tuple(
            fc.oneof(fc.constantFrom(who.financeStaff, who.removed, who.financeHead), nasty),
            fc.record(
              { name, roles, unitId: unitRef, headOfUnit: fc.boolean(), active: fc.oneof(fc.boolean(), nasty) },
              { requiredKeys: [] },
            ),
          )
          .map(([id, body]) => ({ method: 'PUT', path: `/v1/people/${pathPart(id)}`, body })),
        fc
          .tuple(
            fc.constantFrom(
              `/v1/people/${who.financeStaff}/audit`,
              `${base}/plan/audit`,
              `${base}/obligations/i4.f2.2023-04.finance/audit`,
            ),
            fc.record({ cursor: nasty, limit: fc.string({ maxLength: 6 }) }, { requiredKeys: [] }),
          )
          .map(([path, query]) => ({ method: 'GET', path, query })),
        nasty.map((key) => ({
          method: 'GET',
          path: `${base}/obligations/i4.f2.2023-04.finance/report/evidence-link`,
          query: { key },
        })),
        fc
          .record({ label: fc.oneof(nasty, fc.constant(123)) }, { requiredKeys: [] })
          .map((body) => ({ method: 'POST', path: '/v1/calendar-feeds', body })),
        nasty.map((id) => ({ method: 'DELETE', path: `/v1/calendar-feeds/${pathPart(id)}` })),
        nasty.map((file) => ({ method: 'GET', path: `/calendar/${pathPart(file)}.ics`, public: true })),
      );
      const before = tally.requests;
      await fc.assert(
        fc.asyncProperty(request, fc.constantFrom(who.coordinator, who.admin, who.financeStaff), async (r, as) => {
          const { public: isPublic, ...req } = r as typeof r & { public?: boolean };
          // a lone surrogate cannot be percent-encoded: such paths are left out (a client cannot send them)
          await send({ ...(req as ApiRequest), ...(isPublic ? {} : { as }) });
        }),
        { numRuns: 1500, seed: 18 },
      );
      expect(tally.requests - before).toBe(1500);
      // issue 9: at least 10,000 requests over the file's cases (this case is the last)
      expect(tally.requests).toBeGreaterThanOrEqual(10_000);
    },
    FUZZ_TIMEOUT_MS,
  );
});
