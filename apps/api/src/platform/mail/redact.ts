/** Anything that looks like a secret in a URL path: a long base64url or hex run. */
const SECRET_RUN = /[A-Za-z0-9_-]{20,}/g;
/** Record ids are not secrets, and a log line with the case's id is still useful. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/g;

function redactedPathAndRest(url: URL): string {
  const path = url.pathname.replace(SECRET_RUN, (run) => (UUID.test(run) ? run : '[redacted]'));
  // A query or fragment may carry a single-use token (reset, invitation, calendar feed):
  // the log keeps where the link leads, never what opens it.
  const rest = url.search || url.hash ? '?[redacted]' : '';
  return `${path}${rest}`;
}

function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[link redacted]';
  }
  return `${url.origin}${redactedPathAndRest(url)}`;
}

/**
 * A request's path as the request log writes it: a calendar feed's path segment is its
 * credential, so token-like segments and any query are blanked as in a logged mail.
 */
export function redactRequestPath(path: string): string {
  try {
    return redactedPathAndRest(new URL(path, 'http://request.invalid'));
  } catch {
    return '[path redacted]';
  }
}

/**
 * A mail's text as it may be written to a log: every link keeps its address but loses its
 * query, fragment and any token-like path segment, and a bare `token=…` is blanked too.
 */
export function redactMailText(text: string): string {
  return text
    .replace(URL_IN_TEXT, redactUrl)
    .replace(/\b(token|code|secret)=[^\s&]+/gi, '$1=[redacted]');
}
