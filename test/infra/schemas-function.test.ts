// The JSON Schema documents (the OpenAPI document, the report form's schema) are served by their own
// function: building them is code no other request needs, so the API function neither bundles nor
// runs it (issue 15: "whatever else the bench shows is loaded by few requests"). zod's converter
// itself stays in every bundle: each zod schema has a toJSONSchema() method that refers to it.
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { actionsOf, filesIn, functionOfRoute } from '../support/cdk-functions.js';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateless);

/** The documents' own code: the OpenAPI document and the report form's schema, and their handlers. */
const CONVERTER = ['shared/api/openapi-document.ts', 'functions/schemas/route-handlers.ts'];

describe('the schemas function', () => {
  it('serves GET /v1/openapi.json and GET /v1/forms/report, behind the sign-in; reports stay on the API function', () => {
    expect(functionOfRoute(template, 'GET /v1/openapi.json')).toMatch(/^SchemasFunction/);
    expect(functionOfRoute(template, 'GET /v1/forms/report')).toMatch(/^SchemasFunction/);
    expect(functionOfRoute(template, 'PUT /v1/fiscal-years/{fy}/obligations/{obligationId}/report')).toMatch(
      /^ApiFunction/,
    );
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties);
    for (const key of ['GET /v1/openapi.json', 'GET /v1/forms/report'])
      expect(routes.find((r) => r.RouteKey === key)?.AuthorizationType, key).toBe('JWT');
  });

  it('may read the table (who is calling) but write nothing, and reach no bucket, mail, queue or sign-in', () => {
    const actions = actionsOf(template, 'SchemasFunction');
    expect(actions).toContain('dynamodb:GetItem');
    const data = actions.filter((a) => !/^(logs|xray):/.test(a));
    expect(data.filter((a) => /Put|Update|Delete|Write|^s3:|^ses:|^sqs:|^cognito/.test(a))).toEqual([]);
  });

  it('has an alarm on its errors, as the API has', () => {
    const alarms = Object.keys(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.some((id) => id.startsWith('SchemasErrors'))).toBe(true);
  });

  it('the API, calendar and plan-import bundles have no document builder; the schemas bundle has it and no plan file readers', async () => {
    for (const fn of ['api', 'calendar', 'planImport'] as const) {
      const files = await filesIn(FUNCTION_ENTRIES[fn]);
      for (const file of CONVERTER) expect(files, `${fn}: ${file}`).not.toContain(file);
    }
    const schemas = await filesIn(FUNCTION_ENTRIES.schemas);
    for (const file of CONVERTER) expect(schemas, file).toContain(file);
    for (const reader of ['pdfjs-dist', 'exceljs', 'fflate', 'ical-generator'])
      expect(
        schemas.some((f) => f.includes(`node_modules/${reader}/`)),
        reader,
      ).toBe(false);
  });
});
