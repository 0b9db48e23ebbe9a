// npm run admin -- <create-org|add-unit|add-person|add-people|resend-invitation|remove-person|reactivate-person|erase-person|set-due-rule|set-closure-days|set-chief-executive|repair-plan-dates|repair-documents-history|refresh-ita-pages> ...
// Against the deployed stack (TABLE_NAME, USER_POOL_ID, AWS credentials) or the local system.
import { personChangeInCliWords } from './admin-words.js';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as z from 'zod';
import { CreatePersonBody, CreateUnitBody } from '../../shared/api/coordinator-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { OrgId, UnitId } from '../../shared/domain/ids.js';
import { hasVisibleCharacter, line, VISIBLE_ONLY_TH, visibleName } from '../../shared/domain/text.js';
import {
  cognitoIdentityProvider,
  type IdentityProvider,
  localIdentityProvider,
} from '../../shared/identity/identity-provider.js';
import { AdminCliEnvironment, EnvironmentError, parseEnvironment } from '../../shared/environment/environment.js';
import { storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { Cadence, DueRule, type DueRules } from '../../shared/domain/due-rules.js';
import { CADENCE_LABELS } from '../../shared/domain/plan-labels.js';
import { SystemDate } from './system-days.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import {
  type DueRuleContext,
  addPerson,
  addUnit,
  createOrg,
  setChiefExecutive,
  setClosureDays,
  setDueRule,
  resendPersonInvitation,
  setPersonActive,
} from '../../shared/use-cases/administer-org.js';
import { InvitationNotSentError } from '../../shared/use-cases/person-invitation.js';
import { INVITATION_VALID_DAYS } from '../../shared/identity/invitation-validity.js';
import { invitationMailer } from '../../shared/mail/invitation-mailer.js';
import { formatThaiDate, toThaiDigits } from '../../shared/domain/thai-format.js';
import { UnavailableError } from '../../shared/domain/errors.js';
import { repairPlanDates } from '../../shared/use-cases/repair-plan-dates.js';
import { FIRST_AUDIT_MONTH, repairDocumentsHistory } from '../../shared/use-cases/repair-documents-history.js';
import { refreshItaPages } from '../../shared/use-cases/refresh-ita-pages.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { FiscalYear } from '../../shared/domain/ids.js';
import { s3PublicFileStore } from '../../shared/publishing/public-files.js';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { withCliStore } from './cli-store.js';
import { erasePerson } from '../../shared/use-cases/erase-person.js';
import { assertDistinctNames } from '../../shared/use-cases/manage-units.js';
import {
  checkOptions,
  OptionValueRefusal,
  optionPath,
  parseCliArgs,
  parseOptions,
  requireGiven,
  thaiList,
} from './cli-options.js';
import { buddhistEraMonthHint } from '../../shared/domain/buddhist-era-hint.js';
import { type CliIo, type CliRefusal, isCliEntry, LOCAL_SYSTEM_HELP, runAsScript, runCli } from './run-cli.js';
import { addPeopleFromSheet, readSheetOption } from './add-people.js';
import { matchingUnitId, unitIdOf, unitListOf } from './people-sheet.js';
import { cliClock } from './cli-clock.js';

/** A position (ตำแหน่ง) with something to see, refused in its own words (re-check s48 #5: "กรุณากรอกชื่อ…"). */
const visiblePosition = line(200).refine(hasVisibleCharacter, {
  params: {
    th: `กรุณากรอกตำแหน่ง${VISIBLE_ONLY_TH}`,
    en: 'the position must have at least one visible character (spaces or invisible characters alone are not a position)',
  },
});

