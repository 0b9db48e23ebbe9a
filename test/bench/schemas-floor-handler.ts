// The cost of our request schemas alone (session 31): the route table's zod schemas and the API's
// environment schema are built at import, as the API builds them; the handler answers without
// parsing anything, reading nothing and loading no AWS client. With dynamodb-lite-floor-handler.ts
// it bounds from below what any API with zod request schemas can reach.
import { ROUTES } from '../../shared/api/routes.js';
import { ApiEnvironment } from '../../shared/environment/environment.js';

export const handler = () =>
  Promise.resolve({
    statusCode: 200,
    body: JSON.stringify({ routes: Object.keys(ROUTES).length, environment: Object.keys(ApiEnvironment.shape).length }),
  });
