// The not-found function (GET/HEAD /ita/{proxy+} on the HTTP API, CloudFront's fallback origin for
// /ita/* in AWS): what a viewer gets for an address the public bucket has nothing for (the path as
// CloudFront asks it, index.html added).
import { describe, expect, it } from 'vitest';
import { publicNotFoundHandler } from '../../functions/public-not-found/public-not-found.js';

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('the public not-found function', () => {
  const asked: string[] = [];
  const warnings: string[] = [];
  const handler = publicNotFoundHandler(
    (org) => {
      asked.push(org);
      return org === 'broken'
        ? Promise.reject(new Error('AccessDenied'))
        : Promise.resolve(org === 'demo' ? [2568, 2566] : []);
    },
    (message) => warnings.push(message),
  );

  it.each([
    ['/ita/demo/2566/results.pdf', ['/ita/demo/2566/']],
    ['/ita/demo/2566/measures.docx', ['/ita/demo/2566/']],
    ['/ita/demo/2567/index.html', ['/ita/demo/2568/', '/ita/demo/2566/']],
    ['/ita/demo/02566/index.html', ['/ita/demo/2568/', '/ita/demo/2566/']],
    ['/ita/nosuch/2566/results.pdf', []],
  ])('%s: 404, the Thai page linking to %j', async (rawPath, links) => {
    const answer = await handler({ rawPath });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('ไม่พบเอกสารตามที่อยู่นี้');
    expect(answer.body).toContain('Document not found');
    expect(hrefs(answer.body)).toEqual(links);
  });

  it('an address naming no org id asks for no listing', async () => {
    asked.length = 0;
    for (const rawPath of ['/ita/', '/ita/Demo%20x/2566/index.html', '/ita/..%2F/2566/index.html'])
      expect((await handler({ rawPath })).statusCode).toBe(404);
    expect(asked).toEqual([]);
  });

  it('when the years cannot be listed the page is still a 404, without links, and a warning is logged', async () => {
    const answer = await handler({ rawPath: '/ita/broken/2566/results.pdf' });
    expect(answer.statusCode).toBe(404);
    expect(hrefs(answer.body)).toEqual([]);
    expect(warnings).toEqual(['the years of the org were not listed']);
  });

  it("with the API's own domain, a request without CloudFront's secret header is 403 and lists nothing", async () => {
    const secret = 's'.repeat(48);
    const guarded = publicNotFoundHandler(
      (org) => {
        asked.push(org);
        return Promise.resolve([2566]);
      },
      () => {},
      secret,
    );
    asked.length = 0;
    for (const headers of [{}, { 'x-ita-origin-secret': 'x'.repeat(48) }])
      expect((await guarded({ rawPath: '/ita/demo/2566/results.pdf', headers })).statusCode).toBe(403);
    expect(asked).toEqual([]);
    const through = await guarded({
      rawPath: '/ita/demo/2566/results.pdf',
      headers: { 'x-ita-origin-secret': secret },
    });
    expect(through.statusCode).toBe(404);
    expect(hrefs(through.body)).toEqual(['/ita/demo/2566/']);
  });
});
