// THE function construct: every Lambda of the system is this with an entry path. It carries every
// default: Node.js 24 on arm64, CommonJS (bundling.ts says why), minified with source maps, its own log group with retention (kept after the stack),
// the Powertools environment, X-Ray tracing, and a role that may write only to its own log group.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge.js';
import { BUNDLING, FONT_FILES } from '../bundling.js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface NodeFunctionProps {
  /** path from the repository root, e.g. functions/api/handler.ts */
  entry: string;
  serviceName: string;
  memorySize: number;
  timeout: Duration;
  environment?: Record<string, string>;
  /** copy the Thai fonts (for the PDF) into the bundle */
  withFonts?: boolean;
  /** concurrency kept for this function alone (and its cap); none: the account's shared pool */
  reservedConcurrency?: number;
}

export class NodeFunction extends Construct {
  readonly fn: NodejsFunction;
  /** the function's own log group (metric filters read it) */
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id);
    // kept when the stack goes or replaces it (its events still expire): the last runs' logs are what
    // an auditor or the on-call needs after a redeploy; no fixed name, so a new stack never collides
    // with a kept group (docs/operations.md, "What a restore does not bring back")
    const logGroup = (this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${ROOT}${props.entry}`,
      projectRoot: ROOT,
      depsLockFilePath: `${ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup,
      tracing: Tracing.ACTIVE,
      ...(props.reservedConcurrency ? { reservedConcurrentExecutions: props.reservedConcurrency } : {}),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        ...(props.withFonts ? { FONT_DIR: '/var/task/fonts' } : {}),
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.CJS,
        target: BUNDLING.target,
        minify: BUNDLING.minify,
        sourceMap: BUNDLING.sourcemap,
        sourcesContent: BUNDLING.sourcesContent,
        inject: [...BUNDLING.inject],
        charset: BUNDLING.charset === 'utf8' ? Charset.UTF8 : Charset.ASCII,
        mainFields: [...BUNDLING.mainFields],
        banner: BUNDLING.banner,
        define: { ...BUNDLING.define },
        esbuildArgs: {
          '--supported:dynamic-import': String(BUNDLING.supported['dynamic-import']),
          '--legal-comments': BUNDLING.legalComments,
        },
        externalModules: [...BUNDLING.external],
        ...(props.withFonts
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => [
                  `mkdir -p ${outputDir}/fonts`,
                  `cp ${FONT_FILES.map((file) => `${inputDir}/${file}`).join(' ')} ${outputDir}/fonts/`,
                ],
              },
            }
          : {}),
      },
    });
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments/PutTelemetryRecords allow no resource scoping; Resource::* here is those tracing actions only.',
    );
  }
}
