// Plan imports and saves run in their own function: the file readers (pdfjs-dist, exceljs, fflate)
// and the importer (PUT /plan reads measures documents too) are code no other request needs, so
// the API function neither bundles nor loads them.
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import {
  filesIn,
  functionOfRoute as functionOfRouteIn,
  packagesIn,
  statementsOf as statementsIn,
} from '../support/cdk-functions.js';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateless);

const functionOfRoute = (routeKey: string) => functionOfRouteIn(template, routeKey);
const statementsOf = (prefix: string) => statementsIn(template, prefix);

/** The files bucket (imported from the stateful stack), or its objects under `path` */
const filesBucket = { 'Fn::ImportValue': expect.stringMatching(/-files-arn$/) };
const filesObjects = (path: string) => ({ 'Fn::Join': ['', [filesBucket, path]] });

describe('the plan-import function', () => {
  it('serves POST …/plan-imports and PUT …/plan; every other route stays on the API function', () => {
    expect(functionOfRoute('POST /v1/fiscal-years/{fy}/plan-imports')).toMatch(/^PlanImportFunction/);
    expect(functionOfRoute('PUT /v1/fiscal-years/{fy}/plan')).toMatch(/^PlanImportFunction/);
    expect(functionOfRoute('PUT /v1/fiscal-years/{fy}/ita-scores')).toMatch(/^ApiFunction/);
    expect(functionOfRoute('GET /v1/me')).toMatch(/^ApiFunction/);
  });

  it('writes the table, and of S3 only signed copies (ฉบับลงนาม), deleting one replaced: no generated file, mail, queue message or user', () => {
    const actions = statementsOf('PlanImportFunction').flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']));
    // its own logs aside (logs:*, xray:*), of S3 reading uploaded plan files and a generation's
    // signed copy, which it presigns the PUT of (session 48) and deletes once replaced (session 49)
    const data = actions.filter((a) => !/^(logs|xray):/.test(a));
    expect(data.filter((a) => /^(ses|sqs|cognito)/.test(a))).toEqual([]);
    expect([...new Set(data.filter((a) => a.startsWith('s3:')))].sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
    for (const action of ['s3:PutObject', 's3:DeleteObject']) {
      const granted = statementsOf('PlanImportFunction').filter((s) => [s.Action].flat().includes(action));
      expect(granted.flatMap((s) => [s.Resource].flat()).map((r) => JSON.stringify(r))).toEqual([
        expect.stringMatching(/\/\*\/annual-report\/\*\/signed-\*"/),
        expect.stringMatching(/\/\*\/plan-document\/\*\/signed-\*"/),
      ]);
    }
  });

  it("reads uploaded plan files under plan-uploads/ and signed copies in their generations' folders only", () => {
    const s3 = statementsOf('PlanImportFunction').filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
    const signed = ['annual-report', 'plan-document'].map((kind) => filesObjects(`/*/${kind}/*/signed-*`));
    expect(s3).toEqual([
      expect.objectContaining({ Action: 's3:GetObject', Resource: filesObjects('/plan-uploads/*') }),
      expect.objectContaining({
        Action: 's3:ListBucket',
        Resource: filesBucket,
        Condition: { StringLike: { 's3:prefix': 'plan-uploads/*' } },
      }),
      expect.objectContaining({ Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], Resource: signed }),
      expect.objectContaining({
        Action: 's3:ListBucket',
        Resource: filesBucket,
        Condition: { StringLike: { 's3:prefix': ['*/annual-report/*/signed-*', '*/plan-document/*/signed-*'] } },
      }),
    ]);
  });

  it('the API function may presign a PUT under plan-uploads/ (and no read of it); it serves POST …/plan-import-uploads', () => {
    expect(functionOfRoute('POST /v1/fiscal-years/{fy}/plan-import-uploads')).toMatch(/^ApiFunction/);
    const onPlanUploads = statementsOf('ApiFunction').filter((s) => JSON.stringify(s).includes('plan-uploads'));
    expect(onPlanUploads).toEqual([
      expect.objectContaining({ Action: 's3:PutObject', Resource: filesObjects('/plan-uploads/*') }),
    ]);
  });

  it('the plan-import function knows the files bucket', () => {
    const fn = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('PlanImportFunction'),
    )![1];
    expect(fn.Properties.Environment.Variables.BUCKET_NAME).toBeDefined();
  });

  it('the API bundle has no importer: previews and plan saves read documents in the plan-import function', async () => {
    const ours = (await filesIn(FUNCTION_ENTRIES.api)).filter((f) => f.startsWith('shared/import/'));
    for (const importer of [
      'measures-document.ts',
      'align-saved-plan.ts',
      'import-plan-draft.ts',
      'indicator-heading.ts',
    ])
      expect(ours, importer).not.toContain(`shared/import/${importer}`);
    const planImport = await filesIn(FUNCTION_ENTRIES.planImport);
    expect(planImport).toContain('shared/import/measures-document.ts');
  });

  it("the plan routes' use cases (save, preview, draft check and the replaced plan's notices) are in the plan-import bundle only", async () => {
    const planRouteCode = [
      'shared/use-cases/replace-plan.ts',
      'shared/use-cases/preview-plan-import.ts',
      'shared/use-cases/check-plan-draft.ts',
      'shared/import/replaced-plan-notice.ts',
      'functions/plan-import/route-handlers.ts',
    ];
    for (const fn of ['api', 'calendar'] as const) {
      const files = await filesIn(FUNCTION_ENTRIES[fn]);
      for (const file of planRouteCode) expect(files, `${fn}: ${file}`).not.toContain(file);
    }
    const planImport = await filesIn(FUNCTION_ENTRIES.planImport);
    for (const file of planRouteCode) expect(planImport, file).toContain(file);
  });

  it('the API bundle has no plan file readers and no document code; the plan-import bundle has the readers', async () => {
    const api = await packagesIn(FUNCTION_ENTRIES.api);
    for (const heavy of ['pdfjs-dist', 'exceljs', 'fflate', 'pdfkit', 'fontkit', 'docx'])
      expect(api.has(heavy), heavy).toBe(false);
    const planImport = await packagesIn(FUNCTION_ENTRIES.planImport);
    for (const reader of ['pdfjs-dist', 'exceljs', 'fflate']) expect(planImport.has(reader), reader).toBe(true);
  });
});
