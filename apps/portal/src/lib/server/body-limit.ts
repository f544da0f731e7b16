import { error, json, type Handle, type HttpError } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/**
 * The largest request body the portal reads for anything but a document upload: the API's
 * own limit for a JSON or form body (Nest's body parser, 100 KB). The portal's forms turn
 * into GraphQL operations of about their own size, so nothing larger could be accepted
 * upstream; reading it would only cost the portal memory, before sign-in is even checked.
 */
export const API_BODY_LIMIT = 100 * 1024;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** The streamed upload proxy, and the upload form actions for a browser without JavaScript. */
const UPLOAD_PROXY = new RegExp(`^/api/cases/${uuid}/documents$`, 'i');
const UPLOAD_PAGE = new RegExp(`^/cases/${uuid}/records(/${uuid})?$`, 'i');

/**
 * Whether the request is a document upload. Those alone may be large, and are streamed to the
 * API as they arrive; adapter-node's BODY_SIZE_LIMIT (51M, just above the API's 50 MB
 * DOCUMENT_MAX_BYTES) bounds them.
 */
export function isUpload(url: URL): boolean {
  if (UPLOAD_PROXY.test(url.pathname)) return true;
  return UPLOAD_PAGE.test(url.pathname) && url.search === '?/upload';
}

/** SvelteKit's 413, worded for the person, as a value (the route's body read rejects with it). */
function tooLarge(): HttpError {
  try {
    error(413, m.error_body_too_large());
  } catch (thrown) {
    return thrown as HttpError;
  }
}

/**
 * `request` with its body cut off once more than `limit` bytes have arrived: reading it then
 * fails with `tooLarge()`, a 413. The rest is not read (nor the connection torn down), so the
 * answer still reaches the client.
 */
export function limitBody(request: Request, limit: number): Request {
  const source = request.body;
  if (!source) return request;
  const reader = source.getReader();
  let size = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      size += value.byteLength;
      if (size > limit) {
        reader.releaseLock();
        controller.error(tooLarge());
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Request(request, { body, duplex: 'half' } as RequestInit & { duplex: 'half' });
}

/**
 * Refuses a body larger than the API accepts before reading it: at once when its
 * Content-Length says so, else as soon as the streamed body passes the limit. Runs after the
 * locale is known, so the 413 is worded in the person's language.
 */
export const handleBodyLimit: Handle = ({ event, resolve }) => {
  if (event.request.body === null || isUpload(event.url)) return resolve(event);
  const declared = Number(event.request.headers.get('content-length') ?? 0);
  if (declared > API_BODY_LIMIT) {
    // A browser's form post gets the error page; anything else the API's JSON error shape.
    if (event.request.headers.get('accept')?.includes('text/html')) {
      error(413, m.error_body_too_large());
    }
    return json({ code: 'PAYLOAD_TOO_LARGE', message: m.error_body_too_large() }, { status: 413 });
  }
  event.request = limitBody(event.request, API_BODY_LIMIT);
  return resolve(event);
};

/** Whether a failed fetch failed because the body it was sending was refused as too large. */
export function failedAsTooLarge(thrown: unknown): boolean {
  // fetch rejects with a TypeError whose cause is the body stream's error: ours, or
  // adapter-node's once BODY_SIZE_LIMIT is passed; both carry the status 413.
  let cause = thrown;
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    if ((cause as { status?: unknown }).status === 413) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
