// The CDK context's formUrl and corsOrigins are checked at synth: http(s) only, origins scheme and
// host only (break-16 B7).
import { describe, expect, it } from 'vitest';
import type { SettingsError } from '../../infra/cdk/context-settings.js';
import { settingsFrom } from '../../infra/cdk/settings.js';
import { contextNode as node } from '../support/context-node.js';

describe('the CDK settings check URLs at synth', () => {
  it.each([['javascript:alert(1)//'], ['ftp://ita.example.go.th/'], ['ita.example.go.th']])(
    'refuses formUrl=%j, naming it',
    (formUrl) => {
      expect(() => settingsFrom(node({ formUrl }))).toThrow(/context formUrl: .* is not an http\(s\) URL/);
    },
  );

  it.each([['ftp://x'], ['https://ita.example.go.th/path'], ['https://a.example, javascript:alert(1)']])(
    'refuses corsOrigins=%j, naming the bad origin',
    (corsOrigins) => {
      expect(() => settingsFrom(node({ corsOrigins }))).toThrow(/context corsOrigins: .* is not an http\(s\) origin/);
    },
  );

  it('takes an https form address and https origins', () => {
    const settings = settingsFrom(
      node({ formUrl: 'https://ita.example.go.th/#/', corsOrigins: 'https://a.example, https://b.example:8443' }),
    );
    expect(settings.formUrl).toBe('https://ita.example.go.th/#/');
    expect(settings.corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  // review s41 F12: a prod stage's page and callers over http sent sign-in tokens in clear
  const PROD = { stage: 'prod', senderDomain: 'ita.example.go.th', alarmEmail: 'it@example.go.th' };
  it.each([
    ['formUrl', 'http://ita.example.go.th/', 'http://ita.example.go.th/'],
    ['corsOrigins', 'https://a.example.go.th, http://b.example.go.th', 'http://b.example.go.th'],
    ['corsOrigins', 'http://localhost:3000', 'http://localhost:3000'],
  ])('a prod stage refuses %s=%j: https only, naming the setting and the http address', (name, value, shown) => {
    expect(() => settingsFrom(node({ ...PROD, [name]: value }))).toThrow(
      `-c ${name}: stage prod ต้องใช้ https เท่านั้น (${shown}) / context ${name}: a prod stage takes https only, got ${shown}`,
    );
  });

  // session 42: "HTTP://" was refused twice (not an origin, and http on prod) and "HTTPS://" refused;
  // a scheme's case is no difference (RFC 3986 3.1)
  const problemsOf = (context: Record<string, string>) => {
    try {
      settingsFrom(node(context));
      return [];
    } catch (e) {
      return (e as SettingsError).problems;
    }
  };
  it.each([
    ['corsOrigins', 'HTTP://b.example.go.th'],
    ['corsOrigins', 'Http://b.example.go.th'],
    ['formUrl', 'HTTP://ita.example.go.th/'],
  ])('a prod stage refuses %s=%j with the one https-only line', (name, value) => {
    expect(problemsOf({ ...PROD, [name]: value })).toEqual([
      `-c ${name}: stage prod ต้องใช้ https เท่านั้น (${value}) / context ${name}: a prod stage takes https only, got ${value}`,
    ]);
  });

  it('takes origins with the scheme or host in capitals, spelt as the browser sends them', () => {
    const origins = 'HTTPS://a.example.go.th, Https://B.Example.go.th:8443';
    expect(settingsFrom(node({ ...PROD, corsOrigins: origins })).corsOrigins).toEqual([
      'https://a.example.go.th',
      'https://b.example.go.th:8443',
    ]);
    expect(settingsFrom(node({ corsOrigins: 'HTTP://localhost:3000' })).corsOrigins).toEqual(['http://localhost:3000']);
  });

  it('a dev stage may use http (the local page, http://localhost:3000)', () => {
    const settings = settingsFrom(node({ formUrl: 'http://localhost:3000/', corsOrigins: 'http://localhost:3000' }));
    expect(settings.corsOrigins).toEqual(['http://localhost:3000']);
    expect(settings.formUrl).toBe('http://localhost:3000/');
    expect(settingsFrom(node({ ...PROD, formUrl: 'https://ita.example.go.th/' })).formUrl).toBe(
      'https://ita.example.go.th/',
    );
  });
});
