// The CDK context's formUrl and corsOrigins are checked at synth: http(s) only, origins scheme and
// host only (break-16 B7).
import type { Node } from 'constructs';
import { describe, expect, it } from 'vitest';
import { settingsFrom } from '../../infra/cdk/settings.js';

const node = (context: Record<string, string>) => ({ tryGetContext: (key: string) => context[key] }) as unknown as Node;

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
});
