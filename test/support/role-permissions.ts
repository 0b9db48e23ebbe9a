// What each function's role may do, read from the synthesized templates, and what an SDK call needs
// (IAM actions and resources): the pair the IAM conformance test compares. ARNs are resolved with
// the templates' logical ids as names (a bucket Files8E6940B8 is arn:aws:s3:::Files8E6940B8).
import type { Template } from 'aws-cdk-lib/assertions';
import type { RecordedCall } from './aws-call-recorder.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One Allow statement with its resources resolved to strings. */
export interface Grant {
  actions: string[];
  resources: string[];
  conditions?: Record<string, Record<string, string | string[]>>;
}

/** One thing a call needs: an IAM action on a resource ARN (a listing carries its prefix). */
export interface Need {
  action: string;
  resource: string;
  /** the listing's s3:prefix; undefined for S3's missing-key check, which carries none */
  prefix?: string;
}

/** The templates, resolved: each function's grants and environment, by logical id prefix. */
export function rolePermissions(stateless: Template, stateful: Template) {
  const resources = { ...stateful.toJSON().Resources, ...stateless.toJSON().Resources } as Record<string, Json>;
  const exports = new Map<string, Json>();
  for (const output of Object.values<Json>(stateful.toJSON().Outputs ?? {}))
    if (output.Export) exports.set(output.Export.Name, output.Value);
  const resolve = (v: Json): string => {
    if (typeof v === 'string') return v;
    if (v.Ref) {
      const pseudo: Record<string, string> = {
        'AWS::Partition': 'aws',
        'AWS::Region': 'REGION',
        'AWS::AccountId': 'ACCOUNT',
        'AWS::URLSuffix': 'amazonaws.com',
      };
      return pseudo[v.Ref] ?? v.Ref;
    }
    if (v['Fn::GetAtt']) {
      const [id, attribute] = v['Fn::GetAtt'] as [string, string];
      if (attribute !== 'Arn') return `${id}.${attribute}`;
      const type = resources[id]?.Type;
      if (type === 'AWS::S3::Bucket') return `arn:aws:s3:::${id}`;
      if (type === 'AWS::DynamoDB::GlobalTable' || type === 'AWS::DynamoDB::Table')
        return `arn:aws:dynamodb:REGION:ACCOUNT:table/${id}`;
      return `arn:${id}`;
    }
    if (v['Fn::Join']) return (v['Fn::Join'][1] as Json[]).map(resolve).join(v['Fn::Join'][0]);
    if (v['Fn::ImportValue']) {
      const value = exports.get(resolve(v['Fn::ImportValue']));
      if (value === undefined) throw new Error(`no export ${JSON.stringify(v)}`);
      return resolve(value);
    }
    throw new Error(`unresolved ${JSON.stringify(v)}`);
  };
  const functionOf = (prefix: string) => {
    const found = Object.entries(resources).find(
      ([id, r]) => id.startsWith(prefix) && r.Type === 'AWS::Lambda::Function',
    );
    if (!found) throw new Error(`no function ${prefix}`);
    return found[1].Properties;
  };
  return {
    /** the Allow statements of the function's role */
    grantsOf(prefix: string): Grant[] {
      const roleId = functionOf(prefix).Role['Fn::GetAtt'][0] as string;
      return Object.values(resources)
        .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === roleId))
        .flatMap((r) => r.Properties.PolicyDocument.Statement as Json[])
        .filter((s) => s.Effect === 'Allow')
        .map((s) => ({
          actions: [s.Action].flat(),
          resources: [s.Resource].flat().map(resolve),
          ...(s.Condition ? { conditions: s.Condition } : {}),
        }));
    },
    /** the function's environment variable `name`, resolved (a table or bucket name is its logical id) */
    environmentOf(prefix: string, name: string): string | undefined {
      const value = functionOf(prefix).Environment?.Variables?.[name];
      return value === undefined ? undefined : resolve(value);
    },
  };
}

