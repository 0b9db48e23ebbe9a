import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_TAG, UNCITED_UPLOAD_DAYS } from '../../shared/domain/evidence-rules.js';
import { TABLE } from '../../shared/store/table-definition.js';
import { PLAN_UPLOAD_DAYS, PLAN_UPLOAD_PREFIX } from '../../shared/domain/plan-upload-rules.js';
import { synthesized } from '../support/synthesized-app.js';

// the app the function and web-site tests read too (the stage only names things)
const { stacks, template: templateOf } = synthesized({ stage: 'test' });
const template = templateOf(stacks.stateful);

describe('stateful stack', () => {
  it('keeps the table: on demand, PITR, deletion protection, retained on stack deletion', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [
          { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true },
        ],
      },
    });
  });

  it('has the key schema, indexes and TTL attribute the store uses', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'))[0]!.Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes.map((g: { IndexName: string }) => g.IndexName)).toEqual(
      TABLE.indexes.map((i) => i.indexName),
    );
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: TABLE.ttlAttribute, Enabled: true });
  });

  it('blocks public access to the files bucket, encrypts and versions it, locks objects, logs access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.objectLike({}),
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'files/' }),
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
          Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, ExpiredObjectDeleteMarker: true }),
          Match.objectLike({ Id: 'UncitedUploads' }),
          Match.objectLike({ Id: 'PlanUploads' }),
          Match.objectLike({ Id: 'CitedEvidenceTiering' }),
        ],
      },
    });
  });

  // the bucket's CORS (the page's origin, the headers an upload URL signs) is set by the web site:
  // test/infra/web-site.test.ts
  it('expires old file versions after UNCITED_UPLOAD_DAYS', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } })]),
      },
    });
  });

  it('expires an evidence upload that no report cites (still tagged evidence=pending) after UNCITED_UPLOAD_DAYS', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          {
            Id: 'UncitedUploads',
            Status: 'Enabled',
            TagFilters: [{ Key: EVIDENCE_TAG.key, Value: EVIDENCE_TAG.pending }],
            ExpirationInDays: UNCITED_UPLOAD_DAYS,
          },
        ]),
      },
    });
  });

  it('expires an uploaded plan file (plan-uploads/, read once for the preview) after 1 day, and its old versions too', () => {
    expect(PLAN_UPLOAD_PREFIX).toBe('plan-uploads/');
    expect(PLAN_UPLOAD_DAYS).toBe(1);
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          {
            Id: 'PlanUploads',
            Status: 'Enabled',
            Prefix: 'plan-uploads/',
            ExpirationInDays: 1,
            NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          },
        ]),
      },
    });
  });

  it('moves cited evidence (tagged evidence=cited) to S3 Intelligent-Tiering from the day it is cited', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          {
            Id: 'CitedEvidenceTiering',
            Status: 'Enabled',
            TagFilters: [{ Key: EVIDENCE_TAG.key, Value: EVIDENCE_TAG.cited }],
            Transitions: [{ StorageClass: 'INTELLIGENT_TIERING', TransitionInDays: 0 }],
          },
        ]),
      },
    });
  });

  it('denies every request to the buckets that is not over TLS', () => {
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(policies.length).toBe(2);
    for (const p of policies) {
      expect(p.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('signs people in by email with a strong password, optional TOTP and no self sign-up', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
    // no app client here: the page's client is in the stateless stack (see web-site.test.ts)
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
  });

  it('invites people added by a coordinator in Thai, with the username and a temporary password', () => {
    const pool = Object.values(template.findResources('AWS::Cognito::UserPool'))[0]!.Properties;
    const invite = pool.AdminCreateUserConfig.InviteMessageTemplate;
    expect(invite.EmailSubject).toBe('[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA');
    expect(invite.EmailMessage).toContain('{username}');
    expect(invite.EmailMessage).toContain('{####}');
    expect(invite.EmailMessage).toMatch(/รหัสผ่านชั่วคราว/);
  });

  it('a temporary password lasts 14 days (was 3: a long weekend made it expire), and the generic text says so', () => {
    const pool = Object.values(template.findResources('AWS::Cognito::UserPool'))[0]!.Properties;
    expect(pool.Policies.PasswordPolicy.TemporaryPasswordValidityDays).toBe(14);
    expect(pool.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage).toContain('ใช้ได้ภายใน ๑๔ วัน');
  });
});
