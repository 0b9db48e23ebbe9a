// Synthesises the CloudFormation templates for each region given and runs cfn-lint on them with
// that region's resource catalog. Exits non-zero on any cfn-lint error; prints warnings (the known
// ones are listed in docs/deployment.md). CI: `npx tsx infra/cdk/lint-templates.ts ap-southeast-1 ap-southeast-7`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { buildApp } from './app.js';

const regions = process.argv.slice(2);
if (regions.length === 0) throw new Error('usage: lint-templates.ts REGION...');

let errors = 0;
for (const region of regions) {
  const outdir = mkdtempSync(join(tmpdir(), `ita-templates-${region}-`));
  // no bundling: cfn-lint reads templates only
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
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
      `cfn-lint ${region} ${stack.stackName} (${stack.environment.region}): ${found.length} errors, ${lines.length - found.length} warnings`,
    );
    for (const l of lines) console.log(`  ${l.replace(outdir + '/', '')}`);
    if (result.stderr.trim()) console.log(result.stderr);
  }
  if (assembly.stacks.length === 0) throw new Error(`no templates synthesised for ${region}`);
}
process.exit(errors > 0 ? 1 : 0);
