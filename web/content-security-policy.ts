// The page's Content-Security-Policy, for the local server and for CloudFront: everything from the
// page's own origin, plus the few origins it must talk to (evidence uploads, sign-in).
export function contentSecurityPolicy(connectTo: readonly string[]): string {
  return [
    "default-src 'self'",
    `connect-src 'self' ${connectTo.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
