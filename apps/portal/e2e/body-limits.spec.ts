import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { obrienCase } from './support-records';

/**
 * The portal reads a request body whole only up to what the API accepts (100 KB): larger
 * posts to /graphql or a form action get a 413 before they are read (Content-Length) or as
 * soon as they pass the limit (a streamed body), so a crowd of anonymous 51 MB posts costs it
 * no memory. Document uploads alone may be large, and stream through.
 */

const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(MB, 0x61);

interface Sent {
  status: number;
  body: string;
  ms: number;
}

/**
 * Posts `bytes` (of `CHUNK`s, or `body` when given) over one connection, with a
 * Content-Length or chunked, and stops sending as soon as the answer comes.
 */
function post(
  baseURL: string,
  path: string,
  options: { bytes: number; chunked?: boolean; headers?: Record<string, string>; body?: Buffer },
): Promise<Sent> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(new URL(path, baseURL), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.chunked
          ? {}
          : { 'content-length': String(options.body?.length ?? options.bytes) }),
        ...options.headers,
      },
    });
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: Date.now() - started,
        }),
      );
      res.on('error', reject);
    });
    // After the answer the server may stop reading and close: expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.body) {
      req.end(options.body);
      return;
    }
    let sent = 0;
    const write = () => {
      while (!answered && sent < options.bytes) {
        const size = Math.min(CHUNK.length, options.bytes - sent);
        sent += size;
        if (!req.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size))) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

/** The portal's process: the one listening on its port. */
function portalPid(baseURL: string): number {
  const port = new URL(baseURL).port;
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on ${port}: ${out}`);
  return Number(pid);
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) * 1024;
}

/** Runs `work` and returns its result with the portal's highest RSS seen meanwhile. */
async function peakRss<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peak: number }> {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssBytes(pid));
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, rssBytes(pid));
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

/** A valid PNG of about `bytes`: one pixel, and an ancillary chunk of filler. */
function largePng(bytes: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('teXt', Buffer.alloc(bytes, 0x20)),
    chunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test.describe('request bodies', () => {
  test.setTimeout(120_000);

  test('a 51 MB post to /graphql or a form action is refused with 413 at once, unread', async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const graphql = await post(origin, '/graphql', { bytes: 51 * MB });
    expect(graphql.status).toBe(413);
    expect(JSON.parse(graphql.body)).toMatchObject({
      message: expect.stringContaining('too large'),
    });
    expect(graphql.ms).toBeLessThan(2_000);

    const form = await post(origin, '/sign-in', {
      bytes: 51 * MB,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin,
        accept: 'text/html',
      },
    });
    expect(form.status).toBe(413);
    expect(form.body).toContain('This request is too large for Continuum.');
    expect(form.ms).toBeLessThan(2_000);

    // Without a Content-Length, the body is cut off once it passes the limit.
    const streamed = await post(origin, '/graphql', { bytes: 51 * MB, chunked: true });
    expect(streamed.status).toBe(413);
    expect(streamed.body).toContain('too large');

    const streamedForm = await post(origin, '/sign-in', {
      bytes: 51 * MB,
      chunked: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    });
    expect(streamedForm.status).toBe(413);

    // What the API accepts still goes through.
    const small = await post(origin, '/graphql', {
      bytes: 0,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: Buffer.from(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(small.status).toBe(200);
  });

  test('ten parallel 51 MB posts leave the portal within 100 MB of where it was', async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const pid = portalPid(origin);
    const before = rssBytes(pid);
    const { result, peak } = await peakRss(pid, () =>
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          i % 2 === 0
            ? post(origin, '/graphql', { bytes: 51 * MB, chunked: i % 4 === 0 })
            : post(origin, '/sign-in', {
                bytes: 51 * MB,
                chunked: i % 4 === 1,
                headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
              }),
        ),
      ),
    );
    expect(peak - before).toBeLessThan(100 * MB);
    expect(result.map((sent) => sent.status)).toEqual(Array(10).fill(413));
  });

  test('a 30 MB document still uploads through the portal', async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const cookie = await sessionCookie(origin, obrienCase.advocate.email);

    const boundary = 'continuum-e2e-boundary';
    const file = largePng(30 * MB);
    const multipart = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nLarge scan\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.png"\r\n` +
          'Content-Type: image/png\r\n\r\n',
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await post(origin, `/api/cases/${obrienCase.id}/documents`, {
      bytes: 0,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin, cookie },
      body: multipart,
    });
    expect(uploaded.status, uploaded.body).toBe(201);
    expect(JSON.parse(uploaded.body)).toMatchObject({ title: 'Large scan' });
  });
});

/** Signs in through the portal's form action and returns the session cookie it set. */
async function sessionCookie(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
    body: new URLSearchParams({ email, password: 'continuum-demo' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('continuum_session='));
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  return cookie.split(';')[0]!;
}
