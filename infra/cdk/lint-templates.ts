// Synthesises the CloudFormation templates for each region given and runs cfn-lint on them with
// that region's resource catalog. Exits non-zero on any cfn-lint error; prints warnings (the known
// ones are listed in the README, "Template lint"). CI: `npx tsx infra/cdk/lint-templates.ts ap-southeast-1 ap-southeast-7`.
// The last region is linted twice: as deployed by default, and with the WAF and the API's own domain on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildApp } from './app.js';

const regions = process.argv.slice(2);
if (regions.length === 0) throw new Error('usage: lint-templates.ts REGION...');

/**
 * The settings of a production-like deployment: the WAF (an example domain and certificate) and a
 * sender domain, so that the user pool's SES email configuration (cognitoEmail=ses) is linted too.
 */
const WITH_WAF = (region: string) => ({
  senderDomain: 'ita.example.go.th',
  waf: 'true',
  apiDomain: 'api.ita.example.go.th',
  apiCertificateArn: `arn:aws:acm:${region}:123456789012:certificate/0f2c2d4e-0000-4000-8000-000000000000`,
});
const variants: { region: string; label: string; context: Record<string, string> }[] = regions.map((region) => ({
  region,
  label: region,
  context: {},
}));
const last = regions[regions.length - 1]!;
variants.push({ region: last, label: `${last}+waf`, context: WITH_WAF(last) });

let errors = 0;
for (const { region, label, context } of variants) {
  const outdir = mkdtempSync(join(tmpdir(), `ita-templates-${region}-`));
  // no bundling: cfn-lint reads templates only
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [], ...context } });
  buildApp(app, region);
  // each template is linted against its own stack's region (a MailStack may be elsewhere)
  const assembly = app.synth();
  for (const stack of assembly.stacks) {
    const result = spawnSync(
      'cfn-lint',
      ['--format', 'parseable', '--regions', stack.environment.region, '--', join(outdir, stack.templateFile)],
      { encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    const lines = result.stdout.split('\n').filter(Boolean);
    const found = lines.filter((l) => /:E\d{4}:/.test(l));
    errors += found.length + (result.status! & 1 ? 1 : 0);
    console.log(
      `cfn-lint ${label} ${stack.stackName} (${stack.environment.region}): ${found.length} errors, ${lines.length - found.length} warnings`,
    );
    for (const l of lines) console.log(`  ${l.replace(outdir + '/', '')}`);
    if (result.stderr.trim()) console.log(result.stderr);
  }
  if (assembly.stacks.length === 0) throw new Error(`no templates synthesised for ${region}`);
  // each variant's assembly is ~23 MB: none left behind in the temp folder, run after run
  rmSync(outdir, { recursive: true, force: true });
}
process.exit(errors > 0 ? 1 : 0);
