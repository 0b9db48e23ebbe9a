import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../shared/domain/errors.js';
import type { Plan } from '../../shared/domain/plan.js';
import { importPlan, previewPlanImport } from '../../shared/use-cases/import-plan.js';
import { replaceOrgPlan } from '../../shared/use-cases/replace-plan.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { importPlanCli } from '../../infra/cli/import-plan.js';
import { MAX_PLAN_FILE_BYTES } from '../../shared/import/read-plan-file.js';
import { runCliEntry, runCliScript, runCliScriptUnread } from '../support/cli-process.js';
import { expectEachInItsLanguage } from '../support/message-languages.js';
import { SEED_DOCUMENT } from '../support/seed-plan.js';
import { readTextDocument } from '../../shared/import/source-document.js';
import { seedOrg } from '../support/seed-org.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { loadOrgYear } from '../../shared/store/fiscal-year-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { addUnit, createOrg } from '../../shared/use-cases/administer-org.js';
import { localAdminContext } from '../support/admin-context.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const documentPath = fileURLToPath(SEED_DOCUMENT);
let store: TestStore;
const now = new Date('2022-10-05T03:00:00Z');

beforeAll(async () => {
  store = await createTestStore();
  await seedOrg(store, 'demo');
});
afterAll(async () => store?.drop());

