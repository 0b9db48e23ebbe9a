import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/cdk/app.js';

// `cdk deploy` sets CDK_DEFAULT_ACCOUNT from the credentials; synth (with cdk-nag) must still pass.
const saved = process.env.CDK_DEFAULT_ACCOUNT;
function synthWithAccount(account: string, region: string): unknown {
  process.env.CDK_DEFAULT_ACCOUNT = account;
  try {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], stage: 'test' } });
    buildApp(app, region);
    app.synth();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    if (saved === undefined) delete process.env.CDK_DEFAULT_ACCOUNT;
    else process.env.CDK_DEFAULT_ACCOUNT = saved;
  }
}
const results = [
  ['123456789012', 'ap-southeast-1'],
  ['210987654321', 'ap-southeast-7'],
].map(([account, region]) => ({ account, region, error: synthWithAccount(account!, region!) }));

describe('a deployment with a known account', () => {
  it.each(results)('synthesises with cdk-nag clean for account $account in $region', ({ error }) => {
    expect(error).toBeUndefined();
  });
});
