// npm run token -- <email>: a token for a person of the running local system (prints only the token).
import { applyLocalRuntimeEnv, localConfig } from '../local/local-config.js';
import { issueToken, loadOrCreateKeys } from '../local/token-issuer.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { parseCliArgs, requireGiven } from './cli-options.js';
import { runCli } from './run-cli.js';
import { NotFoundError, UnavailableError } from '../../shared/domain/errors.js';
import { echoable } from '../../shared/domain/text.js';

const DEMO_PEOPLE = 'staff.finance@demo.example.org, ita@demo.example.org, mayor@demo.example.org';

const USAGE = `usage: npm run -s token -- <email>
  e.g. TOKEN=$(npm run -s token -- staff.finance@demo.example.org)
  Needs the local system running (npm start).`;

await runCli(USAGE, async () => {
  const { positionals } = parseCliArgs({ allowPositionals: true, options: {} });
  const [email] = requireGiven('npm run token', [[{ th: 'อีเมลของผู้ใช้งาน', en: "the person's email" }, positionals[0]]]);
  // what it says reaches the person at the terminal: Thai first, then English (runCli, exit 1)
  if (!applyLocalRuntimeEnv() && !process.env.TABLE_NAME)
    throw new UnavailableError(
      'ยังไม่ได้เริ่มระบบในเครื่องที่นี่ กรุณารัน npm start ก่อน (ถ้า npm start ใช้ ITA_DATA_DIR ให้ตั้งค่าเดียวกันด้วย)',
      'the local system has not been started here yet: run npm start first (with the same ITA_DATA_DIR, if it has one)',
    );
  const config = localConfig();
  const doc = createDocumentClient(storeConfigFromEnv(process.env, 'npm run token'));
  try {
    const people = await new OrgRepository({
      doc,
      tableName: storeConfigFromEnv(process.env, 'npm run token').tableName,
    })
      .findByEmail(email)
      .catch((error: unknown) => {
        const name = echoable((error as Error).name ?? String(error), 60);
        throw new UnavailableError(
          `เชื่อมต่อ DynamoDB Local ไม่ได้ (${name}) ระบบในเครื่อง (npm start) ทำงานอยู่หรือไม่`,
          `cannot reach DynamoDB Local (${name}): is npm start running?`,
        );
      });
    const person = people.find((p) => p.active);
    if (!person)
      throw new NotFoundError(
        `ไม่พบผู้ใช้งานที่ใช้งานอยู่ซึ่งมีอีเมลนี้ ผู้ใช้งานตัวอย่าง: ${DEMO_PEOPLE}`,
        `no active person with that email. Demo people: ${DEMO_PEOPLE}`,
      );
    process.stdout.write(
      `${await issueToken(config, await loadOrCreateKeys(config), { sub: person.personId, email: person.email })}\n`,
    );
  } finally {
    doc.destroy();
  }
  return { usage: false };
});
