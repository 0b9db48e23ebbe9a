// Both lower floors at once (session 31): aws-lite's GetItem and our schemas built at import.
import { handler as liteGetItem } from './dynamodb-lite-floor-handler.js';
import { handler as schemas } from './schemas-floor-handler.js';

export const handler = async () => {
  await liteGetItem();
  return schemas();
};
