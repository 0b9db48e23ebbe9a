// The CDK app as the infra tests read it: built and synthesised (with cdk-nag) once per process for
// each region and context, however many test files ask for it. The 'infra' project
// (vitest.config.ts) runs its files in one process, so aws-cdk-lib loads once and an app that
// several files read (the plain stage=test one) is synthesised once, not once a file. The
// synthesised templates are read-only: tests find resources in them and change nothing.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import { buildApp } from '../../infra/cdk/app.js';

/** cdk.json's context (its feature flags among others), as `cdk synth` gives the app */
const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }
).context;

/** An app built by buildApp and synthesised, with its templates. */
export interface SynthesizedApp {
  app: App;
  stacks: ReturnType<typeof buildApp>;
  /** What app.synth() threw (cdk-nag findings among others), undefined when it passed. */
  synthError: unknown;
  /** The template of one of the app's stacks (the same object for the same stack). */
  template: (stack: Stack) => Template;
}

const built = new Map<string, SynthesizedApp>();

/**
 * The app with `context` (over cdk.json's, besides no asset bundling) in `region` (buildApp's default when not given),
 * built and synthesised on the first call and the same object after. A context buildApp refuses
 * throws on every call, and nothing is kept.
 */
export function synthesized(context: Record<string, string>, region?: string): SynthesizedApp {
  // the account comes from the environment (CDK_DEFAULT_ACCOUNT), the region's default too
  const key = JSON.stringify([
    Object.entries(context).sort(),
    region ?? null,
    process.env.CDK_DEFAULT_ACCOUNT ?? null,
    process.env.CDK_DEFAULT_REGION ?? null,
  ]);
  const found = built.get(key);
  if (found) return found;
  const app = new App({ context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context } });
  const stacks = buildApp(app, region);
  let synthError: unknown;
  try {
    app.synth();
  } catch (error) {
    synthError = error;
  }
  const templates = new Map<Stack, Template>();
  const template = (stack: Stack) => {
    let t = templates.get(stack);
    if (!t) templates.set(stack, (t = Template.fromStack(stack)));
    return t;
  };
  const result = { app, stacks, synthError, template };
  built.set(key, result);
  return result;
}
