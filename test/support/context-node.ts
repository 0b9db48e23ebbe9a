// A construct node with only the given CDK context, for settingsFrom (infra/cdk/settings.ts).
import type { Node } from 'constructs';

export const contextNode = (context: Record<string, string>): Node =>
  ({ tryGetContext: (key: string) => context[key], getAllContext: () => ({ ...context }) }) as unknown as Node;
