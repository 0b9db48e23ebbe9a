// Warm overhead: submit through the full handler vs the raw DynamoDB calls submit performs, same client.
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { randomUUID } from 'node:crypto';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { s3PublicFileStore } from '../../shared/publishing/public-files.js';
import { createApiHandler } from '../../functions/api/create-api-handler.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from '../../functions/plan-import/route-handlers.js';
import { SCHEMA_ROUTE_HANDLERS } from '../../functions/schemas/route-handlers.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { s3PlanUploadStorage } from '../../shared/import/s3-plan-upload-storage.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { indexKeys, keys } from '../../shared/store/keys.js';
import { apiEvent, lambdaContext } from '../support/api-events.js';
import { apiPath } from '../../shared/api/api-path.js';
import { MAX_REPORT_VERSIONS } from '../../shared/domain/report-rules.js';
import { stats, time, type Stats } from './harness.js';
import type { Meter } from './dynamodb-meter.js';

export interface WarmResult {
  handler: Stats;
  raw: Stats;
  submitRequests: number;
  submitCapacity: { read: number; write: number };
  listRequests: number;
  listCapacity: { read: number; write: number };
}

export function benchApiHandler(store: Store) {
  const s3 = lazyS3Client({ endpoint: process.env.S3_ENDPOINT! });
  const files = s3ReportFileStore(s3, 'bench');
  const clock = () => new Date('2023-04-20T03:00:00Z');
  const repos = createRepositories(store);
  return createApiHandler({
    planFiles: async (bytes) => (await import('../../shared/import/read-plan-file.js')).readPlanFile(bytes),
    planImporter: importPlanDraft,
    planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
    schemaRoutes: SCHEMA_ROUTE_HANDLERS,
    calendarText: writeICalendar,
    identity: localIdentityProvider,
    store,
    repos,
    evidence: s3EvidenceStorage(s3, 'bench'),
    planUploads: s3PlanUploadStorage(s3, 'bench'),
    files,
    documents: { start: () => Promise.resolve() },
    clock,
    corsOrigins: [],
    publishing: publishingPorts({
      store,
      repos,
      files,
      publicFiles: s3PublicFileStore(s3, 'bench'),
      publicBaseUrl: '',
      clock,
    }),
  });
}

