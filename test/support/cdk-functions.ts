// What the synthesized stack and the bundles say about the functions: which function serves a
// route, what a function's role may do, which npm packages a bundle holds.
import { build } from 'esbuild';
import type { Template } from 'aws-cdk-lib/assertions';
import { esbuildOptions } from '../../infra/cdk/bundling.js';

/** The logical id of the function a route's integration invokes (routeKey "GET /v1/me"). */
export function functionOfRoute(template: Template, routeKey: string): string {
  const route = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).find(
    (r) => r.Properties.RouteKey === routeKey,
  );
  if (!route) throw new Error(`no route ${routeKey}`);
  const integrationId = (route.Properties.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
  const integration = template.findResources('AWS::ApiGatewayV2::Integration')[integrationId.Ref]!;
  return integration.Properties.IntegrationUri['Fn::GetAtt'][0] as string;
}

/** One IAM policy statement as synthesized. */
export interface PolicyStatementJson {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** The IAM statements of the role of the function whose logical id starts with `prefix`. */
export function statementsOf(template: Template, prefix: string): PolicyStatementJson[] {
  const role = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith(prefix))![1]
    .Properties.Role['Fn::GetAtt'][0] as string;
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as PolicyStatementJson[]);
}

/** Every IAM action the role of the function whose logical id starts with `prefix` is allowed. */
export function actionsOf(template: Template, prefix: string): string[] {
  return statementsOf(template, prefix).flatMap((s) => [s.Action].flat());
}

/** Each entry's bundle files, bundled once per process (several infra files read the API's). */
const bundled = new Map<string, Promise<string[]>>();

/** The files (ours and node_modules') esbuild puts in a function's bundle, as CDK bundles it. */
export async function filesIn(entry: string): Promise<string[]> {
  let files = bundled.get(entry);
  if (!files) {
    files = build({
      ...esbuildOptions(),
      entryPoints: [entry],
      write: false,
      metafile: true,
      outdir: 'unused',
      logLevel: 'silent',
    }).then((result) => Object.keys(result.metafile?.inputs ?? {}));
    bundled.set(entry, files);
  }
  return [...(await files)];
}

/** The npm packages in a function's bundle, as CDK bundles it. */
export async function packagesIn(entry: string): Promise<Set<string>> {
  const names = (await filesIn(entry)).flatMap((file) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    return m ? [m[1]!] : [];
  });
  return new Set(names);
}

/** A function's bundled JavaScript, as CDK bundles it (minified). */
export async function bundleTextOf(entry: string): Promise<string> {
  const result = await build({
    ...esbuildOptions(),
    entryPoints: [entry],
    write: false,
    outdir: 'unused',
    logLevel: 'silent',
  });
  return result.outputFiles
    .filter((f) => f.path.endsWith('.js'))
    .map((f) => f.text)
    .join('\n');
}
