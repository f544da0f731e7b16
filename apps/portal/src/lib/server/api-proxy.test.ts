import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRedirect, redirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyToApi } from './api-proxy';

/** A stand-in for the API on a real socket: it echoes what reached it and answers per path. */
let server: Server;
let base: URL;
let seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (request.url === '/refused') {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end('{}');
        return;
      }
      response.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="a.pdf"',
        'x-content-type-options': 'nosniff',
        'x-internal': 'secret',
        'set-cookie': ['a=1; HttpOnly', 'b=2; HttpOnly'],
      });
      response.end('%PDF-1.7');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

function event(init: RequestInit & { headers?: Record<string, string> } = {}) {
  return {
    request: new Request('http://portal.test/x', init),
    getClientAddress: () => '203.0.113.9',
  };
}

describe('proxyToApi', () => {
  it('passes only the chosen headers each way, the client address and the cookies', async () => {
    const response = await proxyToApi(
      event({ headers: { cookie: 's=1', authorization: 'Bearer x', 'user-agent': 'test' } }),
      new URL('/documents/1/content', base),
    );
    expect(seen.url).toBe('/documents/1/content');
    expect(seen.headers.cookie).toBe('s=1');
    expect(seen.headers['user-agent']).toBe('test');
    expect(seen.headers.authorization).toBeUndefined();
    expect(seen.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(response.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2; HttpOnly']);
    expect(await response.text()).toBe('%PDF-1.7');
  });

  it('streams a posted body, and can keep cookies and the address back', async () => {
    const body = new Blob(['hello ', 'world']).stream();
    const response = await proxyToApi(event(), new URL('/upload', base), {
      method: 'POST',
      body,
      headers: { 'x-continuum-upload': '1' },
      forwardClient: false,
      cookies: false,
    });
    expect(seen.method).toBe('POST');
    expect(seen.body).toBe('hello world');
    expect(seen.headers['x-continuum-upload']).toBe('1');
    expect(seen.headers['x-forwarded-for']).toBeUndefined();
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('lets a route answer a status with its own page', async () => {
    const thrown = await proxyToApi(event(), new URL('/refused', base), {
      check: (upstream) => {
        if (upstream.status === 401) redirect(303, '/sign-in');
      },
    }).catch((error: unknown) => error);
    expect(isRedirect(thrown) && thrown.location).toBe('/sign-in');
  });

  it('answers 502 when the API cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const response = await proxyToApi(event(), new URL(`http://127.0.0.1:${port}/graphql`));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'API_UNAVAILABLE' });
  });
});
