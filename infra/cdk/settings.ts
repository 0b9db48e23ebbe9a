// Deployment settings from CDK context: `npx cdk deploy -c stage=prod -c senderEmail=... -c corsOrigins=... -c alarmEmail=... -c sesRegion=... -c waf=true -c apiDomain=... -c apiCertificateArn=... -c mailMaxPerSecond=... -c cognitoEmail=...`.
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Node } from 'constructs';
import { webOrigin } from '../../shared/environment/environment.js';
import {
  CERTIFICATE_ARN,
  contextProblems,
  isProductionStage,
  nearestName,
  refusal,
  SettingsError,
  unknownContextProblems,
} from './context-settings.js';

export interface Settings {
  stage: string;
  /** SES identity: a verified domain (preferred) or a single sender address */
  senderDomain?: string;
  senderEmail: string;
  /** other origins that call the API or upload evidence (the page itself is served with the API, on CloudFront) */
  corsOrigins: string[];
  alarmEmail?: string;
  /** the web page's URL, for links in emails (default: the CloudFront address) */
  formUrl?: string;
  /** years that annual-report files are locked against overwrite and deletion (S3 Object Lock, governance) */
  reportRetentionYears: number;
  /**
   * Where the SES identity, the configuration set and the sending client live. Default: the stack's
   * region, or SES_FALLBACK_REGION's entry for a region without SES (ap-southeast-7 -> ap-southeast-1).
   */
  sesRegion: string;
  /**
   * The SES account's maximum send rate (emails a second; `aws ses get-send-quota` MaxSendRate): the
   * job and document workers together never exceed it (docs/reminders.md, "Send rate"). Default 10.
   */
  mailMaxPerSecond: number;
  /**
   * The Secrets Manager version id of ApiOriginSecret the functions and CloudFront read (-c
   * originSecretVersion, from `put-secret-value`'s VersionId). A versionless reference never changes
   * the template, so a deploy after rotation changed nothing (break s30-o F5). Default: the current one.
   */
  originSecretVersion?: string;
  /**
   * AWS WAF rate-based rules on the distribution (FairShareStack, us-east-1). Off by default: about
   * US$ 9 a month. Needs `apiDomain`, so that nobody can reach the API around CloudFront.
   */
  waf: boolean;
  /**
   * The API's own domain (e.g. api.ita.example.go.th) with a regional ACM certificate in the stack's
   * region. With it, CloudFront reaches the API there and the default execute-api address is
   * disabled; DNS: a CNAME from the name to the stack output ApiDomainTarget.
   */
  apiDomain?: { name: string; certificateArn: string };
  /** reserved concurrency for the scheduled-job functions (needs an account quota above 110) */
  reserveJobConcurrency: boolean;
  /**
   * Who sends Cognito's own emails (the forgot-password code): 'ses', the deployment's SES sender
   * (mail-identity.ts, cognitoSesEmail), or 'cognito', Cognito's default no-reply@verificationemail.com
   * (AWS caps it at 50 emails a day per account). Default 'ses' when a sender is given (senderDomain
   * or senderEmail), else 'cognito'. The sender must be verified in SES before the pool uses it.
   */
  cognitoEmail: 'ses' | 'cognito';
}

/**
 * Regions without SES (cfn-lint 1.51's region schemas have no AWS::SES::EmailIdentity there) and the
 * SES region used by default for each. Bangkok's nearest SES region is Singapore: the data at rest
 * stays in Bangkok; only the emails themselves pass through Singapore (docs/privacy.md). Bangkok
 * only: for another region without SES the operator chooses where emails pass (-c sesRegion).
 */
export const SES_FALLBACK_REGION: Readonly<Record<string, string>> = {
  'ap-southeast-7': 'ap-southeast-1',
};

/**
 * Every region without SES (the same source: cfn-lint 1.51, no AWS::SES::EmailIdentity), with a
 * nearby region that has it, for the refusal's message; null: none in that partition (China).
 */