/** Each command's lines of the usage, in its order. */
const USAGE_OF = {
  'create-org': `  npm run admin -- create-org --org <id> --name <ชื่อองค์กร> [--municipal-units]`,
  'add-unit': `  npm run admin -- add-unit --org <id> --unit <id> --name <ชื่อ> [--alias <ชื่ออื่น>,...]`,
  'add-person': `  npm run admin -- add-person --org <id> --email <email> --name <ชื่อ> --roles staff,coordinator,executive,admin [--unit <name or id>] [--head]
                    [--acting-head-of <unit name or id>,...] [--also-staff-of <unit name or id>,...]`,
  'add-people': `  npm run admin -- add-people --org <id> --file <people.xlsx|people.csv>
                    one person a row under the headings อีเมล, ชื่อ, บทบาท [, หน่วยงาน, หัวหน้าหน่วยงาน, รักษาราชการแทน,
                    ปฏิบัติงานในหน่วยงานอื่นด้วย] (or email, name, roles, unit, head, acting-head-of, also-staff-of);
                    each row as add-person, the others go on`,
  'resend-invitation': `  npm run admin -- resend-invitation --org <id> --email <email>`,
  'remove-person': `  npm run admin -- remove-person --org <id> --email <email>`,
  'reactivate-person': `  npm run admin -- reactivate-person --org <id> --email <email>`,
  'erase-person': `  npm run admin -- erase-person --org <id> (--email <email> | --person <personId>)`,
  'set-due-rule': `  npm run admin -- set-due-rule --org <id> --cadence <monthly|quarterly|semiannual|april-september|annual|once|unspecified>
                    --rule <default|day-of-next-month:<1-28>|days-after:<0-90>>`,
  'set-closure-days': `  npm run admin -- set-closure-days --org <id> --days <YYYY-MM-DD,...>   (replaces the list; --days '' clears it)`,
  'set-chief-executive': `  npm run admin -- set-chief-executive --org <id> --name <ชื่อ> [--position <ตำแหน่ง>]
                    who signs the plan document and the results report (--name '' clears it); without
                    --position, the one the org's name implies (เทศบาลตำบล… -> นายกเทศมนตรีตำบล…)`,
  'repair-plan-dates': `  npm run admin -- repair-plan-dates [--org <id>] [--apply]
                    lists the plans (every org's, or --org's) whose saved due dates or months fall
                    outside their fiscal year, e.g. a BE date "2566-12-31" saved before such dates were
                    refused; writes nothing unless --apply, which saves each plan whose values are all
                    the year's CE dates written in BE ("2566-12-31" -> "2023-12-31") as a new version`,
  'repair-documents-history': `  npm run admin -- repair-documents-history [--org <id>] [--from YYYY-MM] [--to YYYY-MM] [--apply]
                    lists the generate, publish and withdraw entries (both documents, every fiscal
                    year) of every org's audit trail, or --org's, that the year's documents history
                    does not show: written before session 29. Reads the months from --from (default
                    2015-10) to --to (default this month); writes nothing unless --apply, which adds
                    each to its year's history (GET …/documents/audit). Running it again finds none.`,
  'refresh-ita-pages': `  npm run admin -- refresh-ita-pages [--org <id>] [--fy <ปีงบประมาณ พ.ศ.>]
                    writes again the public ITA page (/ita/{org}/{fy}/) of every year with a document
                    published or withdrawn (every org's, or --org's; every year, or --fy's) from what is published
                    now: after an upgrade, the pages show the new version's layout. Publishes, withdraws
                    and records nothing. Needs BUCKET_NAME and PUBLIC_BUCKET_NAME (the stacks' outputs
                    FilesBucketName and PublicBucketName); the local system's are found by itself.`,
};

const USAGE = `usage:
${Object.values(USAGE_OF).join('\n')}

Units and people follow the API's rules: add-unit refuses a unit id the org has (active or not;
PUT /v1/units/{unitId} renames), add-person refuses an email already in the org (reactivate-person
brings back someone deactivated), remove-person refuses the org's last active coordinator.
add-person --acting-head-of makes the person acting head (รักษาราชการแทนหัวหน้า) of those other
active units: they get those units' unit-head emails (change it on the person's screen); remove-person
ends every acting appointment. add-person --also-staff-of makes a member of staff (the staff role) staff
of those other active units as well (ปฏิบัติงานในหน่วยงานอื่นด้วย): their staff reminders, reading and
reporting for them; remove-person ends it too. Both take each unit by its name, an alias or its id,
as the people sheet does ("กองการศึกษา,health"); a unit given twice is refused by its name.
erase-person (a PDPA erasure request, docs/privacy.md) replaces a deactivated person's name and
email with a pseudonym, on the person and in every audit entry that held the name, and deletes
their sign-in unless another org has them; --person runs it again after the email is gone.

add-person emails the new person the same Thai invitation as the page's "เพิ่มผู้ใช้งาน" (the org's
name, the page's address FORM_URL) through SES (MAIL_FROM, SES_REGION); resend-invitation sends it
again while they have not signed in. On AWS the invitation carries a temporary password valid
${INVITATION_VALID_DAYS} days, and resend-invitation a new one. On the local system (npm start) there is no
password: they choose their name on the sign-in page.
If the email fails the person is saved all the same: the CLI says "saved, not sent" and how to
send it again.

Uses TABLE_NAME (and DYNAMODB_ENDPOINT locally), FORM_URL for add-person and resend-invitation.
Against the deployed table (no DYNAMODB_ENDPOINT) add-person, resend-invitation, remove-person,
reactivate-person and erase-person need USER_POOL_ID (the Stateful stack's output UserPoolId): they
create, renew, disable, enable or delete the person's Cognito sign-in (Cognito itself sends no
email). On the local system the local token issuer signs people in and the invitation goes to the
mail viewer.
${LOCAL_SYSTEM_HELP}`;

/**
 * The usage printed after a usage error of `command` (session 51: the whole usage, 60 lines, followed
 * a missing option's one line): its own lines, then where every command is.
 */
const usageFor = (command: keyof typeof USAGE_OF) =>
  `usage:\n${USAGE_OF[command]}\nevery command: npm run admin -- --help`;
const isCommand = (command: string | undefined): command is keyof typeof USAGE_OF =>
  command !== undefined && Object.hasOwn(USAGE_OF, command);

/** The commands that create, renew, disable, enable or delete a person's Cognito sign-in. */
const SIGN_IN_COMMANDS = new Set([
  'add-person',
  'add-people',
  'resend-invitation',
  'remove-person',
  'reactivate-person',
  'erase-person',
]);

/**
 * Refusal of a sign-in command run against the deployed table (no DYNAMODB_ENDPOINT) without
 * USER_POOL_ID: the local stand-in would change nothing in Cognito and report success (break s30-o F13).
 */
