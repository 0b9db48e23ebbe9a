// The public addresses over HTTP on the local server (as `npm start` serves them), reading the
// S3 emulator's public area: lengths, methods, and which fiscal-year segments are addresses.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../infra/local/api-gateway-server.js';
import { publicArea } from '../../infra/local/public-area.js';
import { PUBLIC_ROOT } from '../../shared/domain/public-addresses.js';
import { publishedYears } from '../../shared/publishing/published-years.js';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.js';
import { freePort } from '../support/free-port.js';

let f: ApiFixture;
let server: Server;
let origin: string;
const PAGE = '<!doctype html><html lang="th"><title>หน้า ITA ของเทศบาลตำบลดอนอะระง</title></html>';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 7)]);
const DOCX = Buffer.alloc(12_345, 1);
const DISPOSITION = `inline; filename="results-demo-2566.pdf"; filename*=UTF-8''${encodeURIComponent('รายงานผล เทศบาลตำบลดอนอะระง 2566.pdf')}`;

beforeAll(async () => {
  f = await createApiFixture();
  await f.publicFiles.put('ita/demo/2566/index.html', Buffer.from(PAGE, 'utf8'), 'text/html; charset=utf-8');
  await f.publicFiles.put('ita/demo/2566/results.pdf', PDF, 'application/pdf', DISPOSITION);
  await f.publicFiles.put('ita/demo/2566/measures.docx', DOCX, 'application/octet-stream');
  // a second year of the same org with its page
  await f.publicFiles.put('ita/demo/2568/index.html', Buffer.from(PAGE, 'utf8'), 'text/html; charset=utf-8');
  const port = await freePort();
  server = await startGateway({
    port,
    handler: f.handler,
    verify: () => Promise.reject(new Error('no tokens here')),
    extra: (request) =>
      request.url.pathname.startsWith(PUBLIC_ROOT)
        ? publicArea(f.publicFiles, request, (org) => publishedYears(() => Promise.resolve(f.s3), f.publicBucket, org))
        : undefined,
  });
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await f?.close();
});

const send = (method: string, path: string) => fetch(`${origin}${path}`, { method, redirect: 'manual' });

describe('public answers say their length', () => {
  it('a published PDF comes with Content-Length equal to its bytes, not chunked', async () => {
    const res = await send('GET', '/ita/demo/2566/results.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(PDF.length));
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('the Thai page: Content-Length counts UTF-8 bytes, not characters', async () => {
    const res = await send('GET', '/ita/demo/2566/');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(PAGE, 'utf8')));
    expect(Buffer.byteLength(PAGE, 'utf8')).toBeGreaterThan(PAGE.length);
    expect(await res.text()).toBe(PAGE);
  });

  it('HEAD of a DOCX gives its length and no body; a 404 has a length too', async () => {
    const head = await send('HEAD', '/ita/demo/2566/measures.docx');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(DOCX.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const missing = await send('GET', '/ita/demo/2566/results.docx');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-length')).toBe(String(Buffer.byteLength(await missing.text(), 'utf8')));
  });
});

describe('a document opened by its address is saved under its name', () => {
  it('GET and HEAD of a published PDF carry its Content-Disposition (the Thai name in filename*)', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await send(method, '/ita/demo/2566/results.pdf');
      expect(res.headers.get('content-disposition')).toBe(DISPOSITION);
    }
  });

  it('a file stored without one, the page and a 404 carry none', async () => {
    for (const path of ['/ita/demo/2566/measures.docx', '/ita/demo/2566/', '/ita/demo/2566/results.docx'])
      expect((await send('GET', path)).headers.get('content-disposition')).toBeNull();
  });
});

describe('other methods are 405 with the methods allowed', () => {
  it.each([
    ['POST', '/ita/demo/2566/'],
    ['PUT', '/ita/demo/2566/results.pdf'],
    ['DELETE', '/ita/demo/2566/measures.docx'],
  ])('%s %s: 405, Allow: GET, HEAD, and the file is still there', async (method, path) => {
    const res = await send(method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.text()).toMatch(/GET.*HEAD/);
    expect((await send('GET', path)).status).toBe(200);
  });
});

describe('a fiscal year segment is four digits, like the API', () => {
  it.each(['/ita/demo/02566/', '/ita/demo/01/', '/ita/demo/2566.0/results.pdf', '/ita/demo/0256'])(
    '%s is 404, never a redirect or a page',
    async (path) => {
      expect((await send('GET', path)).status).toBe(404);
    },
  );

  it('/ita/demo/2566 without the slash is sent to the page', async () => {
    const res = await send('GET', '/ita/demo/2566');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/ita/demo/2566/');
  });
});