export const REGIONS_WITHOUT_SES: Readonly<Record<string, string | null>> = {
  'ap-east-1': 'ap-southeast-1',
  'ap-east-2': 'ap-northeast-1',
  'ap-southeast-4': 'ap-southeast-2',
  'ap-southeast-6': 'ap-southeast-2',
  'ap-southeast-7': 'ap-southeast-1',
  'cn-north-1': null,
  'cn-northwest-1': null,
  'eu-south-2': 'eu-west-3',
  'mx-central-1': 'us-east-2',
};

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** Every region aws-cdk-lib knows (its region-info facts): a name of the right shape outside it is a typo. */
const KNOWN_REGIONS: readonly string[] = RegionInfo.regions.map((r) => r.name);

/**
 * The refusal line of a region of the right shape that no AWS region has (tester s41c:
 * "ap-southest-1" made a Mail stack for a region that does not exist), with the nearest one.
 */
function unknownRegionProblem(region: string, thai: string, english: string): string {
  const near = nearestName(KNOWN_REGIONS, region);
  return refusal(
    `${thai}: ไม่มี region ของ AWS ชื่อนี้${near ? ` หมายถึง ${near} หรือไม่` : ''}`,
    `${english}: ${region} is no AWS region${near ? ` (did you mean ${near}?)` : ''}`,
  );
}

/** The AWS partition of a region (aws, aws-cn, aws-us-gov…): a sender in another cannot be reached. */
const partitionOf = (region: string): string => {
  const known = RegionInfo.get(region).partition;
  if (known) return known;
  const prefix = /^(cn|us-gov|us-isob?|us-isof|eu-isoe|eusc)-/.exec(region)?.[1];
  return prefix ? `aws-${prefix}` : 'aws';
};

/**
 * The refusal of a sesRegion in another partition than the stack's region, with the SES region of
 * the stack's own partition to give instead (none in China: deploy elsewhere).
 */
function otherPartitionProblem(given: string, region: string): string {
  const own = SES_FALLBACK_REGION[region] ?? (region in REGIONS_WITHOUT_SES ? REGIONS_WITHOUT_SES[region] : region);
  const [theirs, ours] = [partitionOf(given), partitionOf(region)];
  return refusal(
    `-c sesRegion=${JSON.stringify(given)}: ${given} อยู่คนละ AWS partition กับ region ของ stack (${region}) คือ ${theirs} กับ ${ours} ฟังก์ชันใช้ SES ข้าม partition ไม่ได้ ` +
      (own ? `ต้องระบุ region ที่มี SES ใน ${ours} เช่น -c sesRegion=${own}` : `และ ${ours} ไม่มี SES ต้อง deploy ใน region อื่น`),
    `context sesRegion: ${given} is in another AWS partition than ${region} (${theirs}; the stack's partition is ${ours}), and the functions cannot use SES across partitions: ` +
      (own
        ? `give a region with SES in ${ours} (e.g. -c sesRegion=${own})`
        : `${ours} has no SES, deploy in another region`),
  );
}

/**
 * The SES region for a deployment in `region`: `given` (-c sesRegion) or the default, checked. A
 * region without SES, or one of another partition, is a `problem` (a refusal line, Thai then
 * English), so that no stack gets SES resources where SES does not exist. A `given` that is no
 * region name is contextProblems' (its schema): here it is left as it is.
 */
