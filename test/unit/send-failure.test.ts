import { describe, expect, it } from 'vitest';
import { classifySendError, type SendFailureKind } from '../../shared/mail/send-failure.js';

const sesError = (name: string, status: number, message = `stubbed ${name}`) =>
  Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

describe('an SES error is classified by what a retry can do', () => {
  const cases: [string, Error, SendFailureKind][] = [
    ['a rejected message', sesError('MessageRejected', 400), 'permanent'],
    ['an invalid address', sesError('InvalidParameterValue', 400, 'Missing final @domain'), 'permanent'],
    ['sending paused for the account', sesError('AccountSendingPausedException', 400), 'permanent'],
    ['the daily quota (SES answers Throttling)', sesError('Throttling', 400, 'Daily message quota exceeded.'), 'quota'],
    ['the daily quota as LimitExceeded', sesError('LimitExceededException', 400), 'quota'],
    ['the maximum send rate', sesError('Throttling', 400, 'Maximum sending rate exceeded.'), 'throttled'],
    ['HTTP 429', sesError('TooManyRequestsException', 429), 'throttled'],
    ['InternalFailure', sesError('InternalFailure', 500), 'server'],
    ['ServiceUnavailable', sesError('ServiceUnavailable', 503), 'server'],
    ['an unnamed gateway error (HTTP 502)', sesError('BadGateway', 502), 'server'],
    ['a gateway timeout (HTTP 504)', sesError('GatewayTimeout', 504), 'server'],
    ['a network error', sesError('NetworkingError', 0), 'transient'],
  ];
  for (const [what, error, kind] of cases)
    it(`${what} is ${kind}`, () => {
      expect(classifySendError(error)).toBe(kind);
    });
});
