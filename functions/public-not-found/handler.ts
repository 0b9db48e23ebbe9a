// Lambda entry point of GET/HEAD /ita/{proxy+} on the HTTP API, which CloudFront asks when the public
// bucket has nothing at an /ita/ address: the Thai not-found page. Reads nothing but the public
// bucket's year folders.
import { Logger } from '@aws-lambda-powertools/logger';
import * as z from 'zod';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { parseEnvironment } from '../../shared/environment/environment.js';
import { publishedYears } from '../../shared/publishing/published-years.js';
import { publicNotFoundHandler } from './public-not-found.js';

const logger = new Logger({ serviceName: 'ita-measures-public-not-found' });
const env = parseEnvironment(
  'public not-found function',
  z.object({
    PUBLIC_BUCKET_NAME: z.string().min(1),
    AWS_REGION: z.string().min(1),
    ORIGIN_SECRET: z.string().min(1).optional(),
  }),
);
const s3 = lazyS3Client({ region: env.AWS_REGION });

export const handler = publicNotFoundHandler(
  (org) => publishedYears(s3, env.PUBLIC_BUCKET_NAME, org),
  (message, fields) => logger.warn(message, fields),
  env.ORIGIN_SECRET,
);