export function sesRegionFor(region: string, given: string | undefined): { sesRegion: string; problem?: string } {
  const sesRegion = given ?? SES_FALLBACK_REGION[region] ?? region;
  if (given !== undefined && !REGION_NAME.test(given)) return { sesRegion };
  if (given !== undefined && !KNOWN_REGIONS.includes(given))
    return {
      sesRegion,
      problem: unknownRegionProblem(given, `-c sesRegion=${JSON.stringify(given)}`, 'context sesRegion'),
    };
  // cn-north-1 from Singapore: another partition, whether or not it has SES (session 42)
  if (given !== undefined && partitionOf(given) !== partitionOf(region))
    return { sesRegion, problem: otherPartitionProblem(given, region) };
  if (sesRegion in REGIONS_WITHOUT_SES) {
    const near = REGIONS_WITHOUT_SES[sesRegion];
    const english = given === undefined ? 'the stack region' : 'context sesRegion';
    const thai = given === undefined ? `region ของ stack (${sesRegion})` : `-c sesRegion=${JSON.stringify(given)}`;
    if (!near)
      return {
        sesRegion,
        problem: refusal(
          `${thai}: ไม่มี SES ใน ${sesRegion} และใน region ใดของ AWS partition เดียวกัน ต้อง deploy ใน region อื่น`,
          `${english}: SES does not exist in ${sesRegion}, nor in any region of its AWS partition: deploy in another region`,
        ),
      };
    return {
      sesRegion,
      problem: refusal(
        `${thai}: ไม่มี SES ใน ${sesRegion} ต้องระบุ -c sesRegion=<region ที่มี SES> เช่น -c sesRegion=${near} (อีเมลจะส่งผ่าน region นั้น)`,
        `${english}: SES does not exist in ${sesRegion}; give -c sesRegion=<a region with SES> (e.g. -c sesRegion=${near}): emails pass through that region (README, "Bangkok and SES")`,
      ),
    };
  }
  return { sesRegion };
}

/**
 * Settings from CDK context; `region` is the stacks' region (for the sesRegion default and the
 * API certificate's region). Every given value is checked against its rule (context-settings.ts,
 * the functions' own schemas where they have one), then the settings that go together.
 * Throws SettingsError (every problem, one line each, Thai then English, naming the `-c` option)
 * before any stack exists: a context key that is no setting (a mistyped name) among them.
 */
