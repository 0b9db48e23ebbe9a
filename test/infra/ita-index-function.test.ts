import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { publicArea } from '../../infra/local/public-area.js';
import type { PublicFileStore } from '../../shared/publishing/public-files.js';
import { synthesized } from '../support/synthesized-app.js';

const {
  stacks: { stateless },
  template,
} = synthesized({ stage: 'test' });

interface ViewerRequest {
  uri: string;
}
type Answer = ViewerRequest | { statusCode: number; headers: { location: { value: string } } };

/** The deployed CloudFront function (its code from the synthesised template), run on one request. */
function cloudFront(uri: string): Answer {
  const functions = Object.values(template(stateless).findResources('AWS::CloudFront::Function'));
  expect(functions).toHaveLength(1);
  const code = functions[0]!.Properties.FunctionCode as string;
  // in a context of its own, as CloudFront runs it: nothing of this process in reach
  const handler = runInNewContext(`${code}; handler`) as (event: { request: ViewerRequest }) => Answer;
  return handler({ request: { uri } });
}

/** A public area with nothing published. */
const nothing: PublicFileStore = {
  put: () => Promise.resolve(),
  get: () => Promise.resolve(undefined),
  remove: () => Promise.resolve(),
};
const local = (uri: string) =>
  publicArea(nothing, { method: 'GET', url: new URL(uri, 'http://localhost') }, () => Promise.resolve([]));

describe("the public area's CloudFront function", () => {
  it('names the page object of an address ending in "/" and passes a document through', () => {
    expect(cloudFront('/ita/demo/2566/')).toEqual({ uri: '/ita/demo/2566/index.html' });
    expect(cloudFront('/ita/demo/2566/results.pdf')).toEqual({ uri: '/ita/demo/2566/results.pdf' });
  });

  // s60: CloudFront's pattern was its own ("/ita/{anything}/{any 4 digits}"): "/ita/demo/0256" went
  // to "/ita/demo/0256/" and its 404 there, where the local server answered 404 at once
  it.each([
    ['a page without its slash', '/ita/demo/2566', 301],
    ['a year that is no fiscal year', '/ita/demo/0256', 404],
    ['a year of 1990', '/ita/demo/1990', 404],
    ['a capital in the org id', '/ita/Demo/2566', 404],
    ['an org id of 41 characters', `/ita/${'a'.repeat(41)}/2566`, 404],
    ['five digits', '/ita/demo/25666', 404],
    ['an org without a year', '/ita/demo', 404],
  ])('redirects %s (%s) exactly when the local server does', async (_name, uri, status) => {
    const mine = await local(uri);
    expect(mine.status).toBe(status);
    const theirs = cloudFront(uri);
    if (status === 301) {
      expect(theirs).toMatchObject({ statusCode: 301, headers: { location: { value: `${uri}/` } } });
      expect(mine.headers).toMatchObject({ location: `${uri}/` });
    } else expect(theirs).toEqual({ uri });
  });
});
