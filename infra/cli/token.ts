// npm run token -- <email>: a token for a person of the running local system (prints only the token).
import { localConfig } from '../local/local-config.js';
import { issueToken, loadOrCreateKeys } from '../local/token-issuer.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { parseCliArgs, requireGiven } from './cli-options.js';
import { type CliIo, type CliOutcome, isCliEntry, runAsScript, runCli } from './run-cli.js';

const USAGE = `usage: npm run -s token -- <email>
  e.g. TOKEN=$(npm run -s token -- staff.finance@demo.example.org)
  Needs the local system running (npm start).`;

/** `npm run token -- <email>`: runs it for `io`, resolves with its exit code. */
export const tokenCli = (io: CliIo): Promise<number> => runCli(io, USAGE, () => main(io));

async function main(io: CliIo): Promise<CliOutcome> {
  const { positionals } = parseCliArgs({ args: [...io.args], allowPositionals: true, options: {} });
  const [email] = requireGiven('npm run token', [[{ th: 'อีเมลของผู้ใช้งาน', en: "the person's email" }, positionals[0]]]);
  // runCli filled in the running local system's variables (TABLE_NAME among them) if it has started
  if (!io.env.TABLE_NAME) throw new Error('The local system has not been started here yet: run npm start first.');
  const config = localConfig(io.env);
  const doc = createDocumentClient(storeConfigFromEnv(io.env, 'npm run token'));
  try {
    const people = await new OrgRepository({
      doc,
      tableName: storeConfigFromEnv(io.env, 'npm run token').tableName,
    })
      .findByEmail(email)
      .catch((error: unknown) => {
        throw new Error(`Cannot reach DynamoDB Local (${(error as Error).name}): is npm start running?`);
      });
    const person = people.find((p) => p.active);
    if (!person)
      throw new Error(
        `No active person with that email. Demo people: staff.finance@demo.example.org, ita@demo.example.org, mayor@demo.example.org`,
      );
    io.stdout.write(
      `${await issueToken(config, await loadOrCreateKeys(config), { sub: person.personId, email: person.email })}\n`,
    );
  } finally {
    doc.destroy();
  }
  return { usage: false };
}

if (isCliEntry(import.meta.url)) await runAsScript(tokenCli);
