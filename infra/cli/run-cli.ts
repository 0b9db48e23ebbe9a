// Shared CLI wrapper: usage on bad arguments, one clear line for known errors, exit codes.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import { DomainError } from '../../shared/domain/errors.js';
import { EnvironmentError } from '../../shared/environment/environment.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';
import { applyLocalRuntimeEnv } from '../local/local-config.js';
import { ArgumentRefusal, OptionValueRefusal, optionPath, USAGE_ERROR_EXIT } from './cli-options.js';

// The AWS SDK warns on every CLI run under Node 20 (it will need Node 22 from 2027): noise for an
// operator at a terminal. Lambda runs Node 24, and the local server keeps the warning.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Why `main` refused its arguments, Thai first (printed before the usage). */
export interface CliRefusal {
  th: string;
  en: string;
}

/** What `main` did: its work, or a refusal of its command line naming what is missing or wrong. */
export type CliOutcome = { usage: false } | { usage: true; refusal: CliRefusal };

/**
 * One run of a CLI: its arguments (after the script's name), environment and output streams, and
 * its exit code (the work sets 1 when it failed; runCli sets its own). The process's own for a
 * command (runAsScript); a test runs the same entry function with its own (test/support/cli-process.ts).
 */
export interface CliIo {
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  exitCode?: number;
}

/** A CLI's entry function: runs it for `io`, resolves with its exit code. */
export type CliEntry = (io: CliIo) => Promise<number>;

/**
 * True when the module at `moduleUrl` is the script node started (`npm run job`, tsx or a bundle
 * of it), false when another module imports it (a test calling its entry function).
 */
export function isCliEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Runs `cli` as this process's command: its arguments, environment, stdout and stderr, and exit code. */
export async function runAsScript(cli: CliEntry): Promise<void> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const io = { args: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr };
  process.exitCode = await cli(io);
}

/** Every CLI's usage: where it finds the local system (applyLocalRuntimeEnv), as npm start prints none of it. */
export const LOCAL_SYSTEM_HELP = `With npm start running and no TABLE_NAME set, these are read from the local system's
.local/runtime-env.json (npm start writes it; if npm start ran with ITA_DATA_DIR, set the same
ITA_DATA_DIR here).`;

/**
 * Runs `main` for `io` (resolves with the exit code), the local system's variables filled in when
 * TABLE_NAME is not set (applyLocalRuntimeEnv), or with --help (-h) prints the usage on stdout and exits 0. Every refusal and error
 * is printed on stderr Thai first, then English. A usage error exits 2 (USAGE_ERROR_EXIT), with the
 * usage: `main`'s `{ usage: true, refusal }` (a missing or unknown command, an unknown kind, named);
 * an ArgumentRefusal (a missing option, requireGiven; a command line parseCliArgs refused: an
 * option's value missing, an unknown option; cli-options.ts); a bad option value
 * (OptionValueRefusal from parseOptions, or a ZodError), one line per option. With
 * `usageOnValidation`, a ValidationError is followed by the usage too. `usageAfterError`: the usage
 * printed after an error (the refused command's own), `usage` itself when it returns undefined. Everything else exits 1: a
 * DomainError of the work (a file's content, a use case's refusal, an org not found), its messages
 * and one line per field (the field named by `fieldName`, e.g. the option it came from); a bad
 * environment, a file not found, AWS set-up (awsSetupHint), a service not reachable, or anything
 * else (the API's 500 wording, then the error's own English). Output nobody reads any more (a
 * closed pipe) is dropped quietly (quietOnClosedPipe, runAsScript).
 */
export async function runCli(
  io: CliIo,
  usage: string,
  main: () => Promise<CliOutcome>,
  options: {
    fieldName?: (path: string) => string;
    usageOnValidation?: boolean;
    usageAfterError?: () => string | undefined;
  } = {},
): Promise<number> {
  await runCliWork(io, usage, main, options);
  return io.exitCode ?? 0;
}

