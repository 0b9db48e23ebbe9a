// A temporary password for an invitation we send ourselves (AdminCreateUser with MessageAction
// SUPPRESS): it fits the user pool's policy (infra/cdk/stateful-stack.ts: 12+ characters, upper and
// lower case, digits, symbols). Never logged, never stored: it goes to Cognito and into the email.
import { randomInt } from 'node:crypto';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
// symbols Cognito accepts that a Thai keyboard user can type and no mail client turns into markup
const SYMBOLS = '!#%+=?@';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

/** 16 characters, at least one of each kind, without look-alikes (0/O, 1/l/I). */
export function newTemporaryPassword(length = 16): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // shuffle (Fisher-Yates), so the kinds are not always in the same places
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
