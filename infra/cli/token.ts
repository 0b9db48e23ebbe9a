// npm run token -- <email>: a token for a person of the running local system (prints only the token).
import { applyLocalRuntimeEnv, localConfig } from '../local/local-config.js';
import { issueToken, loadOrCreateKeys } from '../local/token-issuer.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { parseCliArgs, requireGiven } from './cli-options.js';
import { runCli } from './run-cli.js';

const USAGE = `usage: npm run -s token -- <email>
  e.g. TOKEN=$(npm run -s token -- staff.finance@demo.example.org)
  Needs the local system running (npm start).`;

await runCli(USAGE, async () => {
  const { positionals } = parseCliArgs({ allowPositionals: true, options: {} });
  const [email] = requireGiven('npm run token', [[{ th: 'อีเมลของผู้ใช้งาน', en: "the person's email" }, positionals[0]]]);
  if (!applyLocalRuntimeEnv() && !process.env.TABLE_NAME)
    throw new Error('The local system has not been started here yet: run npm start first.');
  const config = localConfig();
  const doc = createDocumentClient(storeConfigFromEnv(process.env, 'npm run token'));
  try {
    const people = await new OrgRepository({
      doc,
      tableName: storeConfigFromEnv(process.env, 'npm run token').tableName,
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
    process.stdout.write(
      `${await issueToken(config, await loadOrCreateKeys(config), { sub: person.personId, email: person.email })}\n`,
    );
  } finally {
    doc.destroy();
  }
  return { usage: false };
});
