// The secret header CloudFront adds to every request it sends to the API's own domain, so that the
// API can refuse requests that went around CloudFront (and its WAF). CloudFront overwrites a viewer's
// header of the same name, so a caller cannot send it through CloudFront; only someone who knows the
// value can call the domain directly.
import { timingSafeEqual } from 'node:crypto';

/** The origin custom header's name (lower case: headers reach the API normalised). */
export const ORIGIN_SECRET_HEADER = 'x-ita-origin-secret';

/** Shortest accepted secret, characters (the deployed one is generated with 48). */
export const ORIGIN_SECRET_MIN_LENGTH = 32;

/** True when `given` is exactly `secret`, compared in constant time (no length of a prefix leaks). */
export function originSecretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
