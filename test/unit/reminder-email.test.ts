import { describe, expect, it } from 'vitest';
import { expandPlan } from '../../shared/domain/obligations.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const obligations = expandPlan(plan, FIVE_UNITS).filter((o) => o.periodId === '2023-04' && o.unitId === 'finance');
const ctx = {
  orgName: 'เทศบาลตำบลดอนอะระง',
  unitNames: new Map([['finance', 'กองคลัง']]),
  measures: new Map(plan.measures.map((m) => [m.measureId, m])),
  today: '2023-04-01' as const,
  formUrl: 'https://ita.example.org',
};

describe('a reminder email, as a Thai reader sees it', () => {
  const mail = renderReminder(
    {
      stage: 'opening',
      audience: { kind: 'unit', unitId: 'finance' },
      items: obligations.map((o) => ({ obligation: o, status: 'due' as const })),
    },
    ctx,
  );

  it('has a UTF-8 Thai subject naming the unit, the month in Thai and the count in Thai digits', () => {
    expect(mail.subject).toBe('[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ (๔ รายการ)');
  });

  it('shows the BE due date with the Thai month name and Thai digits, in both parts', () => {
    expect(mail.html).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖');
    expect(mail.text).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖');
    const visible = mail.html.replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/2023|2566/);
  });

  it('links each obligation to its page in the web page, where the report form is', () => {
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/o/i4.f2.2023-04.finance"');
    expect(mail.text).toContain('แบบรายงาน: https://ita.example.org/#/org/demo/fy/2566/o/i10.f4.2023-04.finance');
  });

  it("names the obligation's org in each link: the same id in another org opens there (break 18 s28, F4)", () => {
    const other = renderReminder(
      {
        stage: 'overdue',
        audience: { kind: 'unit', unitId: 'finance' },
        items: obligations.map((o) => ({ obligation: { ...o, orgId: 'nongbua' }, status: 'overdue' as const })),
      },
      { ...ctx, orgName: 'เทศบาลตำบลหนองบัว' },
    );
    expect(other.html).toContain('href="https://ita.example.org/#/org/nongbua/fy/2566/o/i4.f2.2023-04.finance"');
    expect(other.text).toContain('https://ita.example.org/#/org/nongbua/fy/2566/o/i10.f4.2023-04.finance');
    expect(other.html).not.toMatch(/#\/(?!org\/nongbua\/)fy\//);
  });

  it('fits a phone: one column with a viewport and no external images', () => {
    expect(mail.html).toContain('name="viewport"');
    expect(mail.html).toContain('max-width:640px');
    expect(mail.html).not.toContain('<img');
  });
});
