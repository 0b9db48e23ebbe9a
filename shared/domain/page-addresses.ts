// Addresses inside the web page (hash routes): the page's router and the emails' links both use these.
export const PAGE = {
  signIn: () => '#/sign-in',
  myObligations: (fy: number) => `#/fy/${fy}`,
  obligation: (fy: number, obligationId: string) => `#/fy/${fy}/o/${encodeURIComponent(obligationId)}`,
  overview: (fy: number, month?: string) => `#/fy/${fy}/overview${month ? `/${month}` : ''}`,
  annualReport: (fy: number) => `#/fy/${fy}/annual-report`,
};

/** An absolute link into the page, e.g. for an email: https://…/#/fy/2566/o/i4.f2.2023-04.finance */
export function pageLink(formUrl: string, address: string): string {
  return `${formUrl.replace(/\/+$/, '')}/${address}`;
}
