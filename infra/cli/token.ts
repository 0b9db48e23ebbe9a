// npm run token -- <email>: a token for a person of the running local system (prints only the token).
import { localConfig } from '../local/local-config.js';
import { issueToken, loadOrCreateKeys } from '../local/token-issuer.js';
import { NotFoundError, UnavailableError } from '../../shared/domain/errors.js';
import { withCliStore } from './cli-store.js';
import { parseCliArgs, requireGiven } from './cli-options.js';
import { type CliIo, type CliOutcome, isCliEntry, runAsScript, runCli } from './run-cli.js';

const USAGE = `usage: npm run -s token -- <email>
  e.g. TOKEN=$(npm run -s token -- staff.finance@demo.example.org)
  Needs the local system running (npm start).`;

const DEMO_PEOPLE = 'staff.finance@demo.example.org, ita@demo.example.org, mayor@demo.example.org';

/**
 * No local system's settings in `dataDir` and no TABLE_NAME: nothing to read people from. Names the
 * folder looked in (tester s39y: a system started with another ITA_DATA_DIR was "not started").
 */
const notStarted = (dataDir: string) =>
  new UnavailableError(
    `ยังไม่ได้เริ่มระบบในเครื่องที่นี่ กรุณาสั่ง npm start ก่อน (ไม่พบระบบที่เริ่มไว้ในโฟลเดอร์ข้อมูล ${dataDir} ถ้าเริ่มระบบด้วย ITA_DATA_DIR อื่น ให้ตั้ง ITA_DATA_DIR เดียวกันกับคำสั่งนี้)`,
    `the local system has not been started here yet: run npm start first (none found in the data folder ${dataDir}; if it was started with another ITA_DATA_DIR, give this command the same)`,
  );

/**
 * What names a failure usefully, no address or key: the system's code (ECONNREFUSED), else the
 * SDK error's name; undefined for a bare "Error", which says nothing (tester s38b).
 */
export function failureName(error: unknown): string | undefined {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
  return typeof name === 'string' && name !== 'Error' && /^\w{1,60}$/.test(name) ? name : undefined;
}

/** The table did not answer (`name`: failureName). */
const unreachable = (name: string | undefined) => {
  const named = name === undefined ? '' : ` (${name})`;
  return new UnavailableError(
    `ติดต่อ DynamoDB Local ไม่ได้${named} ระบบในเครื่องยังทำงานอยู่หรือไม่ (npm start)`,
    `cannot reach DynamoDB Local${named}: is npm start running?`,
  );
};

/** Nobody active has that email (the email itself is not repeated: it is personal data). */
const noSuchPerson = () =>
  new NotFoundError(
    `ไม่พบผู้ใช้งานที่ใช้งานอยู่ซึ่งมีอีเมลนี้ ผู้ใช้งานตัวอย่าง: ${DEMO_PEOPLE}`,
    `no active person with that email; demo people: ${DEMO_PEOPLE}`,
  );

/** `npm run token -- <email>`: runs it for `io`, resolves with its exit code. */
export const tokenCli = (io: CliIo): Promise<number> => runCli(io, USAGE, () => main(io));

async function main(io: CliIo): Promise<CliOutcome> {
  const { positionals } = parseCliArgs({ args: [...io.args], allowPositionals: true, options: {} });
  const [email] = requireGiven('npm run token', [[{ th: 'อีเมลของผู้ใช้งาน', en: "the person's email" }, positionals[0]]]);
  // runCli filled in the running local system's variables (TABLE_NAME among them) if it has started
  const config = localConfig(io.env);
  if (!io.env.TABLE_NAME) throw notStarted(config.dataDir);
  const person = await withCliStore('npm run token', io.env, async ({ repos }) => {
    const people = await repos.orgs.findByEmail(email).catch((error: unknown) => {
      throw unreachable(failureName(error));
    });
    return people.find((p) => p.active);
  });
  if (!person) throw noSuchPerson();
  io.stdout.write(
    `${await issueToken(config, await loadOrCreateKeys(config), { sub: person.personId, email: person.email })}\n`,
  );
  return { usage: false };
}

if (isCliEntry(import.meta.url)) await runAsScript(tokenCli);
