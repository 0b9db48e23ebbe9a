// Data that must survive mistakes: the table, the bucket (with its log bucket), the user pool.
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  Mfa,
  UserPool,
  UserPoolEmail,
  type UserPoolSESOptions,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { INVITATION_VALID_DAYS } from '../../shared/identity/invitation-validity.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { subjectOf } from '../../shared/mail/html.js';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { EVIDENCE_TAG, UNCITED_UPLOAD_DAYS } from '../../shared/domain/evidence-rules.js';
import { PLAN_UPLOAD_DAYS, PLAN_UPLOAD_PREFIX } from '../../shared/domain/plan-upload-rules.js';
import { acknowledge } from './acknowledge.js';
import { TABLE } from '../../shared/store/table-definition.js';

export interface StatefulStackProps extends StackProps {
  /** prefix of the stack's explicit export names, e.g. "ita-measures-prod" */
  exportPrefix?: string;
  /**
   * Cognito's own emails through the deployment's SES sender (mail-identity.ts, cognitoSesEmail);
   * without it Cognito's default sender (50 emails a day per account, English, verificationemail.com).
   */
  cognitoSesEmail?: UserPoolSESOptions;
}

export const filesArnExport = (prefix: string) => `${prefix}-files-arn`;

/** Where CloudFront writes its standard logs in the access-log bucket. */
export const CLOUDFRONT_LOG_PREFIX = 'cloudfront/';
/**
 * Days CloudFront's logs are kept: each line has the request's path, and a calendar feed's path is
 * its secret token (/calendar/{token}.ics), which the table keeps hashed only (docs/privacy.md).
 */
export const CLOUDFRONT_LOG_DAYS = 30;

export class StatefulStack extends Stack {
  readonly table: TableV2;
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly userPool: UserPool;

