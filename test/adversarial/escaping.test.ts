// Stored HTML and script are shown escaped in emails and documents.
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderCsv } from '../../shared/documents/render-csv.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Report } from '../../shared/domain/report.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const SCRIPT = '<script>alert("ita")</script><img src=x onerror=alert(1)>';
const { plan } = importSeedPlan();
const obligation = expandPlan(plan, FIVE_UNITS).find((o) => o.obligationId === 'i4.f2.2023-04.finance')!;
const report: Report = {
  orgId: 'demo',
  fy: 2566,
  obligationId: obligation.obligationId,
  unitId: 'finance',
  version: 1,
  reviewState: 'returned',
  reviewComment: SCRIPT,
  progress: 'done',
  summary: `=HYPERLINK("http://evil")${SCRIPT}`,
  obstacles: '',
  suggestions: `=HYPERLINK("http://evil")${SCRIPT}`,
  evidence: [],
  submittedBy: 'x',
  submittedAt: '2023-04-20T03:00:00.000Z',
  firstSubmittedAt: '2023-04-20T03:00:00.000Z',
};

describe('hostile text in outputs', () => {
  it('is escaped in a returned-report email', () => {
    const mail = renderReminder(
      {
        stage: 'returned',
        audience: { kind: 'unit', unitId: 'finance' },
        items: [{ obligation, status: 'returned', report }],
      },
      {
        orgName: 'เทศบาล<b>',
        unitNames: new Map(),
        measures: new Map(plan.measures.map((m) => [m.measureId, m])),
        today: '2023-04-21',
        formUrl: 'https://ita.example.org',
      },
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;ita&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('เทศบาล&lt;b&gt;');
  });

  it('is escaped in the HTML report and neutralised in the CSV', () => {
    const model = buildAnnualReport({
      org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง', dueRules: {}, createdAt: '2022-10-01T00:00:00.000Z' },
      units: MUNICIPAL_UNITS.map((u) => ({ orgId: 'demo', unitId: u.unitId, name: u.name, aliases: u.aliases })),
      plan: { ...plan, version: 1, updatedAt: '2022-10-01T00:00:00.000Z', updatedBy: 'x' },
      // a submitted one: a returned report's text is not printed at all (break 19 s28, F13)
      reports: new Map([[report.obligationId, { ...report, reviewState: 'submitted' as const }]]),
      asOf: '2023-10-01',
    });
    const html = renderHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const csv = renderCsv(model).toString('utf8');
    expect(csv).not.toMatch(/(^|,)"=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK`);
  });
});