export async function measureWarmSubmit(store: Store, m: Meter, runs: number): Promise<WarmResult> {
  const handler = benchApiHandler(store);
  // a report holds at most MAX_REPORT_VERSIONS versions: the n-th submit revises the report of
  // month floor(n / MAX_REPORT_VERSIONS), October to April (the API's clock is 20 April 2023)
  const months = ['2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03', '2023-04'];
  const perReport = MAX_REPORT_VERSIONS;
  if (runs + 21 > months.length * perReport) throw new Error(`at most ${months.length * perReport - 21} runs`);
  const submit = async (n: number) => {
    const version = n % perReport;
    const obligationId = `i4.f2.${months[Math.floor(n / perReport)]!}.finance`;
    const res = (await handler(
      apiEvent({
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy: 2566, obligationId }),
        as: 'demo-staff-finance',
        body: {
          progress: 'done',
          summary: 'รายงานผลต่อที่ประชุมประจำเดือนแล้ว',
          ...(version ? { expectedVersion: version } : {}),
        },
      }),
      lambdaContext,
    )) as { statusCode: number; body: string };
    // a failed submit answers faster than a real one: it must never be timed as one
    if (res.statusCode !== 200) throw new Error(`submit ${n} failed: ${res.body}`);
    return res;
  };

  // The same requests, by hand (session 18: until then the raw pair Put a smaller latest item and
  // an audit entry without the history index keys, so DynamoDB did less for it than for the
  // handler): a revision reads the report's first submission time (the warm instance has the plan
  // in hand, PlanSnapshots), then one transaction writes the latest report (an Update that keeps
  // firstSubmittedAt and settledAt and removes the review fields), the version's history item, the
  // audit entry (with its gsi1 and, from session 29, gsi2 keys and the author's name) and checks
  // that the plan is still that version and not held, and (session 39) that the submitter's person
  // item is still the revision their cached rights were read from.
  // The n-th raw op is a first submission exactly when the n-th submit is. `sameRequests` below
  // checks that both send requests of the same shape.
  const plan = (await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.plan('demo', 2566) })))
    .Item!;
  const planVersion = Number(plan.version);
  const person = (
    await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.person('demo', 'demo-staff-finance') }))
  ).Item!;
  const personRevision = Number(person.revision);
  const clock = () => new Date('2023-04-20T03:00:00Z');
  const raw = async (n: number) => {
    const version = (n % perReport) + 1;
    const id = `i5.f1.${months[Math.floor(n / perReport)]!}.finance`;
    const key = keys.report('demo', 2566, id);
    // a first submission has no earlier time to read
    const first =
      version > 1
        ? ((
            await store.doc.send(
              new GetCommand({
                TableName: store.tableName,
                Key: key,
                ProjectionExpression: 'firstSubmittedAt',
                ConsistentRead: true,
              }),
            )
          ).Item?.firstSubmittedAt as string)
        : undefined;
    const at = clock();
    const now = at.toISOString();
    const report = {
      progress: 'done',
      summary: 'รายงานผลต่อที่ประชุมประจำเดือนแล้ว',
      obstacles: '',
      suggestions: '',
      evidence: [],
      orgId: 'demo',
      fy: 2566,
      obligationId: id,
      unitId: 'finance',
      version,
      reviewState: 'submitted',
      submittedBy: 'demo-staff-finance',
      submittedAt: now,
    };
    const names: Record<string, string> = {
      '#first': 'firstSubmittedAt',
      '#settled': 'settledAt',
      '#r0': 'reviewComment',
      '#r1': 'reviewedBy',
      '#r2': 'reviewedAt',
    };
    const values: Record<string, unknown> = { ':first': now, ':settled': now };
    const sets = Object.entries({ type: 'report', ...report }).map(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:v${i}`] = v;
      return `#f${i} = :v${i}`;
    });
    if (version > 1) Object.assign(values, { ':expected': version - 1, ':accepted': 'accepted' });
    if (version > 1) names['#state'] = 'reviewState';
    const entryId = randomUUID();
    const sort = indexKeys.auditOfSort(at, process.hrtime.bigint(), entryId);
    await store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: store.tableName,
              Key: key,
              UpdateExpression: `SET ${sets.join(', ')}, #first = if_not_exists(#first, :first), #settled = if_not_exists(#settled, :settled) REMOVE #r0, #r1, #r2`,
              ConditionExpression:
                version > 1 ? 'version = :expected AND #state <> :accepted' : 'attribute_not_exists(pk)',
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
          {
            Put: {
              TableName: store.tableName,
              Item: {
                ...keys.reportVersion('demo', 2566, id, version),
                type: 'report-version',
                ...report,
                firstSubmittedAt: first ?? now,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: store.tableName,
              Item: {
                ...keys.audit('demo', at, entryId),
                gsi1pk: indexKeys.auditOf('demo', `report:${id}`, 2566),
                gsi1sk: sort,
                // the author's entries, for erasure (session 29)
                gsi2pk: indexKeys.auditBy('demo', 'demo-staff-finance'),
                gsi2sk: sort,
                type: 'audit',
                orgId: 'demo',
                actor: 'demo-staff-finance',
                actorName: 'เจ้าหน้าที่ กองคลัง',
                action: version > 1 ? 'report.revise' : 'report.submit',
                target: `report:${id}`,
                at: now,
                details: { fy: 2566, version },
              },
            },
          },
          {
            ConditionCheck: {
              TableName: store.tableName,
              Key: keys.plan('demo', 2566),
              ConditionExpression:
                'version = :planVersion AND (attribute_not_exists(saveHeldUntil) OR saveHeldUntil < :now)',
              ExpressionAttributeValues: { ':planVersion': planVersion, ':now': at.getTime() },
            },
          },
          {
            ConditionCheck: {
              TableName: store.tableName,
              Key: keys.person('demo', 'demo-staff-finance'),
              ConditionExpression: '#revision = :revision',
              ExpressionAttributeNames: { '#revision': 'revision' },
              ExpressionAttributeValues: { ':revision': personRevision },
            },
          },
        ],
      }),
    );
  };
  const shapes = recordShapes(store);

  // warm up: caller directory, connections, JIT
  let version = 0;
  for (let i = 0; i < 20; i++) {
    await submit(version);
    await raw(version);
    version++;
  }
  const h: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    shapes.side = 'handler';
    const [, a] = await time(() => submit(version));
    h.push(a);
    shapes.side = 'raw';
    const [, b] = await time(() => raw(version));
    r.push(b);
    shapes.side = undefined;
    version++;
  }
  const differ = shapes.differences();
  if (differ.length > 0) throw new Error(`the raw pair does not send the handler's requests:\n${differ.join('\n')}`);
  // the requests of a revision (a first submission sends one fewer)
  if (version % perReport === 0) await submit(version++);
  m.reset();
  await submit(version);
  const submitRequests = m.total();
  const submitCapacity = { ...m.capacity };
  m.reset();
  const list = (await handler(
    apiEvent({
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy: 2566 }),
      as: 'demo-staff-finance',
      query: { limit: '200' },
    }),
    lambdaContext,
  )) as { statusCode: number };
  if (list.statusCode !== 200) throw new Error('list failed');
  return {
    handler: stats(h),
    raw: stats(r),
    submitRequests,
    submitCapacity,
    listRequests: m.requests.get('QueryCommand') ?? 0,
    listCapacity: { ...m.capacity },
  };
}

/**
 * What a DynamoDB request asks of DynamoDB, without its values: the command, every attribute name,
 * expression and table, and each value's type (keys sorted, so the order of building them does
 * not count).
 */
export function requestShape(command: string, input: unknown): string {
  const shape = (value: unknown, verbatim: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => shape(v, verbatim));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== 'ClientRequestToken')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, shape(v, verbatim || /Expression$|ExpressionAttributeNames|TableName/.test(k))]),
      );
    return verbatim ? value : typeof value;
  };
  return `${command} ${JSON.stringify(shape(input, false))}`;
}

/** Records the shapes of the requests sent while `side` is set; `differences` lists those only one side sent. */
function recordShapes(store: Store) {
  const seen = { handler: new Set<string>(), raw: new Set<string>() };
  const recorder = {
    side: undefined as 'handler' | 'raw' | undefined,
    differences: () => [
      ...(seen.handler.size === 0 || seen.raw.size === 0 ? ['no requests recorded'] : []),
      ...[...seen.handler].filter((x) => !seen.raw.has(x)).map((x) => `handler only: ${x}`),
      ...[...seen.raw].filter((x) => !seen.handler.has(x)).map((x) => `raw only: ${x}`),
    ],
  };
  store.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (recorder.side) seen[recorder.side].add(requestShape(String(context.commandName), args.input));
      return next(args);
    },
    { step: 'initialize', name: 'benchRequestShapes' },
  );
  return recorder;
}