const userPoolNotSet = () =>
  new ValidationError(
    'ยังไม่ได้ตั้ง USER_POOL_ID คำสั่งนี้เปลี่ยนการเข้าสู่ระบบของบุคคลใน Cognito จึงไม่ได้ทำอะไรเลย ' +
      'ค่านี้คือ output ชื่อ UserPoolId ของสแต็ก ItaMeasures-<stage>-Stateful (คอนโซล CloudFormation แท็บ Outputs)',
    "USER_POOL_ID is not set: this command changes the person's Cognito sign-in, so nothing was done. " +
      'It is the output UserPoolId of the stack ItaMeasures-<stage>-Stateful (CloudFormation console, Outputs)',
    [
      {
        path: 'USER_POOL_ID',
        message_th: 'กรุณาตั้งค่า เช่น export USER_POOL_ID=ap-southeast-7_xxxxxxxxx',
        message_en: 'set it, e.g. export USER_POOL_ID=ap-southeast-7_xxxxxxxxx',
      },
    ],
  );

/** The options each command of one org needs (erase-person: --email or --person too). */
const REQUIRED = {
  'create-org': ['org', 'name'],
  'add-unit': ['org', 'unit', 'name'],
  'add-person': ['org', 'email', 'name', 'roles'],
  'add-people': ['org', 'file'],
  'resend-invitation': ['org', 'email'],
  'remove-person': ['org', 'email'],
  'reactivate-person': ['org', 'email'],
  'erase-person': ['org'],
  'set-due-rule': ['org', 'cadence', 'rule'],
  // --days '' clears the list
  'set-closure-days': ['org', 'days'],
  // --name '' clears it
  'set-chief-executive': ['org', 'name'],
} as const satisfies Record<string, readonly string[]>;
type OrgCommand = keyof typeof REQUIRED;
const isOrgCommand = (command: string | undefined): command is OrgCommand =>
  command !== undefined && Object.hasOwn(REQUIRED, command);
/** every command, in the usage's order (refresh-ita-pages was left out of an unknown command's list) */
const COMMANDS = Object.keys(USAGE_OF);

/** No command, or one the CLI does not have: said with the commands it has. */
function unknownCommand(command: string | undefined): CliRefusal {
  const said =
    command === undefined
      ? { th: 'ไม่ได้ระบุคำสั่ง', en: 'no command' }
      : { th: `ไม่รู้จักคำสั่ง "${command}"`, en: `unknown command "${command}"` };
  return {
    th: `${said.th} ใช้ ${thaiList(COMMANDS, 'หรือ')}`,
    en: `${said.en}: use ${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS.at(-1)}`,
  };
}

/** The option each field of the API's bodies is given with (optionPath); `active` (the last coordinator) is about the person --email names. */
const OPTION_OF = {
  unitId: 'unit',
  aliases: 'alias',
  headOfUnit: 'head',
  actingHeadOf: 'acting-head-of',
  alsoStaffOf: 'also-staff-of',
  active: 'email',
} as const;
const options = <S extends z.ZodType>(schema: S, values: Record<string, unknown>) =>
  parseOptions(schema, values, OPTION_OF);
/** OptionValueRefusal (exit 2) for a new org's or unit's id that is no id (SlugId), naming the form and --name. */
function newIdRefusal(option: '--org' | '--unit', id: string | undefined): void {
  if (id === undefined || UnitId.safeParse(id).success) return;
  throw new OptionValueRefusal('ค่าตัวเลือกไม่ถูกต้อง', 'an option value is not valid', [
    {
      path: option,
      message_th:
        'รหัสมีอักขระที่ไม่อนุญาต ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก (a-z) ตัวเลข และขีด (-) ไม่เกิน ๔๐ ตัว เช่น welfare ส่วนชื่อภาษาไทยใส่ที่ --name',
      message_en:
        'the id has characters that are not allowed: use lowercase English letters (a-z), digits and hyphens, at most 40, e.g. welfare; the Thai name goes in --name',
    },
  ]);
}

/** add-person's --unit: a unit's id, name or alias (unitIdOf); an id the org lacks is left to addPerson's refusal. */
const unitOption = (unit: string, units: Parameters<typeof unitIdOf>[1]) =>
  matchingUnitId(unit, units) ?? (UnitId.safeParse(unit).success ? unit : unitIdOf(unit, units, 'unit'));
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

type SignInBy = IdentityProvider['signInBy'];

/** "the invitation was sent to …, valid 14 days" (locally: no password, they choose their name), Thai and English. */
const sentTo = (email: string, by: SignInBy) =>
  `ส่งอีเมลเชิญไปที่ ${email} แล้ว ${by === 'password' ? `(รหัสผ่านชั่วคราวใช้ได้ ${toThaiDigits(INVITATION_VALID_DAYS)} วัน)` : '(ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: เลือกชื่อที่หน้าเข้าสู่ระบบ)'}`;
const sentToEn = (email: string, by: SignInBy) =>
  `the invitation email was sent to ${email} ${by === 'password' ? `(the temporary password lasts ${INVITATION_VALID_DAYS} days)` : '(no password on this local system: they choose their name on the sign-in page)'}`;

/**
 * The person is saved (`added`) or unchanged (`kept`) but the invitation did not go: Thai then
 * English on stderr, with the command that sends it again; exit code 1. Returns nothing to print.
 */
