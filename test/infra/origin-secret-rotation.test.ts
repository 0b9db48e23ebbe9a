// Rotating CloudFront's origin secret: a deploy with the new version id changes every place that reads
// it (break s30-o F5: the versionless reference left the template byte-identical, so the deploy did nothing).
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const API_DOMAIN = {
  apiDomain: 'api.ita.example.go.th',
  apiCertificateArn: 'arn:aws:acm:ap-southeast-1:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000',
};
const VERSION = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

/** The six readers of the secret: the five API functions' ORIGIN_SECRET (the not-found page's too) and the distribution's origin header. */
function readers(context: Record<string, string>): string[] {
  const { stacks, template } = synthesized({ stage: 'test', ...API_DOMAIN, ...context }, 'ap-southeast-1');
  const json = template(stacks.stateless).toJSON() as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const found: string[] = [];
  for (const r of Object.values(json.Resources)) {
    const text = JSON.stringify(r.Properties ?? {});
    for (const m of text.matchAll(/\{\{resolve:secretsmanager:.*?\}\}/g)) found.push(`${r.Type} ${m[0]}`);
  }
  return found;
}

describe('rotating the origin secret', () => {
  const current = readers({});
  const rotated = readers({ originSecretVersion: VERSION });

  it('the functions and the distribution read the secret (six readers)', () => {
    expect(current).toHaveLength(6);
    expect(current.filter((r) => r.startsWith('AWS::Lambda::Function'))).toHaveLength(5);
    expect(current.filter((r) => r.startsWith('AWS::CloudFront::Distribution'))).toHaveLength(1);
  });

  it('with -c originSecretVersion every reader names that version, so the deploy updates them all', () => {
    expect(rotated).toHaveLength(6);
    for (const r of rotated) expect(r).toContain(`:SecretString:::${VERSION}}}`);
    for (const r of current) expect(r).toMatch(/:SecretString:::\}\}$/);
  });

  it('another version gives another template again (the next rotation)', () => {
    const next = readers({ originSecretVersion: VERSION.replace('a1b2', 'ffff') });
    expect(next).not.toEqual(rotated);
    for (const r of next) expect(r).toContain(':SecretString:::ffff');
  });

  it('a value that is no version id is refused at synth, naming the option', () => {
    expect(() => readers({ originSecretVersion: 'latest please' })).toThrow(
      /context originSecretVersion: "latest please"/,
    );
    expect(() => readers({ originSecretVersion: 'AWSCURRENT' })).toThrow(/originSecretVersion/);
  });
});
