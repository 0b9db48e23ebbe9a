// Deployment settings from CDK context: `npx cdk deploy -c stage=prod -c senderEmail=... -c corsOrigins=... -c alarmEmail=... -c sesRegion=... -c waf=true -c apiDomain=... -c apiCertificateArn=... -c mailMaxPerSecond=...`.
import type { Node } from 'constructs';
import { isHttpUrl, isWebOrigin } from '../../shared/environment/environment.js';

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
   * AWS WAF rate-based rules on the distribution (FairShareStack, us-east-1). Off by default: about
   * US$ 7 a month. Needs `apiDomain`, so that nobody can reach the API around CloudFront.
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
}

/**
 * Regions without SES (cfn-lint 1.51's region schemas have no AWS::SES::EmailIdentity there) and the
 * SES region used by default for each. Bangkok's nearest SES region is Singapore: the data at rest
 * stays in Bangkok; only the emails themselves pass through Singapore (docs/privacy.md).
 */
export const SES_FALLBACK_REGION: Readonly<Record<string, string>> = {
  'ap-southeast-7': 'ap-southeast-1',
};

/** Settings from CDK context; `region` is the stacks' region (for the sesRegion default). */
export function settingsFrom(node: Node, region = 'ap-southeast-1'): Settings {
  const get = (key: string) => node.tryGetContext(key) as string | undefined;
  const stage = get('stage') ?? 'dev';
  const senderDomain = get('senderDomain');
  const flag = (key: string, fallback: boolean) => {
    const value = String(node.tryGetContext(key) ?? fallback);
    if (value !== 'true' && value !== 'false') throw new Error(`context ${key} must be true or false, got "${value}"`);
    return value === 'true';
  };
  const apiDomainName = get('apiDomain');
  const apiCertificateArn = get('apiCertificateArn');
  if (!!apiDomainName !== !!apiCertificateArn)
    throw new Error('context apiDomain and apiCertificateArn go together: give both or neither');
  const waf = flag('waf', false);
  if (waf && !apiDomainName)
    throw new Error(
      'context waf=true needs apiDomain and apiCertificateArn: without its own domain the API keeps its execute-api address, which callers can use around the WAF',
    );
  const corsOrigins = (get('corsOrigins') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins)
    if (!isWebOrigin(origin))
      throw new Error(
        `context corsOrigins: "${origin}" is not an http(s) origin (scheme and host only, e.g. https://ita.example.org)`,
      );
  const formUrl = get('formUrl');
  if (formUrl && !isHttpUrl(formUrl)) throw new Error(`context formUrl: "${formUrl}" is not an http(s) URL`);
  return {
    stage,
    ...(senderDomain ? { senderDomain } : {}),
    senderEmail: get('senderEmail') ?? (senderDomain ? `ita-noreply@${senderDomain}` : 'ita-noreply@example.org'),
    corsOrigins,
    ...(get('alarmEmail') ? { alarmEmail: get('alarmEmail')! } : {}),
    ...(get('formUrl') ? { formUrl: get('formUrl')! } : {}),
    reportRetentionYears: Number(get('reportRetentionYears') ?? 10),
    sesRegion: get('sesRegion') ?? SES_FALLBACK_REGION[region] ?? region,
    waf,
    ...(apiDomainName && apiCertificateArn
      ? { apiDomain: { name: apiDomainName, certificateArn: apiCertificateArn } }
      : {}),
    reserveJobConcurrency: flag('reserveJobConcurrency', true),
    mailMaxPerSecond: Number(get('mailMaxPerSecond') ?? 10),
  };
}