function notSent(io: CliIo, orgId: string, email: string, person: 'added' | 'kept'): string {
  const again = `npm run admin -- resend-invitation --org ${orgId} --email ${email}`;
  const th =
    person === 'added'
      ? `บันทึกผู้ใช้งานแล้ว แต่ส่งอีเมลเชิญไม่สำเร็จ (saved, not sent) กรุณาส่งอีกครั้งด้วย ${again} หรือปุ่ม "ส่งอีเมลเชิญอีกครั้ง" ที่หน้าของผู้ใช้งาน`
      : `ส่งอีเมลเชิญไม่สำเร็จ กรุณาลองอีกครั้งด้วย ${again}`;
  const en =
    person === 'added'
      ? `saved, not sent: the person was added but the invitation email failed; send it again with ${again} or the person's screen ("ส่งอีเมลเชิญอีกครั้ง")`
      : `not sent: the invitation email failed; try again with ${again}`;
  io.stderr.write(`${th}\n${en}\n`);
  io.exitCode = 1;
  return '';
}

/** add-person and resend-invitation without FORM_URL: the email could not say where to sign in. */
const noFormUrl = () =>
  new UnavailableError(
    'ยังไม่ได้ตั้ง FORM_URL (ที่อยู่หน้าเว็บ) จึงส่งอีเมลเชิญไม่ได้ ไม่มีการบันทึกใด ๆ กรุณาตั้ง FORM_URL แล้วลองอีกครั้ง',
    'FORM_URL (the web page’s address) is not set, so no invitation can be sent; nothing was written: set FORM_URL and run again',
  );

/** The org's due rules after set-due-rule, one per cadence: Thai, then English (every cadence's default: none). */
function dueRulesSaid(orgId: string, rules: DueRules): string {
  const set = Object.entries(rules) as [Cadence, DueRule][];
  // unspecified follow-ups take the annual rule when they have none (periodsFor): said, not left out
  const asAnnual = rules.annual && !rules.unspecified;
  const th = set.map(([cadence, r]) => {
    const when =
      r.kind === 'day-of-next-month'
        ? `วันที่ ${toThaiDigits(r.day)} ของเดือนถัดไป`
        : r.kind === 'days-after'
          ? `${toThaiDigits(r.days)} วันหลังสิ้นรอบ`
          : 'ค่าเริ่มต้น';
    return `${CADENCE_LABELS[cadence]}: ${when}`;
  });
  const en = set.map(([cadence, r]) => {
    const when =
      r.kind === 'day-of-next-month'
        ? `day ${r.day} of the next month`
        : r.kind === 'days-after'
          ? `${r.days} days after the period`
          : 'the default';
    return `${cadence}: ${when}`;
  });
  if (asAnnual) {
    th.push(`${CADENCE_LABELS.unspecified}: ใช้กำหนดเดียวกับรอบประจำปี`);
    en.push('unspecified: as annual');
  }
  return (
    `วันครบกำหนดส่งของ ${orgId}: ${th.length ? th.join('; ') : 'ค่าเริ่มต้นทุกรอบ'}\n` +
    `due rules of ${orgId}: ${en.length ? en.join('; ') : 'the default for every cadence'}`
  );
}

/** `repair-plan-dates`: one line per plan found, then what was done (a dry run unless `apply`). */
async function repairPlanDatesCommand(io: CliIo, org: string | undefined, apply: boolean): Promise<{ usage: false }> {
  const orgIds = org === undefined ? undefined : [options(z.object({ org: OrgId }), { org }).org];
  return withCliStore('npm run admin', io.env, async ({ repos }) => {
    const found = await repairPlanDates(repos, {
      ...(orgIds ? { orgIds } : {}),
      apply,
      actor: 'cli:repair-plan-dates',
      now: cliClock(io.env)(),
    });
    const out: string[] = [];
    // Thai first, then English, as every other command (tester s54: English only)
    for (const f of found) {
      const th = {
        'dry-run': 'ทดลองเท่านั้น ยังไม่ได้บันทึก (ใส่ --apply เพื่อบันทึก)',
        repaired: `แก้ไขแล้ว บันทึกเป็นแผนฉบับที่ ${toThaiDigits(f.savedVersion ?? 0)}`,
        manual: 'ไม่ได้แก้ไข มีค่าที่ไม่ใช่วันที่ปี พ.ศ. ของปีงบประมาณนี้ กรุณาแก้ไขที่หน้าแผนมาตรการ',
        refused: `ไม่ได้แก้ไข การบันทึกไม่ผ่าน: ${f.reason}`,
      }[f.outcome];
      const done = {
        'dry-run': 'dry run: nothing written (--apply saves it)',
        repaired: `repaired: saved as version ${f.savedVersion}`,
        manual: 'not repaired: a value is not a BE-year date of this fiscal year; fix it on the plan page (แผนมาตรการ)',
        refused: `not repaired: the save refused it: ${f.reason}`,
      }[f.outcome];
      out.push(`${f.orgId} ปีงบประมาณ ${toThaiDigits(f.fy)} แผนฉบับที่ ${toThaiDigits(f.version)}: ${th}`);
      out.push(`${f.orgId} FY${f.fy} plan version ${f.version}: ${done}`);
      for (const p of f.problems) {
        const where = `${p.measureId}${p.followUpNo === undefined ? '' : ` follow-up ${p.followUpNo}`} ${p.field}`;
        out.push(`  ${where}: ${p.stored} -> ${p.repaired ?? '(fix by hand)'}`, `    ${p.message_th}`);
      }
    }
    out.push(
      ...(found.length === 0
        ? [
            'ไม่มีแผนที่บันทึกไว้ซึ่งมีวันครบกำหนดหรือเดือนอยู่นอกปีงบประมาณ',
            'no saved plan has a due date or month outside its fiscal year',
          ]
        : [
            `แผน ${toThaiDigits(found.length)} ฉบับมีวันที่อยู่นอกปีงบประมาณ`,
            `${found.length} plan(s) with dates outside their fiscal year`,
          ]),
    );
    io.stdout.write(`${out.join('\n')}\n`);
    if (found.some((f) => f.outcome === 'refused')) io.exitCode = 1;
    return { usage: false };
  });
}

