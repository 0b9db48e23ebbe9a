// Lambda entry point of the form API.
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { createS3Client, s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { createApiHandler } from './create-api-handler.js';

const store = storeConfigFromEnv();
const bucket = process.env.BUCKET_NAME ?? '';

export const handler = createApiHandler({
  store: { doc: createDocumentClient(store), tableName: store.tableName },
  evidence: s3EvidenceStorage(
    createS3Client({ bucket, ...(process.env.S3_ENDPOINT ? { endpoint: process.env.S3_ENDPOINT } : {}) }),
    bucket,
  ),
  clock: () => new Date(),
  corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
});
