import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { m } from '$lib/paraglide/messages';

/**
 * Which origins may post forms to the portal. SvelteKit's own check compares a form post's
 * `Origin` with the one origin adapter-node is given (`ORIGIN`), and its `csrf.trustedOrigins`
 * is fixed at build time; the same build must serve `http://localhost:5173` and
 * `http://127.0.0.1:5173` under `npm start`, and its public address in production. So
 * svelte.config.js hands the check to this hook (`trustedOrigins: ['*']`, SvelteKit 2.36+),
 * which reads the list at run time and refuses in words a person can act on.
 */

/** Methods a cross-site HTML form (or a no-preflight fetch) can send with a body. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The content types a cross-site form can send without a CORS preflight. */
const FORM_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

/** Where the refusal is rendered (in the layout, in the person's language). */
export const FORM_REFUSED_PATH = '/form-refused';

/**
 * The origins in `value` (PORTAL_ORIGINS: separated by commas or spaces), each normalized
 * (`http://LOCALHOST:5173/` → `http://localhost:5173`). Throws naming the variable when an entry
 * is not an http(s) origin, so a typo stops the portal at its first request instead of refusing
 * every form.
 */
export function parseOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/)) {
    if (!entry) continue;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username;
    if (!url || !bare || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(
        `PORTAL_ORIGINS: "${entry}" is not an origin; write each as scheme://host[:port], e.g. https://continuum.example.org`,
      );
    }
    origins.push(url.origin);
  }
  return origins;
}

let parsed: { value: string | undefined; origins: string[] } = { value: '', origins: [] };

/** PORTAL_ORIGINS, parsed once per value. */
function configuredOrigins(): string[] {
  if (parsed.value !== env.PORTAL_ORIGINS) {
    parsed = { value: env.PORTAL_ORIGINS, origins: parseOrigins(env.PORTAL_ORIGINS) };
  }
  return parsed.origins;
}

/**
 * Whether `origin` (a request's `Origin` header) is one the portal serves: its own (`url`, from
 * adapter-node's ORIGIN) or one listed in PORTAL_ORIGINS. A missing header is not.
 */
export function isServedOrigin(
  origin: string | null,
  url: URL,
  configured: readonly string[] = configuredOrigins(),
): boolean {
  if (!origin) return false;
  return origin === url.origin || configured.includes(origin);
}

/**
 * Whether SvelteKit's CSRF rule refuses `request`: a form-encoded body sent with an unsafe
 * method from an origin the portal does not serve. JSON (the `/graphql` proxy) is not a form:
 * a cross-site page cannot send it without a preflight, and Apollo's CSRF prevention checks it.
 */
export function isRefusedFormPost(
  request: Request,
  url: URL,
  configured: readonly string[] = configuredOrigins(),
): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (!FORM_CONTENT_TYPES.includes(type)) return false;
  return !isServedOrigin(request.headers.get('origin'), url, configured);
}

/**
 * The refusal page, rendered in-process (a GET through the same hooks) so it has the layout and
 * the person's language, and answered with the refusal's 403 at the address that was posted to.
 */
async function refusalPage(event: RequestEvent): Promise<Response> {
  const page = await event.fetch(FORM_REFUSED_PATH);
  return new Response(page.body, { status: 403, headers: page.headers });
}

/**
 * Refuses a form post from an origin the portal does not serve, before any action runs or any
 * body is read: an enhanced form gets an ActionResult that `use:enhance` shows as the error
 * page, a browser's plain post the refusal page, anything else a JSON error.
 */
export const handleFormOrigin: Handle = async ({ event, resolve }) => {
  if (!isRefusedFormPost(event.request, event.url)) return resolve(event);
  if (event.request.headers.get('x-sveltekit-action') === 'true') {
    return json(
      {
        type: 'error',
        status: 403,
        error: { message: m.form_refused_title(), formRefused: event.url.origin },
      },
      { status: 403 },
    );
  }
  if (event.request.headers.get('accept')?.includes('text/html')) return refusalPage(event);
  return json({ code: 'FORM_ORIGIN_REFUSED', message: m.form_refused_title() }, { status: 403 });
};