describe('importing a plan into an org', () => {
  it("saves the document as the org's FY2566 plan, matched to the org's units", async () => {
    const outcome = await importPlan(createRepositories(store), {
      orgId: 'demo',
      fy: 2566,
      document: readTextDocument(readFileSync(documentPath, 'utf8')),
      actor: 'test',
      now,
    });
    expect(outcome.saved.version).toBe(1);
    const stored = await new PlanRepository(store).getPlan('demo', 2566);
    expect(stored?.measures.map((m) => m.indicator)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(stored?.measures.find((m) => m.indicator === 6)?.responsible.unitIds).toEqual(['clerk']);
  });

  // the same file again saves nothing (tester h, session 33: it saved version 2, identical to 1)
  it('keeps the saved version when the same file is imported again, and replaces it with a changed file', async () => {
    const request = { orgId: 'demo', fy: 2566, actor: 'test', now };
    const same = await importPlan(createRepositories(store), {
      ...request,
      document: readTextDocument(readFileSync(documentPath, 'utf8')),
    });
    expect(same.unchanged).toBe(true);
    expect(same.saved.version).toBe(1);
    expect((await new PlanRepository(store).getPlan('demo', 2566))?.version).toBe(1);
    const outcome = await importPlan(createRepositories(store), {
      ...request,
      document: readTextDocument(readFileSync(documentPath, 'utf8').replace('ลดอนอะระง', 'ดอนอะระง')),
    });
    expect(outcome.unchanged).toBeUndefined();
    expect(outcome.saved.version).toBe(2);
  });

  const withoutI8 = () => {
    const lines = readFileSync(documentPath, 'utf8').split('\n');
    const i8 = lines.findIndex((l) => /^(<b>)?๕\. ตัวชี้วัด/.test(l));
    return lines.filter((_, i) => i !== i8).join('\n');
  };

  it('refuses a file without saved measures, naming them, unless confirmed (review 17 s15, S15-2)', async () => {
    const attempt = importPlan(createRepositories(store), {
      orgId: 'demo',
      fy: 2566,
      document: readTextDocument(withoutI8()),
      actor: 'test',
      now,
    });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
    expect(error.message_th).toMatch(/ไม่มีมาตรการที่บันทึกไว้ของปีงบประมาณ ๒๕๖๖ ๑ ข้อ \(i8 ".+"\)/);
    expect(error.message_th).toContain('--replace');
    expect(error.message_en).toContain('run again with --replace');
    expect((await new PlanRepository(store).getPlan('demo', 2566))?.version).toBe(2);
  });

  // tester s38: the dry run's warnings told the CLI user to press the page's "ยกเลิกร่างนี้"
  describe("the dry run's warnings name what the CLI user can do, not the page's buttons", () => {
    const dryRun = async () => {
      const lines = withoutI8().split('\n');
      const i6 = lines.findIndex((l) => /^<b>๓\. ตัวชี้วัด/.test(l));
      // i6's row twice (without the results report, whose rows would tell the two apart)
      lines.splice(i6 + 1, 0, '', lines[i6 - 1]!, lines[i6]!);
      lines.splice(lines.findIndex((l) => l.startsWith('รายงานผลการดำเนินการตามมาตรการ')));
      const text = lines
        .join('\n')
        .replace(/ ๒\. มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหารและหัวหน้า ส่วนราชการทราบเป็น ประจำทุกเดือน/, '');
      const preview = await previewPlanImport(createRepositories(store), {
        orgId: 'demo',
        fy: 2566,
        document: readTextDocument(text),
        now,
      });
      return new Map(preview!.warnings.map((w) => [w.code, w]));
    };
    const buttons = /ยกเลิกร่างนี้|ตรวจแล้ว ถูกต้อง|discard this draft|mark it checked/;

    it('saved measures the file lacks: the original file, or --replace', async () => {
      const notice = (await dryRun()).get('file-over-saved-plan')!;
      expect(notice.message_th).toContain('มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในไฟล์นี้ (i8');
      expect(notice.message_th).toContain('ให้นำเข้าไฟล์ Word หรือ Excel ต้นฉบับแทน');
      expect(notice.message_th).toContain('--replace');
      expect(notice.message_en).toContain('needs --replace');
      expect(`${notice.message_th} ${notice.message_en}`).not.toMatch(buttons);
    });

    it('a saved follow-up the file lacks: removed when imported without --dry-run', async () => {
      const notice = (await dryRun()).get('follow-up-removed')!;
      expect(notice.message_th).toContain('จะถูกลบเมื่อนำเข้าโดยไม่ใช้ --dry-run');
      expect(notice.message_en).toContain('imported without --dry-run');
      expect(`${notice.message_th} ${notice.message_en}`).not.toMatch(buttons);
    });

    it('a measure repeated word for word: delete the row from the file', async () => {
      const notice = (await dryRun()).get('measure-repeated')!;
      expect(notice.message_th).toContain('ให้ลบแถวนี้ในไฟล์แล้วนำเข้าอีกครั้ง');
      expect(notice.message_en).toContain('delete it from the file');
      expect(`${notice.message_th} ${notice.message_en}`).not.toMatch(buttons);
    });
  });

  it('after the year has ended, refuses a file that removes missed reports until --confirm-remove-missed (break s30-u F3)', async () => {
    const request = {
      orgId: 'demo',
      fy: 2566,
      document: readTextDocument(withoutI8()),
      actor: 'test',
      now: new Date('2023-10-05T03:00:00Z'),
      confirmRemovals: true,
    };
    const attempt = importPlan(createRepositories(store), request);
    const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message_th).toContain('ปีงบประมาณ ๒๕๖๖ สิ้นสุดแล้ว');
    expect(error.message_th).toContain('--confirm-remove-missed');
    expect(error.message_en).toContain('missed reports');
    expect(error.details.missedReportsRemoved).toBeGreaterThan(0);
    expect((await new PlanRepository(store).getPlan('demo', 2566))?.version).toBe(2);
  });

  it('says which saved measures a file without them removed (review 17 s14, S14-17)', async () => {
    const outcome = await importPlan(createRepositories(store), {
      orgId: 'demo',
      fy: 2566,
      document: readTextDocument(withoutI8()),
      actor: 'test',
      now,
      confirmRemovals: true,
    });
    expect(outcome.saved.version).toBe(3);
    expect(outcome.saved.measures.map((m) => m.measureId)).not.toContain('i8');
    const notice = outcome.warnings.find((w) => w.code === 'file-over-saved-plan');
    expect(notice?.message_th).toContain('(ฉบับที่ ๒, ๗ มาตรการ) แล้ว');
    expect(notice?.message_th).toMatch(/มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในไฟล์นี้ \(i8 ".+"\) ถูกลบแล้ว/);
  });

  // tester s43 F1: on 10 March the coordinator stopped i4.f2 and i5.f1 (monthly) after February and
  // added their continuations from March; `npm run import -- --replace` of the revised document (still
  // "ทุกเดือน" for both) printed no months, kept the stops and deleted the continuations
  it('re-imported over mid-year stops, says the months kept and keeps the follow-ups that continue them', async () => {
    const repos = createRepositories(store);
    await seedOrg(store, 'plan43');
    const request = { orgId: 'plan43', fy: 2566, actor: 'test', now };
    const document = () => readTextDocument(readFileSync(documentPath, 'utf8'));
    await importPlan(repos, { ...request, document: document() });
    const first = (await repos.plans.getPlan('plan43', 2566))!;
    const march = new Date('2023-03-10T03:00:00Z');
    // each stopped after February, continued from March: [measure, stopped, continuation]
    const continued = {
      i4: [2, { followUpNo: 3, text: 'รายงานผลต่อผู้บริหารทุกไตรมาส', cadence: 'quarterly' }],
      i5: [1, { followUpNo: 5, text: 'รายงานผลต่อนายกเทศมนตรีทุกเดือน', cadence: 'monthly' }],
    } as const;
    const measures = structuredClone(first.measures).map((m) => {
      const change = continued[m.measureId as keyof typeof continued];
      if (!change) return m;
      m.followUps.find((x) => x.followUpNo === change[0])!.lastMonth = '2023-02';
      m.followUps.push({ ...change[1], audience: [], firstMonth: '2023-03' });
      return m;
    });
    await replaceOrgPlan(repos, {
      ...request,
      now: march,
      plan: { title: first.title, measures },
      units: await repos.orgs.listUnits('plan43'),
      path: 'body',
    });
    const dry = await previewPlanImport(repos, { ...request, now: march, document: document() });
    const lines = planSummaryLines(dry!);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}ติดตามผลข้อ ๒: ทุกเดือน \(ถึงเดือนกุมภาพันธ์ ๒๕๖๖\) .* \/ follow-up 2: monthly \(until 2023-02\)/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}ติดตามผลข้อ ๑: ทุกเดือน \(ถึงเดือนกุมภาพันธ์ ๒๕๖๖\)/));
    expect(lines.some((l) => l.startsWith('  ติดตามผลข้อ ๓: ทุกไตรมาส (ทุก ๓ เดือน) (ตั้งแต่เดือนมีนาคม ๒๕๖๖)'))).toBe(true);
    expect(
      dry!.warnings
        .filter((w) => w.code === 'follow-up-continuation-kept')
        .map((w) => `${w.measureId}.f${w.followUpNo}`),
    ).toEqual(['i4.f3', 'i5.f5']);
    const saved = await importPlan(repos, { ...request, now: march, document: document(), confirmRemovals: true });
    const followUps = (id: string) =>
      saved.saved.measures
        .find((m) => m.measureId === id)!
        .followUps.map((x) => [x.followUpNo, x.cadence, x.firstMonth, x.lastMonth]);
    expect(followUps('i4')).toEqual([
      [1, 'unspecified', undefined, undefined],
      [2, 'monthly', undefined, '2023-02'],
      [3, 'quarterly', '2023-03', undefined],
    ]);
    expect(followUps('i5')).toContainEqual([5, 'monthly', '2023-03', undefined]);
    expect(followUps('i5')).toContainEqual([1, 'monthly', undefined, '2023-02']);
  });

  it('refuses an org that does not exist and writes nothing', async () => {
    await expect(
      importPlan(createRepositories(store), {
        orgId: 'nowhere',
        fy: 2566,
        document: readTextDocument(readFileSync(documentPath, 'utf8')),
        actor: 'test',
        now,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await new PlanRepository(store).getPlan('nowhere', 2566)).toBeUndefined();
  });
});

