// Lambda entry point of the form API: every route but plan imports (CDK routes those to the
// plan-import function, functions/plan-import/handler.ts, so this bundle has no file readers).
import { ApiEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { awsApiHandler } from './aws-api-handler.js';

export const handler = awsApiHandler(
  () => {
    throw new Error('plan files are read by the plan-import function (route spec `function: planImport`)');
  },
  parseEnvironment('api function', ApiEnvironment),
);
