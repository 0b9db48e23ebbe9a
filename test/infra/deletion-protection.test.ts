// review s35-f 4: what keeps a deployment's data from one wrong command. The user pool refuses
// deletion (CloudFormation, console, CLI alike) and is retained; a prod stage's Stateful stack has
// termination protection; the page bucket, which holds only the built page, empties itself when
// its stack is deleted instead of failing the deletion.
import { describe, expect, it } from 'vitest';
import { synthesized } from '../support/synthesized-app.js';

const test = synthesized({ stage: 'test' });
const prod = (stage: string) =>
  synthesized({ stage, senderDomain: 'ita.example.go.th', alarmEmail: 'it@example.go.th' });

/** Whether the cloud assembly asks CloudFormation for termination protection on `stackName`. */
const terminationProtected = (app: ReturnType<typeof synthesized>, stackName: string) =>
  app.app.synth().getStackByName(stackName).terminationProtection ?? false;

describe('deletion protection', () => {
  it.each([['test'], ['prod'], ['prod-bkk']])(
    'the %s user pool refuses deletion and is retained when its stack goes',
    (stage) => {
      const app = stage === 'test' ? test : prod(stage);
      expect(app.synthError).toBeUndefined(); // cdk-nag included
      const pools = Object.values(app.template(app.stacks.stateful).findResources('AWS::Cognito::UserPool'));
      expect(pools).toHaveLength(1);
      expect(pools[0]).toMatchObject({
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { DeletionProtection: 'ACTIVE' },
      });
    },
  );

  it.each([['prod'], ['production'], ['prod-bkk']])(
    "a %s stage's Stateful stack has termination protection",
    (stage) => {
      const app = prod(stage);
      expect(terminationProtected(app, app.stacks.stateful.stackName)).toBe(true);
    },
  );

  it("a test stage's stacks can be deleted (no termination protection), nor has a prod stage's Stateless one", () => {
    expect(terminationProtected(test, test.stacks.stateful.stackName)).toBe(false);
    expect(terminationProtected(test, test.stacks.stateless.stackName)).toBe(false);
    const app = prod('prod');
    expect(terminationProtected(app, app.stacks.stateless.stackName)).toBe(false);
  });

  it('the page bucket (built output only) is emptied and deleted with its stack; the data buckets are retained', () => {
    for (const app of [test, prod('prod')]) {
      const stateless = app.template(app.stacks.stateless);
      const buckets = stateless.findResources('AWS::S3::Bucket');
      const [pagesId, pages] = Object.entries(buckets).find(([id]) => id.includes('Pages'))!;
      expect(pages.DeletionPolicy).toBe('Delete');
      const emptying = Object.values(stateless.findResources('Custom::S3AutoDeleteObjects'));
      expect(emptying.map((r) => r.Properties.BucketName)).toEqual([{ Ref: pagesId }]);
      const stateful = app.template(app.stacks.stateful);
      for (const [id, bucket] of Object.entries(stateful.findResources('AWS::S3::Bucket')))
        expect([id, bucket.DeletionPolicy]).toEqual([id, 'Retain']);
      stateful.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    }
  });
});
