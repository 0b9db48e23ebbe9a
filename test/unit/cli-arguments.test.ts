import { describe, expect, it } from 'vitest';
import { ArgumentRefusal, parseCliArgs } from '../../infra/cli/cli-options.js';
import { readStartArguments } from '../../infra/local/start-arguments.js';
import { jobCli } from '../../infra/cli/run-job.js';
import { adminCli } from '../../infra/cli/admin.js';
import { importPlanCli } from '../../infra/cli/import-plan.js';
import { runCliEntry } from '../support/cli-process.js';

const options = { org: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;
const refusalOf = (args: string[], allowPositionals = true) => {
  try {
    parseCliArgs({ args, options, allowPositionals });
  } catch (error) {
    if (error instanceof ArgumentRefusal) return `${error.th}\n${error.en}`;
    throw error;
  }
  return undefined;
};

describe("a command line the CLIs cannot read is named in Thai, then English, never parseArgs' English", () => {
  it.each([
    ['an option last, with no value', ['--org'], 'ตัวเลือก --org ต้องตามด้วยค่า'],
    ['an option followed by another', ['--org', '--dry-run'], 'ตัวเลือก --org ต้องตามด้วยค่า'],
    ['a value given to a switch', ['--dry-run=no'], 'ตัวเลือก --dry-run ไม่รับค่า'],
    ['a short option nobody defined', ['-o', 'x'], 'ไม่รู้จักตัวเลือก -o'],
  ])('%s', (_n, args, thai) => {
    const said = refusalOf(args);
    expect(said?.startsWith(thai), said).toBe(true);
    expect(said).not.toMatch(/argument missing|ambiguous|Unknown option|does not take/);
  });

  it('an argument where the command takes options only', () => {
    expect(refusalOf(['--org', 'demo', 'extra'], false)).toBe(
      'ไม่รู้จัก "extra" คำสั่งนี้รับเฉพาะตัวเลือก กรุณาดูวิธีใช้ด้านล่าง\nunexpected argument "extra": this command takes options only; see the usage below',
    );
  });

  // tester s40: parseArgs took the last one (`npm run admin -- add-unit --org demo --org other40` added it to other40)
  it.each([
    ['--org twice', ['--org', 'demo', '--org', 'other40'], '--org', '"demo", "other40"'],
    ['--org twice, one as --org=', ['--org=nosuch', '--dry-run', '--org', 'demo'], '--org', '"nosuch", "demo"'],
    [
      '--org three times, the same each time',
      ['--org', 'demo', '--org', 'demo', '--org=demo'],
      '--org',
      '"demo", "demo", "demo"',
    ],
  ])(
    'an option with a value given more than once (%s) is refused, naming it and what was given',
    (_n, args, option, listed) => {
      const said = refusalOf(args);
      expect(said?.startsWith(`ตัวเลือก ${option} ระบุได้ครั้งเดียว`), said).toBe(true);
      expect(said).toContain(`(${listed}) จึงไม่ได้ทำอะไร`);
      expect(said).toContain(`${option} may be given once`);
    },
  );

  it('a switch given twice is taken once, as before (it says the same either way)', () => {
    expect(parseCliArgs({ args: ['--dry-run', '--dry-run'], options }).values['dry-run']).toBe(true);
  });

  it('takes a value starting with "-" given as --org=-x, and an empty one as --org=', () => {
    expect(parseCliArgs({ args: ['--org=-x'], options }).values.org).toBe('-x');
    expect(parseCliArgs({ args: ['--org='], options }).values.org).toBe('');
  });

  // s59-D: the local clock ran in 2300 (or 1950), where every scheduled run stopped on "bad fiscal year"
  // s60: 1800-01-01 and 1899-12-31 were "not a valid date"
  it.each(['2300-01-01', '1950-01-01', '2157-10-01', '1800-01-01', '1899-12-31'])(
    'npm start -- --today %s, outside the fiscal years 2560 to 2700, is refused Thai first, naming --today',
    (today) => {
      expect(readStartArguments(['--today', today])).toEqual({
        error:
          '--today: วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐ (๑ ตุลาคม ๒๕๕๙ ถึง ๓๐ กันยายน ๒๗๐๐) / ' +
          `must be in fiscal years 2560 to 2700 (2016-10-01 to 2157-09-30) (not "${today}")`,
      });
    },
  );

  it.each(['2016-10-01', '2157-09-30'])(
    'npm start -- --today %s, a first or last day of those years, is taken',
    (today) => {
      expect(readStartArguments(['--today', today])).toEqual({ fresh: false, today });
    },
  );

  it('npm start -- today (no dashes) says so Thai first, with its usage', () => {
    expect(readStartArguments(['today'])).toEqual({
      error: expect.stringMatching(
        /^ไม่รู้จัก "today" คำสั่งนี้รับเฉพาะตัวเลือก .*\nunexpected argument "today".*\nusage: npm start/,
      ),
    });
  });
});

describe('each CLI\'s usage says how it finds the running local system (a new user: "npm start prints them", it does not)', () => {
  it.each([
    ['npm run job', jobCli],
    ['npm run admin', adminCli],
    ['npm run import', importPlanCli],
  ])('%s -- --help names the data folder it reads and ITA_DATA_DIR', async (_name, cli) => {
    const { stdout } = await runCliEntry(cli, ['--help'], { env: {} });
    expect(stdout).toContain('npm start');
    expect(stdout).toContain('.local/runtime-env.json');
    expect(stdout).toContain('ITA_DATA_DIR');
    expect(stdout).not.toContain('prints them');
  });
});