async function runCliWork(
  io: CliIo,
  usage: string,
  main: () => Promise<CliOutcome>,
  options: {
    fieldName?: (path: string) => string;
    usageOnValidation?: boolean;
    usageAfterError?: () => string | undefined;
  },
): Promise<void> {
  const fieldName = options.fieldName ?? ((path: string) => path);
  // after a usage error, the refused command's own usage when `main` knows it, else the whole one
  const shown = () => options.usageAfterError?.() ?? usage;
  // without TABLE_NAME, the running local system's variables (npm start wrote them)
  applyLocalRuntimeEnv(io.env);
  // --help or -h anywhere before a lone "--": the usage on stdout, exit 0 (parseArgs would refuse it)
  const { args } = io;
  const ownArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (ownArgs.includes('--help') || ownArgs.includes('-h')) {
    io.stdout.write(`${usage}\n`);
    return;
  }
  try {
    const outcome = await main();
    if (outcome.usage) {
      io.stderr.write(`${outcome.refusal.th}\n${outcome.refusal.en}\n${shown()}\n`);
      io.exitCode = USAGE_ERROR_EXIT;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      io.stderr.write(`${error.message_th}\n${error.message_en}\n`);
      for (const f of error.fields) io.stderr.write(`  ${fieldName(f.path)}: ${f.message_th} / ${f.message_en}\n`);
      if (options.usageOnValidation && error.code === 'validation') io.stderr.write(`${shown()}\n`);
      io.exitCode = error instanceof OptionValueRefusal ? USAGE_ERROR_EXIT : 1;
      return;
    }
    if (error instanceof ArgumentRefusal) {
      io.stderr.write(`${error.th}\n${error.en}\n${shown()}\n`);
      io.exitCode = USAGE_ERROR_EXIT;
      return;
    }
    if (error instanceof ZodError) {
      // a schema parsed outside parseOptions: the same plain words, Thai first, naming the option
      io.stderr.write('ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n');
      for (const f of fieldMessages(error, ''))
        io.stderr.write(`  ${f.path ? optionPath(f.path) : 'argument'}: ${f.message_th} / ${f.message_en}\n`);
      io.stderr.write(`${shown()}\n`);
      io.exitCode = USAGE_ERROR_EXIT;
      return;
    }
    if (error instanceof EnvironmentError) {
      const names = error.problems.map((p) => p.split(/[ :]/)[0]).join(', ');
      io.stderr.write(
        `ตั้งค่าตัวแปรสภาพแวดล้อมไม่ครบหรือไม่ถูกต้อง: ${names} (ใช้กับระบบในเครื่อง: เปิด npm start ก่อน หรือตั้งค่าตาม output ของสแต็ก)\n${error.message}\n`,
      );
    } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      const path = (error as NodeJS.ErrnoException).path;
      io.stderr.write(`ไม่พบไฟล์: ${path}\nfile not found: ${path}\n`);
    } else {
      io.stderr.write(`${awsSetupHint(error) ?? unreachableHint(error) ?? unexpected(error)}\n`);
    }
    io.exitCode = 1;
  }
}

/**
 * The reader went away (`npm run job -- preview | head -1`): the write fails with EPIPE, which
 * Node throws as an unhandled 'error' event, a stack trace. Instead the rest of the output is
 * dropped and the command finishes its work (a run that sends mail is not cut off halfway); the
 * exit code is the work's own, 0 when it went well, as a Unix tool's pipeline ends.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** A service (DynamoDB, SES, S3) refused the connection: most often the local system is not running. */
function unreachableHint(error: unknown): string | undefined {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') return undefined;
  const { address, port } = error as Error & { address?: string; port?: number };
  const where = address ? `${address}:${port ?? ''}` : 'a service';
  return [
    `เชื่อมต่อ ${where} ไม่ได้ ระบบในเครื่อง (npm start) ทำงานอยู่หรือไม่ ตรวจค่า DYNAMODB_ENDPOINT, SES_ENDPOINT และ S3_ENDPOINT`,
    `cannot connect to ${where}: is the local system (npm start) running? check DYNAMODB_ENDPOINT, SES_ENDPOINT and S3_ENDPOINT (${error.message})`,
  ].join('\n');
}

/** Any other error: the API's wording for a 500 (functions/api/http-error-response.ts), then its own English. */
function unexpected(error: unknown): string {
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ\nunexpected error: ${said}`;
}

/**
 * Thai, then English, for the AWS SDK's refusals an operator meets at the first run against AWS:
 * no credentials (CredentialsProviderError), or a table or user pool not found (ResourceNotFoundException:
 * a wrong name, or the wrong region). Undefined for any other error.
 */
export function awsSetupHint(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'CredentialsProviderError')
    return [
      'ไม่พบข้อมูลรับรอง AWS (credentials) ตั้งค่าด้วย aws configure หรือ aws sso login แล้วตั้ง AWS_PROFILE และ AWS_REGION (ภูมิภาคของสแต็ก)',
      `no AWS credentials: run aws configure (or aws sso login), then set AWS_PROFILE and AWS_REGION (the stacks' region) (${error.message})`,
    ].join('\n');
  if (error.name === 'ResourceNotFoundException')
    return [
      'ไม่พบตารางหรือกลุ่มผู้ใช้ใน AWS ตรวจค่า TABLE_NAME และ USER_POOL_ID (output TableName และ UserPoolId ของสแต็ก ItaMeasures-<stage>-Stateful) และ AWS_REGION (ภูมิภาคของสแต็ก)',
      `AWS has no such table or user pool: check TABLE_NAME and USER_POOL_ID (the outputs TableName and UserPoolId of ItaMeasures-<stage>-Stateful) and AWS_REGION (the stacks' region) (${error.message})`,
    ].join('\n');
  return undefined;
}