const NOT_A_MONTH = {
  th: 'เดือนไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด ปี ค.ศ. เช่น 2023-10',
  en: 'not a valid month: use YYYY-MM with the Gregorian year, e.g. 2023-10',
};

/**
 * "YYYY-MM" as the first instant of that UTC month (an audit partition's month); a Buddhist-era
 * year gets its hint (tester s54: the message given here was lost, "มีอักขระหรือรูปแบบที่ไม่อนุญาต" said).
 */
const AuditMonth = z
  .string()
  .superRefine((month, ctx) => {
    if (/^20\d{2}-(0[1-9]|1[0-2])$/.test(month)) return;
    const hint = buddhistEraMonthHint(month) ?? NOT_A_MONTH;
    ctx.addIssue({ code: 'custom', params: hint, message: `${hint.en} (${hint.th})`, input: month });
  })
  .transform((month) => new Date(`${month}-01T00:00:00.000Z`));

/** `repair-documents-history`: one line per entry found, then what was done (a dry run unless `apply`). */
async function repairDocumentsHistoryCommand(
  io: CliIo,
  values: {
    org?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    apply: boolean;
  },
): Promise<{ usage: false }> {
  const checked = options(z.object({ org: OrgId.optional(), from: AuditMonth.optional(), to: AuditMonth.optional() }), {
    org: values.org,
    from: values.from,
    to: values.to,
  });
  // from after to reads no month: refused, not "every entry is in its history" (tester s54)
  if (checked.from && checked.to && checked.from > checked.to)
    throw new OptionValueRefusal('ค่าตัวเลือกไม่ถูกต้อง', 'an option value is not valid', [
      {
        path: '--to',
        message_th: 'เดือนสิ้นสุดต้องไม่ก่อนเดือนเริ่มต้น (--from)',
        message_en: '--to must not be before --from',
      },
    ]);
  return withCliStore('npm run admin', io.env, async ({ store, repos }) => {
    const found = await repairDocumentsHistory(
      { store, repos },
      {
        ...(checked.org ? { orgIds: [checked.org] } : {}),
        from: checked.from ?? FIRST_AUDIT_MONTH,
        to: checked.to ?? cliClock(io.env)(),
        apply: values.apply,
      },
    );
    // Thai first, then English, as every other command (tester s54: English only)
    const done = {
      'dry-run': ['ทดลองเท่านั้น ยังไม่ได้บันทึก (ใส่ --apply เพื่อเพิ่ม)', 'dry run: nothing written (--apply adds it)'],
      indexed: ['เพิ่มเข้าประวัติเอกสารของปีแล้ว', "added to the year's documents history"],
      'indexed-meanwhile': ['มีการสั่งอีกครั้งหนึ่งเพิ่มไว้แล้ว', 'already added by another run'],
    } as const;
    const out = found.flatMap((f) => {
      const [th, en] = done[f.outcome];
      return [`${f.orgId} ${f.at} ${f.action} ${f.target}: ${th}`, `${f.orgId} ${f.at} ${f.action} ${f.target}: ${en}`];
    });
    out.push(
      ...(found.length === 0
        ? [
            'บันทึกการจัดทำ เผยแพร่ และถอนการเผยแพร่เอกสารทุกรายการอยู่ในประวัติเอกสารแล้ว',
            'every generate, publish and withdraw entry is in its documents history',
          ]
        : [
            `มีบันทึก ${toThaiDigits(found.length)} รายการที่ยังไม่อยู่ในประวัติเอกสาร`,
            `${found.length} entr${found.length === 1 ? 'y' : 'ies'} outside the documents history`,
          ]),
    );
    io.stdout.write(`${out.join('\n')}\n`);
    return { usage: false };
  });
}