/**
 * `npm run import -- ...args`: the script's entry function in this process (runCliEntry). The
 * script itself is started (runCliScript) where the process matters: the exit code the shell sees,
 * a closed pipe.
 */
const importCli = (args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}) =>
  runCliEntry(importPlanCli, args, options);

/** A CLI run that should fail: its exit code and stderr (0 and '' when it did not fail). */
const refusal = (run: Promise<unknown>) =>
  run.then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => e,
  );

describe('npm run import (the CLI)', () => {
  // break-16 B12: these were zod's English ("argument: Too small: expected number to be >=2560")
  it.each([
    ['2023', '--fy: ใช้ปี พ.ศ. เช่น 2566 สำหรับ ค.ศ. ๒๐๒๓ / use the Buddhist-era (BE) fiscal year, e.g. 2566 for CE 2023'],
    ['2017', '--fy: ใช้ปี พ.ศ. เช่น 2560 สำหรับ ค.ศ. ๒๐๑๗ / use the Buddhist-era (BE) fiscal year, e.g. 2560 for CE 2017'],
    ['25660', '--fy: ปีงบประมาณต้องไม่เกิน ๒๗๐๐ / fiscal year must be at most 2700'],
    ['2566abc', '--fy: ปีงบประมาณต้องเป็นตัวเลข'],
  ])('refuses --fy %s Thai first, naming the option (a CE year gets the BE hint), exit 2', async (fy, line) => {
    const { code, stderr } = await refusal(importCli([documentPath, '--org', 'demo', '--fy', fy, '--dry-run']));
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('ค่าตัวเลือกไม่ถูกต้อง');
    expect(stderr).toContain(line);
    expect(stderr).not.toMatch(/argument:|Too small|Too big|Invalid input/);
  });

  // session 37: these said parseArgs' English ("Option '--fy <value>' argument missing") under the Thai
  it.each([
    [
      '--fy with no value',
      ['--org', 'demo', '--dry-run', '--fy'],
      'ตัวเลือก --fy ต้องตามด้วยค่า เช่น --fy <ค่า> กรุณาดูวิธีใช้ด้านล่าง\n--fy needs a value after it (--fy <value>): see the usage below\n',
    ],
    [
      'a value given to --dry-run',
      ['--org', 'demo', '--fy', '2566', '--dry-run=yes'],
      'ตัวเลือก --dry-run ไม่รับค่า ใช้ --dry-run เพียงอย่างเดียว กรุณาดูวิธีใช้ด้านล่าง\n--dry-run takes no value (--dry-run, not --dry-run=yes): see the usage below\n',
    ],
  ])('refuses %s Thai first, naming the option, then the usage (exit 2)', async (_n, args, said) => {
    const { code, stderr } = await refusal(importCli([documentPath, ...args]));
    expect(code).toBe(2);
    expect(stderr.startsWith(said), stderr).toBe(true);
    expect(stderr).toContain('usage: npm run import');
  });

  // session 37 (tester P3): these said the generic "ไม่ได้ระบุคำสั่งหรือตัวเลือกที่จำเป็น หรือไม่รู้จักคำสั่ง"
  const needs = 'คำสั่ง npm run import ต้องระบุ ไฟล์แผน, --org และ --fy';
  it.each([
    [
      '--fy',
      ['/tmp/plan.txt', '--org', 'nb'],
      `${needs} (ยังไม่ได้ระบุ --fy)\nnpm run import needs the plan file, --org and --fy (missing: --fy)\n`,
    ],
    ['--org', [documentPath, '--fy', '2566', '--dry-run'], `${needs} (ยังไม่ได้ระบุ --org)\n`],
    [
      'the file',
      ['--org', 'demo', '--fy', '2566', '--dry-run'],
      `${needs} (ยังไม่ได้ระบุ ไฟล์แผน)\nnpm run import needs the plan file, --org and --fy (missing: the plan file)\n`,
    ],
    ['everything', [], `${needs}\nnpm run import needs the plan file, --org and --fy\n`],
  ])('without %s names what is missing, Thai first, then the usage (exit 2)', async (_n, args, said) => {
    const { code, stderr } = await refusal(importCli(args));
    expect(code).toBe(2);
    expect(stderr.startsWith(said), stderr).toBe(true);
    expect(stderr).toContain('usage: npm run import');
  });

  // session 37 (tester P3): the Thai line held "/ binary, e.g. old .doc or .xls", the English line the Thai
  it('refuses random bytes named .docx with a Thai line, then an English one, each in its own language', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ita-import-')), 'แผน.docx');
    writeFileSync(file, randomBytes(4096));
    const { code, stderr } = await refusal(
      runCliScript('infra/cli/import-plan.ts', [file, '--org', 'demo', '--fy', '2566', '--dry-run']),
    );
    expect(code).toBe(1);
    const [th = '', en = '', field = ''] = stderr.split('\n');
    const [fieldTh = '', fieldEn = ''] = field.replace(/^ {2}file: /, '').split(' / ');
    expectEachInItsLanguage([
      { message_th: th, message_en: en },
      { message_th: fieldTh, message_en: fieldEn },
    ]);
  });

  const dryRunJson = [documentPath, '--org', 'demo', '--fy', '2566', '--dry-run', '--json'];

  it('prints the plan as JSON on stdout with --dry-run --json', async () => {
    const { stdout, stderr } = await importCli(dryRunJson);
    const plan = JSON.parse(stdout) as Plan;
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(stderr).toContain('7 measures');
    expect(stderr).toContain('บรรทัด ๑๐');
  });

  // session 37: `... --json | head -0` ended with an unhandled EPIPE stack
  it('--dry-run --json read by a reader that has gone away ends quietly, exit 0', async () => {
    const { code, stderr } = await runCliScriptUnread('infra/cli/import-plan.ts', dryRunJson);
    expect(code).toBe(0);
    expect(stderr).toContain('7 measures');
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  // Before: the CLI read every file as UTF-8 text, so a .docx, .xlsx or PDF gave no measures.
  // Each case reads its file as the CLI does (exceljs, pdfjs): seconds on a shared machine.
  const spawnTimeout = 120_000;
  it.each(['05-standard.docx', '09-standard.xlsx', '11-standard.pdf'])(
    'reads %s from the corpus as POST /plan-imports does, into its expected measures',
    async (name) => {
      const file = fileURLToPath(new URL(`../fixtures/plans/${name}`, import.meta.url));
      const expected = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8'));
      const { stdout } = await importCli([file, '--org', 'demo', '--fy', String(expected.fy), '--dry-run', '--json']);
      const plan = JSON.parse(stdout) as Plan;
      expect(
        plan.measures.map((m) => ({
          indicator: m.indicator,
          cadences: m.followUps.map((x) => x.cadence),
          unitIds: m.responsible.unitIds,
          allUnits: m.responsible.allUnits,
          ...(m.notes?.length ? { notes: m.notes.map((n) => n.label) } : {}),
        })),
      ).toEqual(expected.measures);
    },
    spawnTimeout,
  );

  it(
    'saves a .docx plan to the configured table, through the guarded use case',
    async () => {
      await seedOrg(store, 'docx-org');
      const file = fileURLToPath(new URL('../fixtures/plans/08-unit-aliases.docx', import.meta.url));
      const { stderr } = await importCli([file, '--org', 'docx-org', '--fy', '2567'], {
        env: { ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint },
      });
      expect(stderr).toContain('saved plan version 1');
      const expected = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8'));
      const saved = await new PlanRepository(store).getPlan('docx-org', 2567);
      expect(saved?.measures.map((m) => m.indicator)).toEqual(
        expected.measures.map((m: Plan['measures'][0]) => m.indicator),
      );
    },
    spawnTimeout,
  );

  it('writes to the configured table without --dry-run', async () => {
    await seedOrg(store, 'cli-org');
    const { stderr } = await importCli([documentPath, '--org', 'cli-org', '--fy', '2566'], {
      env: { ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint },
    });
    expect(stderr).toContain('saved plan version 1');
    expect((await new PlanRepository(store).getPlan('cli-org', 2566))?.measures).toHaveLength(7);
  });

  it(
    "refuses another year's document over a saved plan until --confirm-other-year, and removals until --replace (S15-2)",
    async () => {
      await seedOrg(store, 'year-org');
      const env = { ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint };
      const importInto = (file: string, ...flags: string[]) =>
        importCli([file, '--org', 'year-org', '--fy', '2566', ...flags], { env });
      await importPlan(createRepositories(store), {
        orgId: 'year-org',
        fy: 2566,
        document: readTextDocument(readFileSync(documentPath, 'utf8')),
        actor: 'test',
        now,
      });
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      // next year's plan, its year line with the period (S15-12), lacking indicator 10's measure
      const file = join(dir, 'next-year.txt');
      writeFileSync(
        file,
        readFileSync(documentPath, 'utf8')
          .replace(/\n[^\n]*ตัวชี้วัดที่ ๑๐[^\n]*/, '')
          .replaceAll('๒๕๖๖', '๒๕๖๗')
          .replace('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 'ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)'),
      );
      const refused = await refusal(importInto(file));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('แผนนี้เป็นแผนของปีงบประมาณ ๒๕๖๗ แต่จะบันทึกแทนแผนปีงบประมาณ ๒๕๖๖');
      expect(refused.stderr).toContain('--confirm-other-year');
      const removals = await refusal(importInto(file, '--confirm-other-year'));
      expect(removals.code).toBe(1);
      expect(removals.stderr).toMatch(/ไม่มีมาตรการที่บันทึกไว้ของปีงบประมาณ ๒๕๖๖ ๑ ข้อ \(i10 ".+"\)/);
      expect((await new PlanRepository(store).getPlan('year-org', 2566))?.version).toBe(1);
      // FY2566 has ended (the CLI reads today's clock): its missed reports of i10 ask too (break s30-u F3)
      const missed = await refusal(importInto(file, '--confirm-other-year', '--replace'));
      expect(missed.code).toBe(1);
      expect(missed.stderr).toContain('ปีงบประมาณ ๒๕๖๖ สิ้นสุดแล้ว');
      expect(missed.stderr).toContain('--confirm-remove-missed');
      const { stderr } = await importInto(file, '--confirm-other-year', '--replace', '--confirm-remove-missed');
      expect(stderr).toContain('saved plan version 2');
      const saved = await new PlanRepository(store).getPlan('year-org', 2566);
      expect(saved?.measures.map((m) => m.measureId)).not.toContain('i10');
      expect(saved?.title).toContain('๒๕๖๗');
    },
    spawnTimeout * 2,
  );

  // tester s39 #2: the real FY2566 document imported as FY2570's first plan was saved without a
  // question, its title naming ๒๕๖๖; the page asks before any such save
  describe("another year's document as the year's first plan", () => {
    const env = () => ({ ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint });
    const timeframesOnly = () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-first-'));
      const file = join(dir, 'timeframes-2567.txt');
      // no year line: the timeframes name FY2567 (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)
      writeFileSync(
        file,
        readFileSync(documentPath, 'utf8')
          .replace(/ประจำปีงบประมาณ พ.ศ. ๒๕๖๖/g, '')
          .replaceAll('๒๕๖๖', '๒๕๖๗')
          .replaceAll('๒๕๖๕', '๒๕๖๖'),
      );
      return file;
    };

    it.each([
      ['its year line (๒๕๖๖) imported as 2570', () => documentPath, '2570', '๒๕๖๖', '๒๕๗๐', true],
      ['its timeframes (๒๕๖๗) imported as 2566', timeframesOnly, '2566', '๒๕๖๗', '๒๕๖๖', false],
    ])(
      "named by %s: refused until --confirm-other-year; an earlier year's confirmed document has its years moved",
      async (_name, file, fy, other, year, earlierYear) => {
        const org = `first-${fy}`;
        await seedOrg(store, org);
        const run = (...flags: string[]) => importCli([file(), '--org', org, '--fy', fy, ...flags], { env: env() });
        const refused = await refusal(run());
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(`แผนนี้เป็นแผนของปีงบประมาณ ${other} แต่จะบันทึกเป็นแผนปีงบประมาณ ${year} จึงยังไม่บันทึก`);
        // an earlier year's document has its years moved once confirmed (tester s42 F8); a later one's are retyped
        expect(refused.stderr).toContain(
          earlierYear
            ? `--confirm-other-year ระบบจะเลื่อนปีในชื่อแผน วันที่ และข้อความจากปี ${other} เป็นปี ${year} ให้`
            : `--confirm-other-year แล้วแก้ชื่อแผนและข้อความที่ระบุปี ${other}`,
        );
        expect(await new PlanRepository(store).getPlan(org, Number(fy))).toBeUndefined();
        // "last year's plan as a model" is said of an earlier year's document only (tester s39y)
        expect(refused.stderr.includes('(เช่น ใช้แผนปีก่อนเป็นต้นแบบ)')).toBe(earlierYear);
        // a dry run without the option says how to confirm; given it, neither the dry run nor the save repeats that
        const advice = 'การนำเข้าที่บันทึกต้องระบุ --confirm-other-year';
        expect((await run('--dry-run')).stdout).toContain(advice);
        expect((await run('--dry-run', '--confirm-other-year')).stdout).not.toContain(advice);
        const { stdout, stderr } = await run('--confirm-other-year');
        expect(stdout).toContain(earlierYear ? `ปีในข้อความนี้ถูกเลื่อนจาก ${other} เป็น ${year}` : `แต่นำเข้าเป็นปี ${year}`);
        // each moved year named by the line it came from, as the other warnings are (tester s44)
        if (earlierYear) expect(stdout).toMatch(/\n {2}บรรทัด [๐-๙]+: คัดลอกจากปีงบประมาณ/);
        expect(stdout).not.toContain(advice);
        expect(stderr).toContain('saved plan version 1');
        // saved: the earlier year's title names the year saved; no title is left naming the other year
        const saved = await new PlanRepository(store).getPlan(org, Number(fy));
        if (earlierYear) expect(saved?.title).toContain(`ประจำปีงบประมาณ พ.ศ. ${year}`);
        expect(stderr).not.toContain(`ชื่อแผนที่บันทึกยังระบุปีงบประมาณ ${other}`);
      },
      spawnTimeout,
    );

    it('a document of the year itself is saved as the first plan without a question', async () => {
      await seedOrg(store, 'first-own');
      const { stderr } = await importCli([documentPath, '--org', 'first-own', '--fy', '2566'], { env: env() });
      expect(stderr).toContain('saved plan version 1');
      expect(stderr).not.toContain('ชื่อแผนที่บันทึกยังระบุ');
    });
  });

  // Tester h, session 33: the dry run matched the usual municipal units and never read the org's name,
  // so "บรรทัด ๓: เอกสารระบุ …" first appeared when saving; the summary's labels were English only
  // tester s54: a folder given as the plan file or as --out was "เกิดข้อผิดพลาดในระบบ … EISDIR", and
  // --out was written after the save, so a saving run said it failed with its plan saved
  describe('a folder where a file goes: said Thai first, before anything is read or saved', () => {
    const env = () => ({ ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint });
    const folder = () => mkdtempSync(join(tmpdir(), 'ita-import-folder-'));

    it.each([
      ['a folder', () => folder()],
      ['a folder named like a plan file', () => join(folder(), 'แผน.xlsx')],
    ])('%s as the plan file is refused as a folder, exit 1, nothing saved', async (_n, path) => {
      const file = path();
      mkdirSync(file, { recursive: true });
      await seedOrg(store, 'folder-plan');
      const { code, stderr } = await refusal(importCli([file, '--org', 'folder-plan', '--fy', '2566'], { env: env() }));
      expect(code).toBe(1);
      expect(stderr.split('\n')[0]).toBe(`${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์แผน กรุณาระบุไฟล์แผน`);
      expect(stderr).not.toMatch(/เกิดข้อผิดพลาดในระบบ|EISDIR/);
      expect(await new PlanRepository(store).getPlan('folder-plan', 2566)).toBeUndefined();
    });

    it.each([
      ['a folder', () => folder(), 'เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ เช่น'],
      ['a file in a folder that does not exist', () => join(folder(), 'ไม่มี', 'plan.json'), 'ไม่พบโฟลเดอร์'],
    ])('--out naming %s is refused on --out before the plan is saved, exit 2', async (_n, path, said) => {
      const out = path();
      await seedOrg(store, 'folder-out');
      const { code, stderr } = await refusal(
        importCli([documentPath, '--org', 'folder-out', '--fy', '2566', '--out', out], { env: env() }),
      );
      expect(code).toBe(2);
      expect(stderr).toContain(`--out: ${out} ${said}`);
      expect(stderr).not.toMatch(/เกิดข้อผิดพลาดในระบบ|EISDIR/);
      expect(await new PlanRepository(store).getPlan('folder-out', 2566)).toBeUndefined();
    });
  });

  describe('the dry run against the org in the table, Thai first', () => {
    const env = () => ({ ...process.env, TABLE_NAME: store.tableName, DYNAMODB_ENDPOINT: store.endpoint });
    const run = (orgId: string, ...flags: string[]) =>
      importCli([documentPath, '--org', orgId, '--fy', '2566', ...flags], {
        env: env(),
      });
    const warningCount = (out: string) => /^คำเตือน (\S+) รายการ/m.exec(out)?.[1];
    const otherOrg = 'เอกสารระบุ "เทศบาลตำบลลดอนอะระง" ไม่ใช่ชื่อองค์กรนี้ (เทศบาลตำบลหนองบัว)';

    it("warns of another org's name in the dry run as the saving run does, with the same count", async () => {
      await seedOrg(store, 'dry-nongbua', 'เทศบาลตำบลหนองบัว');
      const dry = await run('dry-nongbua', '--dry-run');
      expect(dry.stdout).toContain(otherOrg);
      expect(await new PlanRepository(store).getPlan('dry-nongbua', 2566)).toBeUndefined();
      const saved = await run('dry-nongbua');
      expect(saved.stdout).toContain(otherOrg);
      expect(warningCount(dry.stdout)).toBeDefined();
      expect(warningCount(dry.stdout)).toBe(warningCount(saved.stdout));
    });

    it("gives no such warning for the org the document names, and the dry run's summary is Thai first", async () => {
      await seedOrg(store, 'dry-don-arang');
      const { stdout } = await run('dry-don-arang', '--dry-run');
      expect(stdout).not.toContain('ไม่ใช่ชื่อองค์กรนี้');
      expect(stdout).toContain(
        '  มาตรการย่อย ๑ วิธีดำเนินการ ๑ ข้อเสนอแนะ ๑ / sub-measures: 1, methods: 1, recommendations: 1',
      );
      // tester s37 #9: the units were their ids ("หน่วยงานหลัก clerk")
      expect(stdout).toContain(
        '  ผู้รับผิดชอบ: ทุกกองงาน หน่วยงานหลัก สำนักปลัดเทศบาล / responsible: every unit, lead: "สำนักปลัดเทศบาล" (clerk)',
      );
      expect(stdout).not.toMatch(/ผู้รับผิดชอบ: [^/]*[a-z]/);
      expect(stdout).toMatch(
        /^ {2}ติดตามผลข้อ ๑: ทุกเดือน รายงานต่อ ที่ประชุมประจำเดือน \/ follow-up 1: monthly -> meeting {2}/m,
      );
      expect(stdout).not.toMatch(/^ {2}(sub-measures|responsible|follow-up)/m);
    });

    it('says when the org is not in the table that its name and units were not read', async () => {
      const { stdout, stderr } = await run('no-such-org', '--dry-run');
      expect(stderr.split('\n')[0]).toBe(
        'ไม่ได้อ่านองค์กร no-such-org จากตาราง จึงเทียบหน่วยงานกับหน่วยงานเทศบาลที่ใช้ทั่วไป และไม่ได้ตรวจชื่อองค์กรในเอกสาร',
      );
      expect(stdout).not.toContain('ไม่ใช่ชื่อองค์กรนี้');
      expect(stdout).toContain('  ผู้รับผิดชอบ: ทุกกองงาน หน่วยงานหลัก สำนักปลัดเทศบาล / responsible');
    });

    it('saves the same file again as no new version, and says so Thai first; a changed file is saved', async () => {
      await seedOrg(store, 'again-org', 'เทศบาลตำบลหนองบัว');
      const first = await run('again-org');
      expect(first.stderr).toContain('บันทึกแผนฉบับที่ ๑ แล้ว\nsaved plan version 1\n');
      const dry = await run('again-org', '--dry-run');
      expect(dry.stderr).toContain('แผนจากไฟล์นี้เหมือนแผนที่บันทึกไว้แล้วทุกประการ การบันทึกจะไม่สร้างฉบับใหม่');
      const again = await run('again-org');
      expect(again.stderr).toContain(
        'ไม่ได้บันทึก: แผนจากไฟล์นี้เหมือนแผนฉบับที่ ๑ ที่บันทึกไว้แล้วทุกประการ\nnot saved: the plan in this file is the same as the saved version 1\n',
      );
      expect(again.stderr).not.toContain('saved plan version');
      expect(warningCount(again.stdout)).toBe(warningCount(dry.stdout));
      expect((await new PlanRepository(store).getPlan('again-org', 2566))?.version).toBe(1);
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      const changed = join(dir, 'changed.txt');
      writeFileSync(
        changed,
        readFileSync(documentPath, 'utf8').replace('ของเทศบาลตำบลลดอนอะระง', 'ของเทศบาลตำบลหนองบัว'),
      );
      const { stderr } = await importCli([changed, '--org', 'again-org', '--fy', '2566'], { env: env() });
      expect(stderr).toContain('บันทึกแผนฉบับที่ ๒ แล้ว');
      expect((await new PlanRepository(store).getPlan('again-org', 2566))?.title).toContain('หนองบัว');
    });
  });

  // tester s50: the Thai line said "ไฟล์ใหญ่เกิน 5 MB", Arabic digits in the Thai half
  it.each([
    ['.docx', 1],
    ['.xlsx', 1024],
    ['.txt', 1024 * 1024],
  ])('refuses a %s file over the size limit (%i bytes over) with Thai digits in the Thai line', async (ext, over) => {
    const big = join(mkdtempSync(join(tmpdir(), 'big-plan-')), `plan${ext}`);
    writeFileSync(big, Buffer.alloc(MAX_PLAN_FILE_BYTES + over, 0x20));
    const { code, stderr } = await refusal(importCli([big, '--org', 'demo', '--fy', '2566', '--dry-run']));
    expect(code).toBe(1);
    const [th = '', en = ''] = stderr.split('\n');
    expect(th).toBe('ไฟล์ใหญ่เกิน ๕ เมกะไบต์');
    expect(en).toBe('the file is larger than 5 MB');
  });

  it('explains a bad org id instead of printing a stack trace (exit 2, a usage error)', async () => {
    const failure = await runCliScript('infra/cli/import-plan.ts', [
      documentPath,
      '--org',
      'Bad Org',
      '--fy',
      '2566',
      '--dry-run',
    ]).catch((e) => e);
    expect(failure.code).toBe(2);
    // Thai first, naming the option, as admin and the API say it (was zod's English, break-16 B12)
    expect(failure.stderr).toContain('  --org: รหัสองค์กรมีอักขระหรือรูปแบบที่ไม่อนุญาต / organisation id has characters');
    expect(failure.stderr).not.toContain('    at ');
  });
});

