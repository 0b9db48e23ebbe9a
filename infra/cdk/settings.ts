// Deployment settings from CDK context: `npx cdk deploy -c stage=prod -c senderEmail=... -c corsOrigins=... -c alarmEmail=...`.
import type { Node } from 'constructs';

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
}

export function settingsFrom(node: Node): Settings {
  const get = (key: string) => node.tryGetContext(key) as string | undefined;
  const stage = get('stage') ?? 'dev';
  const senderDomain = get('senderDomain');
  const corsOrigins = (get('corsOrigins') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    stage,
    ...(senderDomain ? { senderDomain } : {}),
    senderEmail: get('senderEmail') ?? (senderDomain ? `ita-noreply@${senderDomain}` : 'ita-noreply@example.org'),
    corsOrigins,
    ...(get('alarmEmail') ? { alarmEmail: get('alarmEmail')! } : {}),
    ...(get('formUrl') ? { formUrl: get('formUrl')! } : {}),
    reportRetentionYears: Number(get('reportRetentionYears') ?? 10),
  };
}
