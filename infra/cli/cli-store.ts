// The CLIs' composition of the table: one DynamoDB client per command run, its repositories built
// once, the client destroyed when the command ends (a CLI process must not keep sockets open).
import { createDocumentClient, type Store, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { createRepositories, type Repositories } from '../../shared/store/repositories.js';

export interface CliStore {
  store: Store;
  repos: Repositories;
  /** DYNAMODB_ENDPOINT when set (DynamoDB Local); undefined against AWS. */
  endpoint: string | undefined;
}

/**
 * Runs `work` with the table of `env`'s TABLE_NAME (DYNAMODB_ENDPOINT, AWS_REGION), built once for
 * the run; EnvironmentError naming `command` when TABLE_NAME is missing or unusable.
 */
export async function withCliStore<T>(
  command: string,
  env: NodeJS.ProcessEnv,
  work: (table: CliStore) => Promise<T>,
): Promise<T> {
  const config = storeConfigFromEnv(env, command);
  const doc = createDocumentClient(config);
  const store = { doc, tableName: config.tableName };
  try {
    return await work({ store, repos: createRepositories(store), endpoint: config.endpoint });
  } finally {
    doc.destroy();
  }
}
