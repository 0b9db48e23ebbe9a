// The plan through the API as a coordinator reads, previews and saves it (GET …/measures, POST …/plan-imports, PUT …/plan).
import { apiPath } from '../../shared/api/api-path.js';
import type { Measure } from '../../shared/domain/plan.js';
import { call, type ApiResponse } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

/** The measures of the year's plan (default FY2566, the seed), as GET …/measures answers them. */
export async function currentMeasures(f: ApiFixture, fy = 2566): Promise<Measure[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return res.body.measures as Measure[];
}

/** POST …/plan-imports of `text` as a plain-text file (plan.txt) by the coordinator: the preview of that document. */
export const previewPlanText = (f: ApiFixture, text: string, fy = 2566): Promise<ApiResponse> =>
  call(f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
    as: who.coordinator,
    body: { fileName: 'plan.txt', contentType: 'text/plain', contentBase64: Buffer.from(text).toString('base64') },
  });

/** PUT …/plan with `body` (`{format: 'json', measures}` or `{format: 'document', text}`) as the coordinator. */
export const putPlan = (f: ApiFixture, body: unknown, fy = 2566): Promise<ApiResponse> =>
  call(f.handler, { method: 'PUT', path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }), as: who.coordinator, body });

/** POST …/plan-checks with `body` (`{title, measures}`, plan JSON) by `as` (default the coordinator): the draft's checks, writing nothing. */
export const checkPlan = (f: ApiFixture, body: unknown, fy = 2566, as = who.coordinator): Promise<ApiResponse> =>
  call(f.handler, { method: 'POST', path: apiPath('/v1/fiscal-years/{fy}/plan-checks', { fy }), as, body });

/** The saved plan as GET …/measures answers it: measures, version and title. */
export async function savedPlan(
  f: ApiFixture,
  fy = 2566,
): Promise<{ measures: Measure[]; version: number; title: string }> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return res.body as { measures: Measure[]; version: number; title: string };
}

/** Measure `measureId` of the saved plan as GET …/measures answers it (throws if there is none). */
export async function savedMeasure(f: ApiFixture, measureId: string, fy = 2566): Promise<Measure> {
  const measure = (await savedPlan(f, fy)).measures.find((m) => m.measureId === measureId);
  if (!measure) throw new Error(`no measure ${measureId} in the saved plan of ${fy}`);
  return measure;
}

/**
 * A PUT …/plan body (plan JSON) of the saved plan with `change` made to a copy of its measures, at
 * its version, titled `title` or the saved plan's title.
 */
export async function changedPlanBody(
  f: ApiFixture,
  change: (measures: Measure[]) => void,
  { fy = 2566, title }: { fy?: number; title?: string | undefined } = {},
): Promise<{ format: 'json'; title: string; measures: Measure[]; expectedVersion: number }> {
  const saved = await savedPlan(f, fy);
  const measures = structuredClone(saved.measures);
  change(measures);
  return { format: 'json', title: title ?? saved.title, measures, expectedVersion: saved.version };
}

/** PUT …/plan of the saved plan with measure `measureId` changed by `change` (a copy), at its version. */
export async function saveWithMeasure(
  f: ApiFixture,
  measureId: string,
  change: (m: Measure) => Measure,
  fy = 2566,
): Promise<ApiResponse> {
  const body = await changedPlanBody(
    f,
    (measures) => {
      const i = measures.findIndex((m) => m.measureId === measureId);
      if (i >= 0) measures[i] = change(measures[i]!);
    },
    { fy },
  );
  return putPlan(f, body, fy);
}

/** The obligation ids `as` sees in the whole fiscal year `fy` (GET …/obligations). */
export async function obligationIdsOf(f: ApiFixture, as: string, fy = 2566): Promise<string[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
    as,
    query: { from: `${fy - 544}-10-01`, to: `${fy - 543}-09-30` },
  });
  return (res.body.items as { obligationId: string }[]).map((o) => o.obligationId);
}
