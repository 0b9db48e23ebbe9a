// The deployment settings (`-c name=value`) and their rules: one list, checked by settingsFrom at
// synth and matched against README's deploy table by test/infra/context-settings.test.ts. A setting
// that becomes a function's environment variable is checked with that variable's own schema
// (shared/environment/environment.ts), so synth takes exactly what the functions start with.
import * as z from 'zod';
import { ApiEnvironment, JobEnvironment, StoreEnvironment } from '../../shared/environment/environment.js';

/** One `-c` setting: its rule in Thai and English (README's "rule" column) and its check. */
export interface ContextSetting {
  name: string;
  /** what the value must be, Thai (the refusal's first half) */
  ruleTh: string;
  /** what the value must be, English (the refusal's second half and README's deploy table) */
  ruleEn: string;
  /** the check of a given value; the function environment's own schema where there is one */
  schema: z.ZodType;
  /** the refusal's English half, where it is not `context {name}: "{value}" is not {ruleEn}` */
  refusalEn?: (value: string) => string;
}

const trueFalse = z.enum(['true', 'false']);
const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const domainName = z.string().regex(DOMAIN_NAME);
const email = z.email();

/** An ACM certificate ARN; its region is the first group. */
export const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:certificate\/[A-Za-z0-9-]+$/;

/** A stage name: it is in every stack and resource name (CloudFormation allows [A-Za-z0-9-]). */
export const STAGE_NAME = /^[a-z][a-z0-9-]{0,29}$/;

/** A production stage (`prod`, `production`, `prod-…`): it must name its own sender and alarmEmail. */
export const isProductionStage = (stage: string): boolean => /^prod(uction)?(-|$)/.test(stage);

/** Every `-c` setting the app reads, in README's order. */
export const CONTEXT_SETTINGS: readonly ContextSetting[] = [
  {
    name: 'stage',
    ruleTh: 'ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 30 ตัว',
    ruleEn: 'a name of lowercase letters, digits and `-`, starting with a letter, at most 30 characters',
    schema: z.string().regex(STAGE_NAME),
  },
  {
    name: 'senderDomain',
    ruleTh: 'ชื่อโดเมน เช่น ita.example.go.th (ต้องระบุ senderDomain หรือ senderEmail เมื่อ stage เป็น prod)',
    ruleEn: 'a domain name; a `prod`, `production` or `prod-…` stage needs it or `senderEmail`',
    schema: domainName,
  },
  {
    name: 'senderEmail',
    ruleTh: 'ที่อยู่อีเมล',
    ruleEn: 'an email address',
    schema: JobEnvironment.shape.MAIL_FROM,
  },
  {
    name: 'corsOrigins',
    ruleTh: 'ต้นทาง http(s) คั่นด้วยจุลภาค มีแค่ scheme และ host เช่น https://ita.example.go.th',
    ruleEn: 'an http(s) origin (scheme and host only) or a comma-separated list of them',
    schema: ApiEnvironment.shape.CORS_ORIGINS,
  },
  {
    name: 'formUrl',
    ruleTh: 'ที่อยู่ http(s)',
    ruleEn: 'an http(s) URL',
    schema: JobEnvironment.shape.FORM_URL,
  },
  {
    name: 'alarmEmail',
    ruleTh: 'ที่อยู่อีเมล (ต้องระบุเมื่อ stage เป็น prod)',
    ruleEn: 'an email address; a `prod`, `production` or `prod-…` stage needs it',
    schema: email,
  },
  {
    name: 'reportRetentionYears',
    ruleTh: 'จำนวนเต็ม 0 ถึง 100 (ปี)',
    ruleEn: 'a whole number of years, 0 to 100',
    schema: JobEnvironment.shape.REPORT_RETENTION_YEARS,
  },
  {
    name: 'sesRegion',
    ruleTh: 'ชื่อ region ของ AWS ที่มี SES เช่น ap-southeast-1',
    ruleEn: 'an AWS region with SES, in the stack region’s partition',
    schema: StoreEnvironment.shape.AWS_REGION,
  },
  {
    name: 'waf',
    ruleTh: 'true หรือ false (true ต้องมี apiDomain)',
    ruleEn: '`true` or `false`; `true` needs `apiDomain`',
    schema: trueFalse,
    refusalEn: (value) => `context waf must be true or false, got "${value}"`,
  },
  {
    name: 'apiDomain',
    ruleTh: 'ชื่อโดเมน ใช้คู่กับ apiCertificateArn',
    ruleEn: 'a domain name; goes with `apiCertificateArn`',
    schema: domainName,
  },
  {
    name: 'apiCertificateArn',
    ruleTh: 'ARN ของใบรับรอง ACM ใน region เดียวกับ stack ใช้คู่กับ apiDomain',
    ruleEn: 'an ACM certificate ARN in the stack’s region; goes with `apiDomain`',
    schema: z.string().regex(CERTIFICATE_ARN),
  },
  {
    name: 'reserveJobConcurrency',
    ruleTh: 'true หรือ false',
    ruleEn: '`true` or `false`',
    schema: trueFalse,
    refusalEn: (value) => `context reserveJobConcurrency must be true or false, got "${value}"`,
  },
  {
    name: 'mailMaxPerSecond',
    ruleTh: 'ตัวเลขมากกว่า 0 (อีเมลต่อวินาที ตามโควตา SES)',
    ruleEn: 'a number above 0 (emails a second)',
    schema: JobEnvironment.shape.MAIL_MAX_PER_SECOND,
  },
  {
    name: 'cognitoEmail',
    ruleTh: 'ses หรือ cognito (ses ต้องมี senderDomain หรือ senderEmail)',
    ruleEn: '`ses` or `cognito`; `ses` needs `senderDomain` or `senderEmail`',
    schema: z.enum(['ses', 'cognito']),
    refusalEn: (value) => `context cognitoEmail must be ses or cognito, got "${value}"`,
  },
  {
    name: 'originSecretVersion',
    ruleTh: 'รหัสเวอร์ชันของ Secrets Manager (VersionId ที่ put-secret-value ตอบ)',
    ruleEn: 'a Secrets Manager version id (the `VersionId` that `put-secret-value` answers)',
    schema: z.string().regex(/^[A-Za-z0-9-]{32,64}$/),
  },
];

/** Thrown at synth for settings that cannot deploy: one line per setting, Thai first, then English. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(readonly problems: string[]) {
    super(`ค่าตั้งสำหรับ deploy ใช้ไม่ได้ (the deploy settings are not usable):\n  ${problems.join('\n  ')}`);
  }
}

/** A refusal line: Thai, then English, naming the `-c` option (`english` says it for English readers). */
export const refusal = (thai: string, english: string): string => `${thai} / ${english}`;

/** The refusal line of `-c name=value` against its setting's rule. */
function settingProblem(s: ContextSetting, value: string): string {
  const shown = JSON.stringify(value);
  const english = s.refusalEn?.(value) ?? `context ${s.name}: ${shown} is not ${s.ruleEn.replace(/`/g, '')}`;
  return refusal(`-c ${s.name}=${shown}: ต้องเป็น${s.ruleTh}`, english);
}

/**
 * The refusal lines of every given context value (`get` answers undefined for an unset one) that
 * its setting's schema refuses; [] when all are usable.
 */
export function contextProblems(get: (name: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const s of CONTEXT_SETTINGS) {
    const value = get(s.name);
    if (value === undefined) continue;
    if (!s.schema.safeParse(value).success) problems.push(settingProblem(s, value));
  }
  return problems;
}