/** IAM wildcards: `*`, `?` and policy variables `${aws:...}` (any value). */
const wildcard = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split(/\$\{[^}]+\}/)
      .map((part) =>
        part
          .replace(/[.+^$()|[\]\\{}]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.'),
      )
      .join('.*')}$`,
  );

/** Whether the statement's conditions hold for the need (only the s3:prefix operators we use). */
function conditionsHold(grant: Grant, need: Need): boolean {
  for (const [operator, keys] of Object.entries(grant.conditions ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      if (key !== 's3:prefix') return false;
      const patterns = [values].flat();
      if (need.prefix === undefined) {
        if (operator !== 'StringLikeIfExists' && operator !== 'StringEqualsIfExists') return false;
        continue;
      }
      const like = operator.startsWith('StringLike');
      if (!patterns.some((p) => (like ? wildcard(p).test(need.prefix!) : p === need.prefix))) return false;
    }
  }
  return true;
}

/** A need's resource given as this and a part: any granted resource containing the part. */
const ANY_OF_KIND = 'any-resource-containing:';

const resourceMatches = (granted: string, needed: string) =>
  needed.startsWith(ANY_OF_KIND) ? granted.includes(needed.slice(ANY_OF_KIND.length)) : wildcard(granted).test(needed);

/** Whether one of the grants allows the need. */
export const allows = (grants: readonly Grant[], need: Need): boolean =>
  grants.some(
    (g) =>
      g.actions.some((a) => wildcard(a).test(need.action)) &&
      g.resources.some((r) => resourceMatches(r, need.resource)) &&
      conditionsHold(g, need),
  );

/**
 * What IAM checks for one recorded call (AWS's "actions, resources and condition keys" pages):
 * DynamoDB's action per command (a transaction per item), S3's per operation (HeadObject is
 * s3:GetObject; a tag or retention set on PutObject its own action), and s3:ListBucket for a read
 * S3 answered "no such key" (without it S3 answers AccessDenied). `names` maps the test's table and
 * bucket names to the templates' (their logical ids). SES, SQS and Cognito: the action on the
 * service's resource kind (identity, queue, user pool), any of them.
 */
export function needsOf(call: RecordedCall, names: ReadonlyMap<string, string>): Need[] {
  const name = (physical: unknown) => names.get(String(physical)) ?? `unknown-${String(physical)}`;
  const table = (t: unknown) => `arn:aws:dynamodb:REGION:ACCOUNT:table/${name(t)}`;
  const input = call.input as Json;
  switch (call.client) {
    case 'DynamoDBClient': {
      const action = `dynamodb:${call.command}`;
      if (call.command === 'BatchGetItem' || call.command === 'BatchWriteItem')
        return Object.keys(input.RequestItems).map((t) => ({ action, resource: table(t) }));
      if (call.command === 'TransactWriteItems' || call.command === 'TransactGetItems')
        return (input.TransactItems as Json[]).flatMap((item) =>
          Object.entries(item).map(([kind, op]) => ({
            action: `dynamodb:${kind === 'ConditionCheck' ? 'ConditionCheckItem' : `${kind}Item`}`,
            resource: table((op as Json).TableName),
          })),
        );
      const resource = table(input.TableName) + (input.IndexName ? `/index/${input.IndexName}` : '');
      return [{ action, resource }];
    }
    case 'S3Client': {
      const bucket = `arn:aws:s3:::${name(input.Bucket)}`;
      const object = `${bucket}/${input.Key}`;
      const missing = call.outcome === 'NoSuchKey' || call.outcome === 'NotFound';
      const listing = missing ? [{ action: 's3:ListBucket', resource: bucket }] : [];
      switch (call.command) {
        case 'GetObject':
        case 'HeadObject':
          return [{ action: 's3:GetObject', resource: object }, ...listing];
        case 'PutObject':
          return [
            { action: 's3:PutObject', resource: object },
            ...(input.Tagging ? [{ action: 's3:PutObjectTagging', resource: object }] : []),
            ...(input.ObjectLockMode || input.ObjectLockRetainUntilDate
              ? [{ action: 's3:PutObjectRetention', resource: object }]
              : []),
          ];
        case 'PutObjectTagging':
          return [{ action: 's3:PutObjectTagging', resource: object }, ...listing];
        case 'DeleteObject':
          return [{ action: 's3:DeleteObject', resource: object }];
        case 'ListObjectsV2':
          return [{ action: 's3:ListBucket', resource: bucket, prefix: String(input.Prefix ?? '') }];
        default:
          return [{ action: `s3:${call.command}`, resource: object }];
      }
    }
    case 'SESClient':
      return [{ action: `ses:${call.command}`, resource: `${ANY_OF_KIND}:identity/` }];
    case 'SQSClient':
      return [{ action: `sqs:${call.command.replace(/Batch$/, '')}`, resource: `${ANY_OF_KIND}arn:` }];
    case 'CognitoIdentityProviderClient':
      return [{ action: `cognito-idp:${call.command}`, resource: `${ANY_OF_KIND}arn:` }];
    default:
      return [{ action: `${call.client}:${call.command}`, resource: '?' }];
  }
}