describe('an address with nothing to serve answers a Thai page, 404', () => {
  /** The not-found page as a browser gets it: 404, Thai HTML with its length, the links on it. */
  async function notFoundPage(path: string) {
    const res = await send('GET', path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(html, 'utf8')));
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toMatch(/^<!doctype html>\n<html lang="th">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(html).toContain('ไม่พบเอกสาร');
    // the English line comes after the Thai
    expect(html.indexOf('Document not found')).toBeGreaterThan(html.indexOf('ไม่พบเอกสาร'));
    // nothing from another host, no script
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    return { html, links };
  }

  it.each(['/ita/demo/2566/results.docx', '/ita/demo/2566/measures.pdf', '/ita/demo/2566/results-half-year.pdf'])(
    "a withdrawn or unpublished document (%s) says it may be withdrawn or replaced, and links to its year's page",
    async (path) => {
      const { html, links } = await notFoundPage(path);
      expect(html).toContain('ถอนการเผยแพร่');
      expect(html).toContain('ฉบับใหม่');
      expect(html).toMatch(/withdrawn or replaced by a newer edition/);
      expect(links[0]).toBe('/ita/demo/2566/');
      expect(html).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๖');
    },
  );

  it.each(['/ita/demo/2567/', '/ita/demo/02566/', '/ita/demo/2567/results.pdf'])(
    "a year with no page (%s) links to the org's years that have one, newest first",
    async (path) => {
      const { html, links } = await notFoundPage(path);
      expect(links).toEqual(['/ita/demo/2568/', '/ita/demo/2566/']);
      expect(html).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๘');
    },
  );

  it.each(['/ita/nosuch/2566/', '/ita/nosuch/2566/results.pdf', '/ita/Demo%20x/2566/', '/ita/'])(
    'an org with no pages (%s) gets the page with no link to follow',
    async (path) => {
      const { html, links } = await notFoundPage(path);
      expect(links).toEqual([]);
      expect(html).toContain('ไม่พบหน้าข้อมูลเผยแพร่ ITA ของหน่วยงานตามที่อยู่นี้');
    },
  );

  it('HEAD of a missing document is 404 with the length and no body', async () => {
    const get = await send('GET', '/ita/demo/2566/results.docx');
    const head = await send('HEAD', '/ita/demo/2566/results.docx');
    expect(head.status).toBe(404);
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('never writes the requested address back into the page', async () => {
    const { html } = await notFoundPage('/ita/demo/2566/%3Cb%3Ex%3C%2Fb%3E.pdf');
    expect(html).not.toContain('<b>x');
    expect(html).not.toContain('%3Cb%3E');
  });
});

// A browser that opened a public file keeps it a minute (max-age=60), then asks again with the
// validators S3 gave it (through CloudFront in AWS); a PDF viewer asks for byte ranges. The local
// server answers as S3 does: 304 for an unchanged file, 206 for a range, 416 past its end.
describe('a browser revalidating or reading part of a public file', () => {
  const withHeaders = (method: string, path: string, headers: Record<string, string>) =>
    fetch(`${origin}${path}`, { method, headers, redirect: 'manual' });

  it.each([
    ['/ita/demo/2566/results.pdf', PDF.length],
    ['/ita/demo/2566/measures.docx', DOCX.length],
    ['/ita/demo/2566/', Buffer.byteLength(PAGE, 'utf8')],
  ])('%s carries an ETag and Last-Modified, and its ETag again gets 304 with no body', async (path, length) => {
    const first = await send('GET', path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    expect(first.headers.get('accept-ranges')).toBe('bytes');
    expect(first.headers.get('content-length')).toBe(String(length));
    const again = await withHeaders('GET', path, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('max-age=60');
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('If-Modified-Since at its Last-Modified gets 304; a day before it, the whole file', async () => {
    const first = await send('GET', '/ita/demo/2566/results.pdf');
    const lastModified = first.headers.get('last-modified')!;
    expect((await withHeaders('GET', '/ita/demo/2566/results.pdf', { 'if-modified-since': lastModified })).status).toBe(
      304,
    );
    const before = new Date(Date.parse(lastModified) - 86_400_000).toUTCString();
    const whole = await withHeaders('GET', '/ita/demo/2566/results.pdf', { 'if-modified-since': before });
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('another file published at the address answers the old ETag with the new bytes', async () => {
    const key = 'ita/demo/2568/results.pdf';
    await f.publicFiles.put(key, PDF, 'application/pdf');
    const old = (await send('GET', '/ita/demo/2568/results.pdf')).headers.get('etag')!;
    const newer = Buffer.concat([PDF, Buffer.from('% generation 2\n')]);
    await f.publicFiles.put(key, newer, 'application/pdf');
    const res = await withHeaders('GET', '/ita/demo/2568/results.pdf', { 'if-none-match': old });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(old);
    expect(Buffer.from(await res.arrayBuffer()).equals(newer)).toBe(true);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=-500', PDF.length - 500, PDF.length - 1],
    ['bytes=69000-', 69_000, PDF.length - 1],
  ])('Range %s gets 206 with those bytes and their Content-Range', async (range, start, end) => {
    const res = await withHeaders('GET', '/ita/demo/2566/results.pdf', { range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${PDF.length}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF.subarray(start, end + 1))).toBe(true);
  });

  it('a range past the end is 416 saying the length; HEAD with a range says the part without a body', async () => {
    const past = await withHeaders('GET', '/ita/demo/2566/results.pdf', { range: `bytes=${PDF.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${PDF.length}`);
    const head = await withHeaders('HEAD', '/ita/demo/2566/results.pdf', { range: 'bytes=0-9' });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-length')).toBe('10');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  // s60 review: "bytes=5-2" was 416; a range whose last byte is before its first is invalid (RFC 9110
  // §14.1.1), and S3 answers it with the whole object
  it.each(['bytes=5-2', 'bytes=100-99', 'bytes=0-9,30-20'])(
    'Range %s (a last byte before its first) gets the whole file, 200, as S3 gives it',
    async (range) => {
      const res = await withHeaders('GET', '/ita/demo/2566/results.pdf', { range });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-range')).toBeNull();
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    },
  );

  it('If-Range with an ETag of other bytes gets the whole file, not a part of the new one', async () => {
    const res = await withHeaders('GET', '/ita/demo/2566/results.pdf', {
      range: 'bytes=0-99',
      'if-range': '"an-older-generation"',
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });
});
