// The document function: the only one with the PDF code and the fonts, and the only writer of
// document files. The API claims and enqueues; it may not write a document.
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateless);

type Statement = { Action: string | string[]; Resource: unknown };

function functionNamed(prefix: string) {
  const [id, fn] = Object.entries(template.findResources('AWS::Lambda::Function')).find(([key]) =>
    key.startsWith(prefix),
  )!;
  return { id, props: fn.Properties, roleId: fn.Properties.Role['Fn::GetAtt'][0] as string };
}

/** Every IAM statement attached to the function's role, with its actions as a list. */
function statementsOf(prefix: string): { actions: string[]; resource: string }[] {
  const { roleId } = functionNamed(prefix);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[])
    .map((s) => ({ actions: [s.Action].flat(), resource: JSON.stringify(s.Resource) }));
}

const can = (prefix: string, action: string, resourcePart = '') =>
  statementsOf(prefix).some((s) => s.actions.includes(action) && s.resource.includes(resourcePart));

describe('the document function', () => {
  it('carries the Thai fonts and is fed by its own queue, one message at a time', () => {
    const documents = functionNamed('DocumentsFunction');
    expect(documents.props.Environment.Variables.FONT_DIR).toBe('/var/task/fonts');
    expect(documents.props.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('ita-measures-documents');
    expect(documents.props.Timeout).toBe(900);
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))
      .map((r) => r.Properties)
      .find((p) => p.FunctionName.Ref === documents.id);
    expect(mapping).toMatchObject({ BatchSize: 1, FunctionResponseTypes: ['ReportBatchItemFailures'] });
  });

  it('is the only function that writes document files, and it may mail the annual report', () => {
    expect(can('DocumentsFunction', 's3:PutObject', '/annual-report/')).toBe(true);
    expect(can('DocumentsFunction', 's3:PutObjectRetention', '/annual-report/')).toBe(true);
    expect(can('DocumentsFunction', 'ses:SendRawEmail')).toBe(true);
    expect(can('DocumentsFunction', 's3:PutObject', '/evidence/')).toBe(false);
    for (const other of ['ApiFunction', 'OrgWorkerFunction', 'ScheduledJobFunction']) {
      expect(can(other, 's3:PutObject', '/annual-report/'), other).toBe(false);
      expect(can(other, 's3:PutObjectRetention'), other).toBe(false);
    }
  });

  it('the API has no fonts, reads document files only to sign download links, and enqueues generations', () => {
    const api = functionNamed('ApiFunction');
    expect(api.props.Environment.Variables.FONT_DIR).toBeUndefined();
    expect(api.props.Environment.Variables.DOCUMENT_QUEUE_URL).toBeDefined();
    expect(can('ApiFunction', 's3:GetObject', '/annual-report/')).toBe(true);
    expect(can('ApiFunction', 's3:PutObject', '/evidence/')).toBe(true);
    expect(can('ApiFunction', 'sqs:SendMessage')).toBe(true);
    expect(can('ApiFunction', 'ses:SendRawEmail')).toBe(false);
  });

  it('the API may send an invitation (SES SendEmail, no attachments) but no raw mail with a document', () => {
    expect(can('ApiFunction', 'ses:SendEmail', ':identity/')).toBe(true);
    expect(can('ApiFunction', 'ses:SendRawEmail')).toBe(false);
  });

  it('the API, which signs evidence uploads that carry the evidence=pending tag and re-tags cited files, may tag evidence and nothing else', () => {
    // a PUT with x-amz-tagging needs s3:PutObjectTagging besides s3:PutObject (S3 object tagging)
    expect(can('ApiFunction', 's3:PutObjectTagging', '/evidence/')).toBe(true);
    const tagging = statementsOf('ApiFunction').filter((s) => s.actions.includes('s3:PutObjectTagging'));
    expect(tagging.map((s) => s.resource)).toEqual([expect.stringMatching(/\/\*\/evidence\/\*"/)]);
    for (const other of ['DocumentsFunction', 'OrgWorkerFunction', 'ScheduledJobFunction']) {
      expect(can(other, 's3:PutObjectTagging'), other).toBe(false);
    }
  });

  it('the org worker only reads annual-report files (to retry a failed results-report email), and the planner sends annual work to the document queue', () => {
    const worker = functionNamed('OrgWorkerFunction');
    expect(worker.props.Environment.Variables.FONT_DIR).toBeUndefined();
    const s3 = statementsOf('OrgWorkerFunction').filter((s) => s.actions.some((a) => a.startsWith('s3:')));
    expect(s3.map((s) => s.actions)).toEqual([['s3:GetObject']]);
    expect(s3[0]!.resource).toMatch(/\/\*\/annual-report\/\*"/);
    const planner = functionNamed('ScheduledJobFunction');
    expect(planner.props.Environment.Variables.DOCUMENT_QUEUE_URL).toBeDefined();
    expect(can('ScheduledJobFunction', 'sqs:SendMessage')).toBe(true);
  });

  it('the API may list the files bucket only under one evidence upload or one generation, and the public bucket only under ita/, a prefix required', () => {
    const listings = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === functionNamed('ApiFunction').roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as (Statement & { Condition?: unknown })[])
      .filter((s) => [s.Action].flat().includes('s3:ListBucket'));
    expect(listings.map((s) => s.Condition)).toEqual([
      {
        StringLike: {
          's3:prefix': [
            '*/evidence/*/????????-????-????-????-????????????-*',
            '*/annual-report/*',
            '*/plan-document/*',
          ],
        },
      },
      { StringLike: { 's3:prefix': ['ita/*'] } },
    ]);
  });
});