/** `refresh-ita-pages`: one line per page written again (or left busy), then the count. */
async function refreshItaPagesCommand(
  io: CliIo,
  values: { org?: string | undefined; fy?: string | undefined },
): Promise<{ usage: false }> {
  const checked = options(z.object({ org: OrgId.optional(), fy: FiscalYear.optional() }), values);
  const { BUCKET_NAME: bucket, PUBLIC_BUCKET_NAME: publicBucket } = io.env;
  // the buckets the API function has (its environment's names); the local system's are in runtime-env.json
  if (!bucket || !publicBucket)
    throw new EnvironmentError('npm run admin -- refresh-ita-pages', [
      ...(bucket ? [] : ['BUCKET_NAME: required (the stack output FilesBucketName)']),
      ...(publicBucket ? [] : ['PUBLIC_BUCKET_NAME: required (the stack output PublicBucketName)']),
    ]);
  const s3 = lazyS3Client(io.env.S3_ENDPOINT ? { endpoint: io.env.S3_ENDPOINT } : {});
  try {
    return await withCliStore('npm run admin', io.env, async ({ store, repos }) => {
      const ports = publishingPorts({
        store,
        repos,
        files: s3ReportFileStore(s3, bucket),
        publicFiles: s3PublicFileStore(s3, publicBucket),
        // the page links its files relative to itself: no base address needed
        publicBaseUrl: '',
        clock: cliClock(io.env),
      });
      const done = await refreshItaPages(
        { ...ports, repos },
        { ...(checked.org ? { orgIds: [checked.org] } : {}), ...(checked.fy ? { years: [checked.fy] } : {}) },
      );
      const out = done.map((d) =>
        d.outcome === 'rewritten'
          ? `${d.orgId} ปีงบประมาณ ${toThaiDigits(d.fy)}: เขียนหน้าเผยแพร่ใหม่แล้ว (page written again)`
          : `${d.orgId} ปีงบประมาณ ${toThaiDigits(d.fy)}: มีผู้กำลังเผยแพร่อยู่ กรุณาสั่งอีกครั้ง (busy: another publish is writing it, run again)`,
      );
      const written = done.filter((d) => d.outcome === 'rewritten').length;
      out.push(
        done.length === 0
          ? 'ไม่มีปีงบประมาณที่เผยแพร่เอกสารไว้ (no year has a document published)'
          : `เขียนหน้าเผยแพร่ใหม่ ${toThaiDigits(written)} หน้า (${written} page(s) written again)`,
      );
      io.stdout.write(`${out.join('\n')}\n`);
      if (written < done.length) io.exitCode = 1;
      return { usage: false as const };
    });
  } finally {
    s3.destroy();
  }
}

