// The page's addresses (hash routes): one place builds and reads them.
export type Route =
  | { screen: 'sign-in' }
  | { screen: 'home' }
  | { screen: 'my-obligations'; fy: number }
  | { screen: 'obligation'; fy: number; obligationId: string }
  | { screen: 'overview'; fy: number; month?: string }
  | { screen: 'annual-report'; fy: number };

export const href = {
  myObligations: (fy: number) => `#/fy/${fy}`,
  obligation: (fy: number, id: string) => `#/fy/${fy}/o/${encodeURIComponent(id)}`,
  overview: (fy: number, month?: string) => `#/fy/${fy}/overview${month ? `/${month}` : ''}`,
  annualReport: (fy: number) => `#/fy/${fy}/annual-report`,
  signIn: () => '#/sign-in',
};

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'sign-in') return { screen: 'sign-in' };
  const fy = Number(parts[1]);
  if (parts[0] !== 'fy' || !Number.isInteger(fy)) return { screen: 'home' };
  if (parts[2] === 'o' && parts[3]) return { screen: 'obligation', fy, obligationId: parts[3] };
  if (parts[2] === 'overview') return { screen: 'overview', fy, ...(parts[3] ? { month: parts[3] } : {}) };
  if (parts[2] === 'annual-report') return { screen: 'annual-report', fy };
  return { screen: 'my-obligations', fy };
}
