// Where the local system keeps its data and which ports it uses. Ports and folder can be changed
// with ITA_API_PORT, ITA_DYNAMODB_PORT, ITA_SES_PORT, ITA_S3_PORT and ITA_DATA_DIR; ITA_DYNAMODB_ENDPOINT
// (with ITA_TABLE_NAME) uses a DynamoDB Local already running instead of starting one.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalEnvironment, parseEnvironment } from '../../shared/environment/environment.js';

export interface LocalConfig {
  dataDir: string;
  ports: { api: number; dynamodb: number; ses: number; s3: number };
  /** a DynamoDB Local already running, used instead of starting one on `ports.dynamodb` */
  dynamodbEndpoint?: string;
  tableName: string;
  bucket: string;
  /** the public area: published documents and ITA pages only */
  publicBucket: string;
  issuer: string;
  audience: string;
}

/** The local system's folder and ports (LocalEnvironment); EnvironmentError names a malformed variable. */
export function localConfig(raw: NodeJS.ProcessEnv = process.env): LocalConfig {
  const env = parseEnvironment('npm start', LocalEnvironment, raw);
  return {
    dataDir: resolve(env.ITA_DATA_DIR),
    ports: {
      api: env.ITA_API_PORT,
      dynamodb: env.ITA_DYNAMODB_PORT,
      ses: env.ITA_SES_PORT,
      s3: env.ITA_S3_PORT,
    },
    ...(env.ITA_DYNAMODB_ENDPOINT ? { dynamodbEndpoint: env.ITA_DYNAMODB_ENDPOINT.replace(/\/$/, '') } : {}),
    tableName: env.ITA_TABLE_NAME,
    bucket: 'ita-measures-local',
    publicBucket: 'ita-measures-local-public',
    issuer: 'ita-measures-local',
    audience: 'ita-measures',
  };
}

/** The environment the handlers, jobs and CLIs use against the local system. */
export function localRuntimeEnv(config: LocalConfig): Record<string, string> {
  return {
    TABLE_NAME: config.tableName,
    DYNAMODB_ENDPOINT: config.dynamodbEndpoint ?? `http://127.0.0.1:${config.ports.dynamodb}`,
    SES_ENDPOINT: `http://127.0.0.1:${config.ports.ses}`,
    S3_ENDPOINT: `http://127.0.0.1:${config.ports.s3}`,
    BUCKET_NAME: config.bucket,
    PUBLIC_BUCKET_NAME: config.publicBucket,
    PUBLIC_BASE_URL: `http://localhost:${config.ports.api}`,
    MAIL_FROM: 'ita-noreply@demo.example.org',
    FORM_URL: `http://localhost:${config.ports.api}`,
    AWS_REGION: 'ap-southeast-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'WARN',
  };
}

export const runtimeEnvFile = (config: LocalConfig) => join(config.dataDir, 'runtime-env.json');

/** CLIs (npm run job, token, import) pick up the running local system unless told otherwise. */
export function applyLocalRuntimeEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const file = runtimeEnvFile(localConfig(env));
  if (env.TABLE_NAME || !existsSync(file)) return false;
  const values = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(values)) env[k] ??= v;
  return true;
}