/** `npm run admin -- ...`: runs it for `io`, resolves with its exit code. */
export const adminCli = (io: CliIo): Promise<number> => {
  // the refused command's own usage once the command is known (a command line refused as it is
  // read names it first), else the whole one
  const shown: { usage?: string } = {};
  if (isCommand(io.args[0])) shown.usage = usageFor(io.args[0]);
  return runCli(
    io,
    USAGE,
    async () => {
      const { values, positionals } = parseCliArgs({
        args: [...io.args],
        allowPositionals: true,
        options: {
          org: { type: 'string' },
          name: { type: 'string' },
          unit: { type: 'string' },
          alias: { type: 'string' },
          email: { type: 'string' },
          person: { type: 'string' },
          roles: { type: 'string' },
          head: { type: 'boolean', default: false },
          'acting-head-of': { type: 'string' },
          'also-staff-of': { type: 'string' },
          file: { type: 'string' },
          cadence: { type: 'string' },
          rule: { type: 'string' },
          days: { type: 'string' },
          position: { type: 'string' },
          'municipal-units': { type: 'boolean', default: false },
          apply: { type: 'boolean', default: false },
          from: { type: 'string' },
          to: { type: 'string' },
          fy: { type: 'string' },
        },
      });
      const command = positionals[0];
      if (isCommand(command)) shown.usage = usageFor(command);
      if (command === 'repair-plan-dates') return repairPlanDatesCommand(io, values.org, values.apply);
      if (command === 'repair-documents-history') return repairDocumentsHistoryCommand(io, values);
      if (command === 'refresh-ita-pages') return refreshItaPagesCommand(io, values);
      if (!isOrgCommand(command)) return { usage: true, refusal: unknownCommand(command) };
      // every required option missing is named (a generic "a required option is missing" until session 37)
      requireGiven(command, [
        ...REQUIRED[command].map((o) => [`--${o}`, values[o]] as const),
        ...(command === 'erase-person'
          ? [
              [
                { th: '--email หรือ --person อย่างใดอย่างหนึ่ง', en: 'either --email or --person' },
                values.email ?? values.person,
              ] as const,
            ]
          : []),
      ]);
      // a new id that is no id says what an id is and where the name goes (tester s54: a Thai name
      // typed as the id was only "มีอักขระหรือรูปแบบที่ไม่อนุญาต")
      if (command === 'create-org') newIdRefusal('--org', values.org);
      if (command === 'add-unit') newIdRefusal('--unit', values.unit);
      // every option is checked (the API's own schemas) before anything is opened or written
      const { org: orgId } = options(z.object({ org: OrgId }), { org: values.org });
      let run: (ctx: DueRuleContext) => Promise<string>;
      switch (command) {
        case 'create-org': {
          const { name } = options(z.strictObject({ name: visibleName(200) }), { name: values.name });
          const withMunicipalUnits = values['municipal-units'];
          run = async (ctx) => {
            const { usual } = await createOrg(ctx, { orgId, name, withMunicipalUnits });
            const units = usual.units.map((u) => u.name).join(', ');
            const n = usual.units.length;
            // a name of no known kind: say the units are a เทศบาล's by default (re-check s49 #2)
            const guess = usual.guessed
              ? [
                  ` (ไม่ทราบประเภทขององค์กรจากชื่อ จึงใช้ของเทศบาล แก้ไขได้ด้วย add-unit และหน้าหน่วยงาน)`,
                  `; its kind was not read from its name, so a municipality's were made (change them with add-unit or the units page)`,
                ]
              : ['', ''];
            return (
              `สร้างองค์กร ${name} (${orgId}) แล้ว${withMunicipalUnits ? ` พร้อมหน่วยงานที่ใช้ทั่วไปของ${usual.kind} ${toThaiDigits(n)} หน่วยงาน${guess[0]}: ${units}` : ''}\n` +
              `created org ${orgId}${withMunicipalUnits ? ` with the ${n} usual units of its kind${guess[1]}` : ''}`
            );
          };
          break;
        }
        case 'add-unit': {
          // the API's own schema and use case (POST /v1/units): an existing id is refused, never overwritten
          const body = options(CreateUnitBody.unwrap().required({ unitId: true }), {
            unitId: values.unit,
            name: values.name,
            aliases: list(values.alias),
          });
          // an alias repeating the name or another alias is the command line's slip: exit 2, nothing read
          checkOptions(() => assertDistinctNames(body));
          run = async (ctx) => {
            await addUnit(ctx, { orgId, ...body });
            return `เพิ่มหน่วยงาน ${body.name} (${body.unitId}) ใน ${orgId} แล้ว\nadded unit ${body.unitId} to ${orgId}`;
          };
          break;
        }
        case 'add-person': {
          // --unit by its id, name or alias, as the sheet's หน่วยงาน column (tester s54: a name was
          // "มีอักขระหรือรูปแบบที่ไม่อนุญาต"); the rest checked first, with an id standing in for a name
          const unit = values.unit;
          const body = options(CreatePersonBody, {
            email: values.email,
            name: values.name,
            roles: list(values.roles),
            headOfUnit: values.head,
            ...(unit ? { unitId: UnitId.safeParse(unit).success ? unit : 'unit-named' } : {}),
          });
          // the other units by name or id, as the people sheet takes them: read with the org's units
          const cells = { actingHeadOf: values['acting-head-of'], alsoStaffOf: values['also-staff-of'] };
          run = async (ctx) => {
            const units = await ctx.orgs.listUnits(orgId);
            const lists = {
              ...(unit ? { unitId: unitOption(unit, units) } : {}),
              ...unitListOf('actingHeadOf', cells, units),
              ...unitListOf('alsoStaffOf', cells, units),
            };
            let person: Awaited<ReturnType<typeof addPerson>>;
            try {
              person = await addPerson(ctx, { orgId, ...body, ...lists });
            } catch (error) {
              if (error instanceof InvitationNotSentError) return notSent(io, orgId, body.email, 'added');
              throw error;
            }
            const added = `added ${person.roles.join('+')} ${person.personId} to ${orgId}`;
            return person.invited
              ? `เพิ่ม ${person.name} ใน ${orgId} แล้ว และ${sentTo(person.email, ctx.identity.signInBy)}\n${added}; ${sentToEn(person.email, ctx.identity.signInBy)}`
              : `เพิ่ม ${person.name} ใน ${orgId} แล้ว โดยใช้บัญชีเข้าสู่ระบบที่อีเมลนี้มีอยู่แล้วในองค์กรอื่น (ไม่ได้ส่งอีเมลเชิญ)\n${added}; linked to the sign-in this email already has in another org (no invitation email)`;
          };
          break;
        }
        case 'add-people': {
          const sheet = await readSheetOption(values.file!);
          run = (ctx) => addPeopleFromSheet(ctx, io, orgId, sheet);
          break;
        }
        case 'resend-invitation': {
          const { email } = options(z.object({ email: CreatePersonBody.unwrap().shape.email }), {
            email: values.email,
          });
          run = async (ctx) => {
            try {
              const sent = await resendPersonInvitation(ctx, { orgId, email });
              return `${sentTo(sent.email, ctx.identity.signInBy)}\n${sentToEn(sent.email, ctx.identity.signInBy)}`;
            } catch (error) {
              if (error instanceof InvitationNotSentError) return notSent(io, orgId, email, 'kept');
              throw error;
            }
          };
          break;
        }
        case 'remove-person':
        case 'reactivate-person': {
          const active = command === 'reactivate-person';
          const { email } = options(z.object({ email: CreatePersonBody.unwrap().shape.email }), {
            email: values.email,
          });
          run = async (ctx) => {
            // nothing to change is said so (tester s54: a second remove-person said "ปิดการใช้งาน … แล้ว")
            const found = (await ctx.orgs.findByEmail(email.trim().toLowerCase())).find((p) => p.orgId === orgId);
            if (found && found.active === active)
              return active
                ? `${email} ใน ${orgId} ใช้งานอยู่แล้ว ไม่ได้เปลี่ยนแปลง\nthe person in ${orgId} was already active: nothing changed`
                : `${email} ใน ${orgId} ปิดการใช้งานอยู่แล้ว ไม่ได้เปลี่ยนแปลง\nthe person in ${orgId} was already deactivated: nothing changed`;
            await setPersonActive(ctx, { orgId, email, active }).catch((error: unknown) => {
              throw personChangeInCliWords(error);
            });
            const th = active
              ? `เปิดการใช้งานของ ${email} ใน ${orgId} อีกครั้งแล้ว`
              : `ปิดการใช้งานของ ${email} ใน ${orgId} แล้ว`;
            return `${th}\n${active ? 'reactivated' : 'deactivated'} the person in ${orgId}`;
          };
          break;
        }
        case 'erase-person': {
          const who = values.person
            ? options(z.object({ person: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/) }), { person: values.person })
            : options(z.object({ email: CreatePersonBody.unwrap().shape.email }), { email: values.email });
          run = async (ctx) => {
            const erased = await erasePerson(
              ctx,
              'person' in who ? { orgId, personId: who.person } : { orgId, email: who.email },
            );
            const signIn = erased.signInDeleted ? 'sign-in deleted' : 'sign-in kept: the person is in another org too';
            const signInTh = erased.signInDeleted ? 'ลบบัญชีเข้าสู่ระบบแล้ว' : 'เก็บบัญชีเข้าสู่ระบบไว้ เพราะบุคคลนี้อยู่ในองค์กรอื่นด้วย';
            const th = `ลบข้อมูลส่วนบุคคลของ ${erased.personId} ใน ${orgId} แล้ว: ตอนนี้เป็น "${erased.name}" ที่ข้อมูลบุคคลและในบันทึกการใช้งาน ${toThaiDigits(erased.entries)} รายการ; ${signInTh}`;
            return `${th}\nerased ${erased.personId} in ${orgId}: now "${erased.name}" on the person and in ${erased.entries} audit entries; ${signIn}`;
          };
          break;
        }
        case 'set-due-rule': {
          // "day-of-next-month:5" -> { kind, day }; "days-after:10" -> { kind, days }
          const [kind, n] = (values.rule ?? '').split(':');
          const rule =
            kind === 'day-of-next-month'
              ? { kind, day: Number(n) }
              : kind === 'days-after'
                ? { kind, days: Number(n) }
                : { kind };
          const input = options(z.strictObject({ cadence: Cadence, rule: DueRule }), { cadence: values.cadence, rule });
          run = async (ctx) => {
            const rules = await setDueRule(ctx, { orgId, ...input });
            return dueRulesSaid(orgId, rules);
          };
          break;
        }
        case 'set-closure-days': {
          // in the fiscal years the system keeps, as a run's day (s59-F: 2300-01-01 and 1999-12-31 were stored)
          const input = options(z.strictObject({ days: z.array(SystemDate).max(366) }), {
            days: list(values.days),
          });
          run = async (ctx) => {
            // SystemDate checked each one is a real YYYY-MM-DD (CE) date of those years
            const set = await setClosureDays(ctx, { orgId, days: input.days as PlainDate[] });
            const th = set.length ? set.map((d) => formatThaiDate(d)).join(', ') : '(ไม่มี)';
            return `วันหยุดของ ${orgId}: ${th}\nclosure days of ${orgId}: ${set.length ? set.join(', ') : '(none)'}`;
          };
          break;
        }
        case 'set-chief-executive': {
          const given = (values.name ?? '').trim();
          const input = options(
            z.strictObject({ name: given ? visibleName(120) : z.literal(''), position: visiblePosition.optional() }),
            { name: given, position: values.position },
          );
          run = async (ctx) => {
            const set = await setChiefExecutive(ctx, { orgId, ...input });
            const position = set.position ?? '(ไม่ทราบตำแหน่ง: พิมพ์เส้นประให้กรอก)';
            const positionEn = set.position ?? '(unknown: a dotted line to fill in)';
            return set.name
              ? `ผู้ลงนามเอกสารของ ${orgId}: ${set.name} ${position}\nchief executive of ${orgId}: ${set.name}, ${positionEn}`
              : `ผู้ลงนามเอกสารของ ${orgId}: (ไม่ระบุ: พิมพ์เส้นประให้กรอกชื่อ) ${position}\nchief executive of ${orgId}: (none: a dotted line for the name), ${positionEn}`;
          };
          break;
        }
      }
      const config = storeConfigFromEnv(io.env, 'npm run admin');
      const env = parseEnvironment('npm run admin', AdminCliEnvironment, io.env);
      const poolId = env.USER_POOL_ID;
      // against the deployed table a sign-in change must reach Cognito: never the local stand-in
      if (SIGN_IN_COMMANDS.has(command) && !poolId && !config.endpoint) throw userPoolNotSet();
      // the invitation needs the page's address: refused before anything is written
      const invites = command === 'add-person' || command === 'add-people' || command === 'resend-invitation';
      if (invites && !env.FORM_URL) throw noFormUrl();
      const cognito = poolId ? new CognitoIdentityProviderClient({}) : undefined;
      const mailer = invites ? invitationMailer(env) : undefined;
      try {
        const said = await withCliStore('npm run admin', io.env, ({ repos }) =>
          run({
            orgs: repos.orgs,
            feeds: repos.calendarFeeds,
            // set-due-rule saves the plans a rule makes reports due in (setDueRule)
            plans: repos.plans,
            reports: repos.reports,
            identity: cognito && poolId ? cognitoIdentityProvider(cognito, poolId) : localIdentityProvider,
            ...(mailer && env.FORM_URL ? { invitations: { mailer, pageUrl: env.FORM_URL } } : {}),
            actor: 'cli:admin',
            now: cliClock(io.env)(),
          }),
        );
        if (said) io.stdout.write(`${said}\n`);
      } finally {
        cognito?.destroy();
        mailer?.destroy();
      }
      return { usage: false };
    },
    {
      // a use case's field (body.unitId) is named by the option it came from (--unit)
      fieldName: (path) => (path.startsWith('body.') ? optionPath(path, OPTION_OF) : path),
      usageAfterError: () => shown.usage,
    },
  );
};

if (isCliEntry(import.meta.url)) await runAsScript(adminCli);
