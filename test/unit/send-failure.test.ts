import { Readable } from 'node:stream';
import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
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
    ['sending paused for the account', sesError('AccountSendingPausedException', 400), 'account'],
    ['a MAIL FROM domain not verified', sesError('MailFromDomainNotVerifiedException', 400), 'account'],
    ['a configuration set that does not exist', sesError('ConfigurationSetDoesNotExistException', 400), 'account'],
    ['an IAM refusal (NotAuthorized)', sesError('NotAuthorized', 400), 'account'],
    [
      'credentials SES does not know (UnrecognizedClientException)',
      sesError('UnrecognizedClientException', 400),
      'account',
    ],
    ['a request without credentials', sesError('MissingAuthenticationTokenException', 403), 'account'],
    ['SES not opted in for the region', sesError('OptInRequired', 403), 'account'],
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

// The SES client itself turns a Query-protocol error answer into the error the mailer sees: a real
// SESClient over a stubbed HTTP handler (no network), so names, $fault and status are the SDK's own.
const answering = (status: number, code: string, message: string) =>
  new SESClient({
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
    requestHandler: {
      handle: () =>
        Promise.resolve({
          response: {
            statusCode: status,
            headers: { 'content-type': 'text/xml' },
            body: Readable.from([
              Buffer.from(
                `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
              ),
            ]),
          },
        }),
    },
  });

async function sdkErrorFor(status: number, code: string, message = `stubbed ${code}`): Promise<unknown> {
  const ses = answering(status, code, message);
  try {
    await ses.send(
      new SendEmailCommand({
        Source: 'ita@example.org',
        Destination: { ToAddresses: ['staff@example.org'] },
        Message: { Subject: { Data: 'x' }, Body: { Text: { Data: 'x' } } },
      }),
    );
    throw new Error('the stub answered 200');
  } finally {
    ses.destroy();
  }
}

describe('permanent refusals are given up whatever the SDK names them (real SES client, stubbed answers)', () => {
  const cases: [string, number, string, SendFailureKind][] = [
    ['AccessDenied (no "Exception")', 403, 'AccessDenied', 'account'],
    ['AccessDeniedException', 400, 'AccessDeniedException', 'account'],
    ['a message SES rejects', 400, 'MessageRejected', 'permanent'],
    ['sending paused for the configuration set', 400, 'ConfigurationSetSendingPausedException', 'account'],
    ['a signature the account does not know (InvalidClientTokenId)', 403, 'InvalidClientTokenId', 'account'],
    ['a wrong secret key (SignatureDoesNotMatch)', 403, 'SignatureDoesNotMatch', 'account'],
    ['a 4xx the classifier has never heard of', 400, 'SomeNewRefusal', 'permanent'],
    ['the maximum send rate (Throttling, 400)', 400, 'Throttling', 'throttled'],
    ['an expired token (a later attempt signs anew)', 400, 'ExpiredToken', 'transient'],
    ['a service error (503)', 503, 'ServiceUnavailable', 'server'],
  ];
  for (const [what, status, code, kind] of cases)
    it(`${what} is ${kind}`, async () => {
      const error = await sdkErrorFor(status, code).catch((e: unknown) => e);
      expect((error as Error).name).toBe(code);
      expect(classifySendError(error)).toBe(kind);
    });

  // SES v1's own words for an unverified identity (sandbox or sender): which one decides the class
  const notVerified = (id: string) =>
    `Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-1: ${id}`;
  it('an unverified sender is a refusal of the account, whatever else is listed', async () => {
    for (const listed of ['ita@demo.example.org', 'staff@example.org, ita@demo.example.org', 'demo.example.org']) {
      const error = await sdkErrorFor(400, 'MessageRejected', notVerified(listed)).catch((e: unknown) => e);
      expect(classifySendError(error, 'ระบบ ITA <ita@demo.example.org>')).toBe('account');
    }
  });
  it('an unverified recipient (the sandbox) is a refusal of that email only', async () => {
    for (const listed of ['staff@example.org', 'staff@example.org, head@example.org']) {
      const error = await sdkErrorFor(400, 'MessageRejected', notVerified(listed)).catch((e: unknown) => e);
      expect(classifySendError(error, 'ita@demo.example.org')).toBe('permanent');
    }
  });

  it('the daily quota stays a quota even though SES names it Throttling', async () => {
    const error = await sdkErrorFor(400, 'Throttling', 'Daily message quota exceeded.').catch((e: unknown) => e);
    expect(classifySendError(error)).toBe('quota');
  });
});
