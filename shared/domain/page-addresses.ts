// Addresses inside the web page (hash routes): the page's router and the emails' links both use these.
export const PAGE = {
  signIn: () => '#/sign-in',
  myObligations: (fy: number) => `#/fy/${fy}`,
  obligation: (fy: number, obligationId: string) => `#/fy/${fy}/o/${encodeURIComponent(obligationId)}`,
  overview: (fy: number, month?: string) => `#/fy/${fy}/overview${month ? `/${month}` : ''}`,
  annualReport: (fy: number) => `#/fy/${fy}/annual-report`,
  /** แผนมาตรการ (coordinators): import a plan file, fix and edit the measures, copy last year's */
  plan: (fy: number) => `#/fy/${fy}/plan`,
  /** คะแนน ITA ปีที่แล้ว: the scores the plan of fy answers, and the weak indicators it leaves open */
  itaScores: (fy: number) => `#/fy/${fy}/plan/scores`,
  /** the plan's change history (who imported or replaced it, when) */
  planHistory: (fy: number) => `#/fy/${fy}/plan/history`,
  /** ผู้ใช้งานและหน่วยงาน: units and people (admins and coordinators) */
  people: () => '#/people',
  /** one person: roles, unit, active, and their change history */
  person: (personId: string) => `#/people/${encodeURIComponent(personId)}`,
  /** ปฏิทินของฉัน: the caller's calendar feeds */
  calendar: () => '#/calendar',
};

/** An absolute link into the page, e.g. for an email: https://…/#/fy/2566/o/i4.f2.2023-04.finance */
export function pageLink(formUrl: string, address: string): string {
  return `${formUrl.replace(/\/+$/, '')}/${address}`;
}