export function settingsFrom(node: Node, region = 'ap-southeast-1'): Settings {
  const get = (key: string) => {
    // -c gives strings; a cdk.json value may be a boolean or a number
    const value = node.tryGetContext(key) as string | number | boolean | undefined;
    return value === undefined ? undefined : String(value);
  };
  const problems = [
    ...unknownContextProblems(Object.keys(node.getAllContext() as Record<string, unknown>)),
    ...contextProblems(get),
  ];
  const refuse = (thai: string, english: string) => problems.push(refusal(thai, english));
  const stage = get('stage') ?? 'dev';
  const senderDomain = get('senderDomain');
  const apiDomainName = get('apiDomain');
  const apiCertificateArn = get('apiCertificateArn');
  if (!!apiDomainName !== !!apiCertificateArn)
    refuse(
      '-c apiDomain และ -c apiCertificateArn ต้องให้คู่กัน',
      'context apiDomain and apiCertificateArn go together: give both or neither',
    );
  const certificateRegion = apiCertificateArn ? CERTIFICATE_ARN.exec(apiCertificateArn)?.[1] : undefined;
  if (certificateRegion && certificateRegion !== region)
    refuse(
      `-c apiCertificateArn: ใบรับรองอยู่ใน ${certificateRegion} แต่ต้องอยู่ใน region ของ stack (${region})`,
      `context apiCertificateArn: the certificate is in ${certificateRegion}; the API's regional domain needs one in the stack's region, ${region}`,
    );
  const waf = get('waf') === 'true';
  if (waf && !apiDomainName)
    refuse(
      '-c waf=true ต้องมี -c apiDomain และ -c apiCertificateArn',
      'context waf=true needs apiDomain and apiCertificateArn: without its own domain the API keeps its execute-api address, which callers can use around the WAF',
    );
  if (isProductionStage(stage) && !senderDomain && !get('senderEmail'))
    refuse(
      `-c stage=${stage}: ต้องระบุ -c senderDomain หรือ -c senderEmail (ที่อยู่ผู้ส่งที่ยืนยันได้ใน SES)`,
      `context stage=${stage} needs senderDomain or senderEmail: ita-noreply@example.org is nobody's address and SES would refuse every email`,
    );
  // alarms notify a topic; without a subscriber nobody hears of a failed job or a stopped SES
  if (isProductionStage(stage) && !get('alarmEmail'))
    refuse(
      `-c stage=${stage}: ต้องระบุ -c alarmEmail (ที่อยู่อีเมลที่รับการแจ้งเตือน)`,
      `context stage=${stage} needs alarmEmail: without it every alarm notifies a topic nobody is subscribed to`,
    );
  const senderGiven = !!senderDomain || get('senderEmail') !== undefined;
  if (get('cognitoEmail') === 'ses' && !senderGiven)
    refuse(
      '-c cognitoEmail=ses ต้องมี -c senderDomain หรือ -c senderEmail (ที่อยู่ผู้ส่งที่ยืนยันแล้วใน SES)',
      'context cognitoEmail=ses needs senderDomain or senderEmail: Cognito cannot send as ita-noreply@example.org',
    );
  // the sender must be an address of the identity's domain itself: the IAM grant and Cognito's
  // SourceArn are that identity's, and CDK's Cognito email configuration throws on another domain
  // (a subdomain too, though SES alone would send from it)
  const senderEmail = get('senderEmail');
  if (
    senderDomain &&
    senderEmail &&
    senderEmail.slice(senderEmail.lastIndexOf('@') + 1).toLowerCase() !== senderDomain.toLowerCase()
  )
    refuse(
      `-c senderEmail=${JSON.stringify(senderEmail)}: ต้องเป็นที่อยู่ที่โดเมน -c senderDomain=${senderDomain} (…@${senderDomain}) เพราะ identity ของ SES สิทธิ์ส่งอีเมล และผู้ส่งของ Cognito ตั้งไว้สำหรับโดเมนนั้นพอดี`,
      `context senderEmail ${senderEmail} is not an address at senderDomain ${senderDomain} itself: the SES identity, the functions' right to send and Cognito's sender are set for that domain exactly (give …@${senderDomain}, or no senderEmail for ita-noreply@${senderDomain})`,
    );
  // a production page and its callers over https only: an http origin or link sends sign-in tokens
  // and people's data in clear (http is for a dev stage, e.g. http://localhost)
  if (isProductionStage(stage))
    for (const name of ['formUrl', 'corsOrigins'] as const) {
      const plain = (get(name) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => /^http:/i.test(v));
      if (plain.length)
        refuse(
          `-c ${name}: stage ${stage} ต้องใช้ https เท่านั้น (${plain.join(', ')})`,
          `context ${name}: a ${stage} stage takes https only, got ${plain.join(', ')}`,
        );
    }
  if (!KNOWN_REGIONS.includes(region))
    problems.push(
      unknownRegionProblem(
        region,
        `region ของ stack (AWS_REGION=${region})`,
        `the stack region (AWS_REGION=${region})`,
      ),
    );
  const ses = sesRegionFor(region, get('sesRegion'));
  if (ses.problem) problems.push(ses.problem);
  if (problems.length) throw new SettingsError(problems);
  // as the browser's Origin header spells them ("HTTPS://A.example" is https://a.example)
  const corsOrigins = (get('corsOrigins') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map(webOrigin);
  const formUrl = get('formUrl');
  const alarmEmail = get('alarmEmail');
  return {
    stage,
    ...(senderDomain ? { senderDomain } : {}),
    // a domain's letters' case is no difference (RFC 1035 §2.3.3); the identity's spelling is kept,
    // which CDK's Cognito email configuration compares exactly
    senderEmail: senderEmail
      ? senderDomain
        ? `${senderEmail.slice(0, senderEmail.lastIndexOf('@'))}@${senderDomain}`
        : senderEmail
      : senderDomain
        ? `ita-noreply@${senderDomain}`
        : 'ita-noreply@example.org',
    corsOrigins,
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(formUrl ? { formUrl } : {}),
    reportRetentionYears: Number(get('reportRetentionYears') ?? 10),
    sesRegion: ses.sesRegion,
    waf,
    ...(apiDomainName && apiCertificateArn
      ? { apiDomain: { name: apiDomainName, certificateArn: apiCertificateArn } }
      : {}),
    reserveJobConcurrency: get('reserveJobConcurrency') !== 'false',
    cognitoEmail: (get('cognitoEmail') as 'ses' | 'cognito' | undefined) ?? (senderGiven ? 'ses' : 'cognito'),
    mailMaxPerSecond: Number(get('mailMaxPerSecond') ?? 10),
    ...(get('originSecretVersion') ? { originSecretVersion: get('originSecretVersion')! } : {}),
  };
}
