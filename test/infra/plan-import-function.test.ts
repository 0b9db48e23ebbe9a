// Plan imports run in their own function: the file readers (pdfjs-dist, exceljs, fflate) are about
// 1 MB of code that no other request needs, so the API function neither bundles nor loads them.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/cdk/app.js';
import { esbuildOptions, FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';

const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'test' } });
const template = Template.fromStack(buildApp(app).stateless);

/** The logical id of the function a route's integration invokes. */
function functionOfRoute(routeKey: string): string {
  const route = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).find(
    (r) => r.Properties.RouteKey === routeKey,
  )!;
  const integrationId = (route.Properties.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
  const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId.Ref]!;
  return integration.Properties.IntegrationUri['Fn::GetAtt'][0] as string;
}

/** The npm packages in a function's bundle, as CDK bundles it. */
async function packagesIn(entry: string): Promise<Set<string>> {
  const result = await build({
    ...esbuildOptions(),
    entryPoints: [entry],
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'silent',
  });
  const names = Object.keys(result.metafile?.inputs ?? {}).flatMap((file) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    return m ? [m[1]!] : [];
  });
  return new Set(names);
}

describe('the plan-import function', () => {
  it('serves POST …/plan-imports; every other route stays on the API function', () => {
    expect(functionOfRoute('POST /v1/fiscal-years/{fy}/plan-imports')).toMatch(/^PlanImportFunction/);
    expect(functionOfRoute('PUT /v1/fiscal-years/{fy}/plan')).toMatch(/^ApiFunction/);
    expect(functionOfRoute('GET /v1/me')).toMatch(/^ApiFunction/);
  });

  it('may read the table but write nothing', () => {
    const role = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('PlanImportFunction'),
    )![1].Properties.Role['Fn::GetAtt'][0] as string;
    const actions = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
      .flatMap((s) => [s.Action].flat());
    expect(actions).toContain('dynamodb:GetItem');
    // its own logs aside (logs:*, xray:*), nothing that changes data
    const data = actions.filter((a) => !/^(logs|xray):/.test(a));
    expect(data.filter((a) => /Put|Update|Delete|Write|^s3:|^ses:|^sqs:|^cognito/.test(a))).toEqual([]);
  });

  it('the API bundle has no plan file readers and no document code; the plan-import bundle has the readers', async () => {
    const api = await packagesIn(FUNCTION_ENTRIES.api);
    for (const heavy of ['pdfjs-dist', 'exceljs', 'fflate', 'pdfkit', 'fontkit', 'docx'])
      expect(api.has(heavy), heavy).toBe(false);
    const planImport = await packagesIn(FUNCTION_ENTRIES.planImport);
    for (const reader of ['pdfjs-dist', 'exceljs', 'fflate']) expect(planImport.has(reader), reader).toBe(true);
  });
});