  constructor(scope: Construct, id: string, props: StatefulStackProps = {}) {
    super(scope, id, props);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: TABLE.ttlAttribute,
      globalSecondaryIndexes: TABLE.indexes.map((ix) => ({
        indexName: ix.indexName,
        partitionKey: { name: ix.partitionKey, type: AttributeType.STRING },
        sortKey: { name: ix.sortKey, type: AttributeType.STRING },
      })),
    });

    const logs = (this.logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      // S3 applies the shorter expiration where rules overlap: CloudFront's logs go after 30 days
      lifecycleRules: [
        { expiration: Duration.days(365) },
        { id: 'CloudFrontLogs', prefix: CLOUDFRONT_LOG_PREFIX, expiration: Duration.days(CLOUDFRONT_LOG_DAYS) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    acknowledge(logs, 'AwsSolutions-S1', 'This is the access-log bucket itself; logging it into itself would loop.');

    // Object Lock is enabled on the bucket without a default retention: the report writer locks
    // annual-report objects (governance mode) as it writes them; evidence stays deletable.
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectLockEnabled: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'files/',
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // a replaced or deleted file's old version: kept 30 days for recovery, then gone (docs/privacy.md);
        // Object Lock still holds an annual report's locked versions until their retention ends
        { id: 'NoncurrentVersions', noncurrentVersionExpiration: Duration.days(30), expiredObjectDeleteMarker: true },
        // an evidence upload no report cites (still tagged evidence=pending) expires; its data then
        // goes with the noncurrent versions, 30 days later (docs/privacy.md)
        {
          id: 'UncitedUploads',
          tagFilters: { [EVIDENCE_TAG.key]: EVIDENCE_TAG.pending },
          expiration: Duration.days(UNCITED_UPLOAD_DAYS),
        },
        // a plan file uploaded for a preview (plan-uploads/{org}/{fy}/…) is read once, right away:
        // gone after a day, its data too (no noncurrent copy kept for 30 days)
        {
          id: 'PlanUploads',
          prefix: PLAN_UPLOAD_PREFIX,
          expiration: Duration.days(PLAN_UPLOAD_DAYS),
          noncurrentVersionExpiration: Duration.days(PLAN_UPLOAD_DAYS),
        },
        // cited evidence is written once and read rarely (reviews, the ITA assessment): S3
        // Intelligent-Tiering moves each file to cheaper tiers after 30 and 90 days unread, with no
        // retrieval fee; files under 128 KB stay in the frequent tier unmonitored (docs/privacy.md)
        {
          id: 'CitedEvidenceTiering',
          tagFilters: { [EVIDENCE_TAG.key]: EVIDENCE_TAG.cited },
          transitions: [{ storageClass: StorageClass.INTELLIGENT_TIERING, transitionAfter: Duration.days(0) }],
        },
      ],
      // CORS: set by the stateless stack's WebSite (the page's own origin and settings.corsOrigins
      // only), as only it knows the CloudFront address
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.exportValue(this.bucket.bucketArn, { name: filesArnExport(props.exportPrefix ?? 'ita-measures-dev') });

    this.userPool = new UserPool(this, 'Users', {
      signInAliases: { email: true },
      autoVerify: { email: true },
      selfSignUpEnabled: false,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(INVITATION_VALID_DAYS),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      ...(props.cognitoSesEmail ? { email: UserPoolEmail.withSES(props.cognitoSesEmail) } : {}),
      // the code Cognito emails for "ลืมรหัสผ่าน" (forgot password) and for an email change: AWS
      // uses the verification message for both (Cognito developer guide, "Email settings")
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: subjectOf('รหัสยืนยัน ระบบติดตามมาตรการ ITA'),
        emailBody:
          'เรียน ผู้ใช้งาน<br><br>รหัสยืนยันของคุณคือ {####}<br><br>' +
          'ใช้รหัสนี้เพื่อตั้งรหัสผ่านใหม่ (ลืมรหัสผ่าน) หรือยืนยันอีเมลในระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ' +
          'หากคุณไม่ได้ขอรหัสนี้ ไม่ต้องดำเนินการใด ๆ และโปรดแจ้งคณะทำงาน ITA ขององค์กรของคุณ',
      },
      // The API and the admin CLI send their own invitation (MessageAction SUPPRESS; it names the org
      // and links the page: shared/mail/invitation-email.ts). This generic one is Cognito's, for a
      // sign-in created outside them (the Cognito console, aws cognito-idp admin-create-user): one
      // pool serves every org, so it cannot name one.
      userInvitation: {
        emailSubject: subjectOf('เชิญเข้าใช้งานระบบติดตามมาตรการ ITA'),
        emailBody:
          'เรียน ผู้ใช้งาน<br><br>คุณได้รับเชิญให้เข้าใช้งานระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) ' +
          'ขององค์กรปกครองส่วนท้องถิ่นของคุณ<br>ชื่อผู้ใช้: {username}<br>รหัสผ่านชั่วคราว: {####}<br><br>' +
          `เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่ รหัสผ่านชั่วคราวนี้ใช้ได้ภายใน ${toThaiDigits(INVITATION_VALID_DAYS)} วัน ` +
          'หากหมดอายุ กรุณาแจ้งคณะทำงาน ITA ให้ส่งอีเมลเชิญอีกครั้ง',
      },
      // every sign-in lives here: no delete (console, CLI or CloudFormation) until this is turned off
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // What the CLIs (npm run admin, import, job) and the runbooks need, under stable names (README,
    // "The first administrator"; docs/operations.md). CDK's own cross-stack exports are no names to give people.
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'TABLE_NAME of the CLIs (ตาราง DynamoDB สำหรับ npm run admin / import / job)',
    });
    new CfnOutput(this, 'UserPoolId', {
      value: this.userPool.userPoolId,
      description: 'USER_POOL_ID of npm run admin (กลุ่มผู้ใช้ Cognito: การเข้าสู่ระบบของบุคคล)',
    });
    new CfnOutput(this, 'FilesBucketName', {
      value: this.bucket.bucketName,
      description: 'BUCKET_NAME of npm run job (ถังไฟล์หลักฐานและเอกสาร; มีหลายเวอร์ชัน)',
    });
    // No app client here: the only one is the page's code-flow client (WebSite, stateless stack). An
    // unused client with CDK's defaults (implicit grant, every scope) was an accepted token audience.
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'MFA is optional (TOTP) by decision: municipal staff without smartphones must still report; coordinators are asked to enable it.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG3',
      'Threat protection needs the Cognito Plus feature plan; its cost is not justified for a few dozen staff per org. Revisit at national scale.',
    );
    acknowledge(
      this.userPool,
      'AwsSolutions-COG8',
      'The Essentials feature plan is enough: email sign-in, TOTP MFA, admin-created users.',
    );
  }
}
