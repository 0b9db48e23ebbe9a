// npm start [-- --fresh] [-- --today 2023-04-20]: the whole system on one machine.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localConfig, localRuntimeEnv } from './local-config.js';
import { readStartArguments } from './start-arguments.js';
import { USAGE_ERROR_EXIT } from '../cli/cli-options.js';
import { busyPortsMessage } from './port-check.js';
import { EnvironmentError } from '../../shared/environment/environment.js';
import { shownDataDir } from './banner.js';
import { claimDataDir, folderInUseMessage, releaseDataDir } from './data-dir-claim.js';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

// arguments first: a bad one is what a person is told, whatever else is wrong (a busy port)
const startArgs = readStartArguments(process.argv.slice(2));
if ('error' in startArgs) fail(startArgs.error, USAGE_ERROR_EXIT);
if ('help' in startArgs) {
  process.stdout.write(`${startArgs.help}\n`);
  process.exit(0);
}
/** The environment's problems as plain lines (no stack trace): what to fix, then exit 1. */
function configOrFail() {
  try {
    return localConfig();
  } catch (error) {
    if (error instanceof EnvironmentError) fail(error.message);
    throw error;
  }
}
const config = configOrFail();
const env = localRuntimeEnv(config);
Object.assign(process.env, env);

// one npm start a data folder, checked before --fresh could delete a running system's data
mkdirSync(config.dataDir, { recursive: true });
const holder = claimDataDir(config.dataDir);
if (holder) fail(folderInUseMessage(shownDataDir(process.cwd(), config.dataDir), holder));
process.on('exit', () => releaseDataDir(config.dataDir));

// every busy port named at once, each with a free one to use instead
// a DynamoDB Local already running (ITA_DYNAMODB_ENDPOINT) needs no port of its own
const { dynamodb: _ownDynamoDb, ...otherPorts } = config.ports;
const busyPorts = await busyPortsMessage(config.dynamodbEndpoint ? otherPorts : config.ports, startArgs);
if (busyPorts) fail(busyPorts);
if (startArgs.fresh) {
  rmSync(config.dataDir, { recursive: true, force: true });
  mkdirSync(config.dataDir, { recursive: true });
  claimDataDir(config.dataDir);
}
mkdirSync(join(config.dataDir, 'dynamodb'), { recursive: true });
mkdirSync(join(config.dataDir, 's3'), { recursive: true });

// the system's modules (the API, the emulators, the AWS SDK) load once the arguments, the environment
// and the ports are known to be good: a start refused for them stops in ~0.2 s of CPU, not ~1.2 s
const { startSystem } = await import('./start-system.js');
await startSystem(startArgs, config, env, fail);
