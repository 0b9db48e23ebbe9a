// Calendar files are served by their own function: calendar apps fetch /calendar/{token}.ics every
// few hours, and the iCalendar writer (ical-generator) is code no other request needs, so the API
// function neither bundles nor loads it.
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { actionsOf, functionOfRoute, packagesIn } from '../support/cdk-functions.js';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateless);

describe('the calendar function', () => {
  it('serves GET and HEAD /calendar/{file}; creating and revoking feeds stay on the API function', () => {
    expect(functionOfRoute(template, 'GET /calendar/{file}')).toMatch(/^CalendarFunction/);
    expect(functionOfRoute(template, 'HEAD /calendar/{file}')).toMatch(/^CalendarFunction/);
    expect(functionOfRoute(template, 'POST /v1/calendar-feeds')).toMatch(/^ApiFunction/);
    expect(functionOfRoute(template, 'DELETE /v1/calendar-feeds/{feedId}')).toMatch(/^ApiFunction/);
  });

  it('may read the table but write nothing, and reach no bucket, mail, queue or sign-in', () => {
    const actions = actionsOf(template, 'CalendarFunction');
    expect(actions).toContain('dynamodb:GetItem');
    expect(actions).toContain('dynamodb:Query');
    const data = actions.filter((a) => !/^(logs|xray):/.test(a));
    expect(data.filter((a) => /Put|Update|Delete|Write|^s3:|^ses:|^sqs:|^cognito/.test(a))).toEqual([]);
  });

  it('has an alarm on its errors, as the API has', () => {
    const alarms = Object.keys(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.some((id) => id.startsWith('CalendarErrors'))).toBe(true);
    expect(alarms.some((id) => id.startsWith('PlanImportErrors'))).toBe(true);
  });

  it('the API bundle has no iCalendar writer; the calendar bundle has it and no plan file readers', async () => {
    expect((await packagesIn(FUNCTION_ENTRIES.api)).has('ical-generator')).toBe(false);
    const calendar = await packagesIn(FUNCTION_ENTRIES.calendar);
    expect(calendar.has('ical-generator')).toBe(true);
    for (const reader of ['pdfjs-dist', 'exceljs', 'fflate']) expect(calendar.has(reader), reader).toBe(false);
  });
});
