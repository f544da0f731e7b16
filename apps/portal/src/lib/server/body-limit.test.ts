import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { API_BODY_LIMIT, failedAsTooLarge, isUpload, limitBody } from './body-limit';

const CASE = '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000305';
const DOCUMENT = '0f0c1e3b-7a55-4f0b-9d11-5c2a1e000999';

function streamOf(sizes: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const size of sizes) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });
}

function postOf(sizes: number[]): Request {
  return new Request('http://portal.test/graphql', {
    method: 'POST',
    body: streamOf(sizes),
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}

describe(isUpload.name, () => {
  it.each([
    [`/api/cases/${CASE}/documents`],
    [`/cases/${CASE}/records?/upload`],
    [`/cases/${CASE}/records/${DOCUMENT}?/upload`],
  ])('lets the document upload %s be large', (path) => {
    expect(isUpload(new URL(path, 'http://portal.test'))).toBe(true);
  });

  it.each([
    ['/graphql'],
    ['/sign-in'],
    [`/cases/${CASE}/records?/delete`],
    [`/cases/${CASE}/records`],
    [`/cases/${CASE}/notes?/upload`],
    [`/api/cases/not-a-case/documents`],
    [`/api/cases/${CASE}/documents/x`],
  ])('holds %s to the API limit', (path) => {
    expect(isUpload(new URL(path, 'http://portal.test'))).toBe(false);
  });
});

describe(limitBody.name, () => {
  it('passes a body within the limit unchanged', async () => {
    const body = await limitBody(
      postOf([1000, API_BODY_LIMIT - 1000]),
      API_BODY_LIMIT,
    ).arrayBuffer();
    expect(body.byteLength).toBe(API_BODY_LIMIT);
  });

  it('fails the read with a 413 once the body passes the limit, without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request('http://portal.test/graphql', {
      method: 'POST',
      body: endless,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const thrown: unknown = await limitBody(request, API_BODY_LIMIT)
      .arrayBuffer()
      .catch((error: unknown) => error);
    expect(isHttpError(thrown, 413)).toBe(true);
    expect(failedAsTooLarge(new TypeError('fetch failed', { cause: thrown }))).toBe(true);
    expect(pulled).toBeLessThan(5);
  });

  it('does not mistake other failures for a body too large', () => {
    expect(
      failedAsTooLarge(new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') })),
    ).toBe(false);
  });
});
