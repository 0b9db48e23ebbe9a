// npm run admin -- <create-org|add-unit|add-person|remove-person|reactivate-person> ...
// Against the deployed stack (TABLE_NAME, USER_POOL_ID, AWS credentials) or the local system.
import { parseArgs } from 'node:util';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as z from 'zod';
import { CreatePersonBody, CreateUnitBody } from '../../shared/api/coordinator-schemas.js';
import { OrgId, UnitId } from '../../shared/domain/ids.js';
import { visibleName } from '../../shared/domain/text.js';
import { parseOrThrow } from '../../shared/domain/validation-messages.js';
import { cognitoIdentityProvider, localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { AdminCliEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { Cadence, DueRule } from '../../shared/domain/due-rules.js';
import { PlainDateSchema } from '../../shared/domain/ids.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import {
  addPerson,
  addUnit,
  createOrg,
  setClosureDays,
  setDueRule,
  setPersonActive,
} from '../../shared/use-cases/administer-org.js';
import { applyLocalRuntimeEnv } from '../local/local-config.js';
import { runCli } from './run-cli.js';

applyLocalRuntimeEnv();

const USAGE = `usage:
  npm run admin -- create-org --org <id> --name <ชื่อองค์กร> [--municipal-units]
  npm run admin -- add-unit --org <id> --unit <id> --name <ชื่อ> [--alias <ชื่ออื่น>,...]
  npm run admin -- add-person --org <id> --email <email> --name <ชื่อ> --roles staff,coordinator,executive,admin [--unit <id>] [--head]
  npm run admin -- remove-person --org <id> --email <email>
  npm run admin -- reactivate-person --org <id> --email <email>
  npm run admin -- set-due-rule --org <id> --cadence <monthly|quarterly|semiannual|april-september|annual|once|unspecified>
                    --rule <default|day-of-next-month:<1-28>|days-after:<0-90>>
  npm run admin -- set-closure-days --org <id> --days <YYYY-MM-DD,...>   (replaces the list; --days '' clears it)

Units and people follow the API's rules: add-unit refuses a unit id the org has (active or not;
PUT /v1/units/{unitId} renames), add-person refuses an email already in the org (reactivate-person
brings back someone deactivated), remove-person refuses the org's last active coordinator.

Uses TABLE_NAME (and DYNAMODB_ENDPOINT locally). With USER_POOL_ID it also creates the person's
Cognito sign-in (Cognito emails a temporary password); without it (the local system) the local
token issuer signs them in.`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string' },
      alias: { type: 'string' },
      email: { type: 'string' },
      roles: { type: 'string' },
      head: { type: 'boolean', default: false },
      cadence: { type: 'string' },
      rule: { type: 'string' },
      days: { type: 'string' },
      'municipal-units': { type: 'boolean', default: false },
    },
  });
  const command = positionals[0];
  if (!command || !values.org) return { usage: true };
  const config = storeConfigFromEnv(process.env, 'npm run admin');
  const doc = createDocumentClient(config);
  const poolId = parseEnvironment('npm run admin', AdminCliEnvironment).USER_POOL_ID;
  const cognito = poolId ? new CognitoIdentityProviderClient({}) : undefined;
  const ctx = {
    orgs: new OrgRepository({ doc, tableName: config.tableName }),
    identity: cognito && poolId ? cognitoIdentityProvider(cognito, poolId) : localIdentityProvider,
    actor: 'cli:admin',
    now: new Date(),
  };
  const orgId = OrgId.parse(values.org);
  try {
    switch (command) {
      case 'create-org':
        await createOrg(ctx, {
          orgId,
          ...parseOrThrow(z.strictObject({ name: visibleName(200) }), { name: values.name }, 'org'),
          withMunicipalUnits: values['municipal-units'],
        });
        process.stdout.write(
          `created org ${orgId}${values['municipal-units'] ? ' with the five usual municipal units' : ''}\n`,
        );
        break;
      case 'add-unit':
        // the API's own schema and use case (POST /v1/units): an existing id is refused, never overwritten
        await addUnit(ctx, {
          orgId,
          ...parseOrThrow(
            CreateUnitBody,
            {
              unitId: UnitId.parse(values.unit),
              name: values.name,
              aliases: (values.alias ?? '')
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            },
            'unit',
          ),
          unitId: UnitId.parse(values.unit),
        });
        process.stdout.write(`added unit ${values.unit} to ${orgId}\n`);
        break;
      case 'add-person': {
        const person = await addPerson(ctx, {
          orgId,
          ...parseOrThrow(
            CreatePersonBody,
            {
              email: values.email,
              name: values.name,
              roles: (values.roles ?? '').split(',').filter(Boolean),
              headOfUnit: values.head,
              ...(values.unit ? { unitId: values.unit } : {}),
            },
            'person',
          ),
        });
        process.stdout.write(
          `added ${person.roles.join('+')} ${person.personId} to ${orgId}${poolId ? ' (Cognito user created; a temporary password was emailed)' : ''}\n`,
        );
        break;
      }
      case 'remove-person':
      case 'reactivate-person': {
        const active = command === 'reactivate-person';
        await setPersonActive(ctx, { orgId, email: z.email().parse(values.email?.trim()), active });
        process.stdout.write(`${active ? 'reactivated' : 'deactivated'} the person in ${orgId}\n`);
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
        const input = parseOrThrow(
          z.strictObject({ cadence: Cadence, rule: DueRule }),
          { cadence: values.cadence, rule },
          'due-rule',
        );
        const rules = await setDueRule(ctx, { orgId, ...input });
        process.stdout.write(`due rules of ${orgId}: ${JSON.stringify(rules)}\n`);
        break;
      }
      case 'set-closure-days': {
        if (values.days === undefined) return { usage: true };
        const days = values.days
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean);
        const input = parseOrThrow(
          z.strictObject({ days: z.array(PlainDateSchema).max(366) }),
          { days },
          'closure-days',
        );
        // GregorianDate checked each one is a real YYYY-MM-DD (CE) date
        const set = await setClosureDays(ctx, { orgId, days: input.days as PlainDate[] });
        process.stdout.write(`closure days of ${orgId}: ${set.length ? set.join(', ') : '(none)'}\n`);
        break;
      }
      default:
        return { usage: true };
    }
  } finally {
    doc.destroy();
    cognito?.destroy();
  }
  return { usage: false };
});