// tester s43b F8: an org without create-org's municipal units adds its own with add-unit (an อบต.),
// then imports last year's plan to publish its results: the units, added "today", owed nothing of
// that year (0 obligations, a results report of none), and nothing said so
describe("units an org adds before it has any plan owe the whole year, as create-org's do", () => {
  const today = new Date('2026-12-06T03:00:00Z');
  const setUp = async (orgId: string, units: readonly { unitId: string; name: string }[]) => {
    const ctx = { ...localAdminContext(store), plans: new PlanRepository(store), now: today };
    await createOrg(ctx, { orgId, name: 'องค์การบริหารส่วนตำบลโคกไม้', withMunicipalUnits: false });
    for (const u of units) await addUnit(ctx, { orgId, unitId: u.unitId, name: u.name, aliases: [] });
    return ctx;
  };
  const owedBy = async (orgId: string, fy: number, asOf: `${number}-${number}-${number}`) => {
    const orgs = new OrgRepository(store);
    const org = (await orgs.getOrg(orgId))!;
    const year = await loadOrgYear(store, org, await orgs.listUnits(orgId), fy, asOf);
    const count = new Map<string, number>();
    for (const t of year?.tracked ?? []) count.set(t.obligation.unitId, (count.get(t.obligation.unitId) ?? 0) + 1);
    return count;
  };
  const document = () => readTextDocument(readFileSync(documentPath, 'utf8'));

  it.each([
    ['last year (FY2566) imported in FY2570', 2566, '2023-09-30'],
    ['the running year (FY2570), from its first month', 2570, '2027-09-30'],
  ] as const)('%s: every unit added before the plan owes its whole plan', async (_name, fy, yearEnd) => {
    const orgId = `own-units-${fy}`;
    await setUp(orgId, MUNICIPAL_UNITS);
    await importPlan(createRepositories(store), {
      orgId,
      fy,
      document: document(),
      actor: 'test',
      now: today,
      confirmOtherFiscalYear: true,
    });
    const owed = await owedBy(orgId, fy, yearEnd);
    for (const u of MUNICIPAL_UNITS) expect(owed.get(u.unitId) ?? 0, u.unitId).toBeGreaterThan(0);
    // October's monthly report is owed too: the unit was the org's from the start
    const year = await loadOrgYear(
      store,
      (await new OrgRepository(store).getOrg(orgId))!,
      await new OrgRepository(store).listUnits(orgId),
      fy,
      yearEnd,
    );
    expect(year?.tracked.some((t) => t.obligation.periodId === `${fy - 544}-10`)).toBe(true);
  });

  it('a unit added once the org has a plan still owes only from the day it was added', async () => {
    const orgId = 'own-units-later';
    const ctx = await setUp(orgId, MUNICIPAL_UNITS);
    await importPlan(createRepositories(store), {
      orgId,
      fy: 2570,
      document: document(),
      actor: 'test',
      now: today,
      confirmOtherFiscalYear: true,
    });
    await addUnit(ctx, { orgId, unitId: 'strategy', name: 'กองยุทธศาสตร์และงบประมาณ', aliases: [] });
    const added = (await new OrgRepository(store).listUnits(orgId)).find((u) => u.unitId === 'strategy');
    expect(added?.addedAt).toBe(today.toISOString());
    expect((await new OrgRepository(store).listUnits(orgId)).filter((u) => u.addedAt !== undefined)).toHaveLength(1);
  });
});
