// Addresses inside the web page (hash routes): the page's router and the emails' links both use these.
import type { DocumentKind } from './document-kinds.js';

/**
 * One unit's work screen as it is headed, and as the links to it say (home, the backlog email):
 * "งานที่ต้องรายงานของงานห้องสมุด" reads well for any unit name (s46 re-check: "งานของงานห้องสมุด").
 */
export const unitWorkTitle = (unitName: string) => `งานที่ต้องรายงานของ${unitName}`;

export const PAGE = {
  signIn: () => '#/sign-in',
  myObligations: (fy: number) => `#/fy/${fy}`,
  /** one unit's work (an acting head's acted-for unit: the home screen links to it) */
  unitObligations: (fy: number, unitId: string) => `#/fy/${fy}/unit/${encodeURIComponent(unitId)}`,
  obligation: (fy: number, obligationId: string) => `#/fy/${fy}/o/${encodeURIComponent(obligationId)}`,
  overview: (fy: number, month?: string) => `#/fy/${fy}/overview${month ? `/${month}` : ''}`,
  annualReport: (fy: number) => `#/fy/${fy}/annual-report`,
  /** เอกสารมาตรการ: generate the plan document, publish or withdraw a generation (break 19 s28, F6) */
  planDocument: (fy: number) => `#/fy/${fy}/plan-document`,
  /**
   * ประวัติเอกสาร (coordinators, executives): who generated, published and withdrew which generation
   * of the year's two documents, reached from either documents screen (`kind`: the one to go back to)
   */
  documentsHistory: (fy: number, kind: DocumentKind) => `#/fy/${fy}/${kind}/history`,
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

/**
 * `address` in org `orgId`: "#/org/nongbua/fy/2566/o/…". The page switches to that org (or says the
 * person is not in it) before showing the screen: ids such as i4.f2.2023-05.finance recur across
 * orgs, and a person in two orgs must not report to the wrong one (break 18 s28, F4).
 */
export const inOrg = (orgId: string, address: string) => `#/org/${encodeURIComponent(orgId)}${address.slice(1)}`;

/**
 * An absolute link into the page for an email or a calendar, naming its org:
 * https://…/#/org/demo/fy/2566/o/i4.f2.2023-04.finance (inOrg).
 */
export function pageLink(formUrl: string, orgId: string, address: string): string {
  return `${formUrl.replace(/\/+$/, '')}/${inOrg(orgId, address)}`;
}
