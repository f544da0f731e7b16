/** A piece of a mail's plain text: words to show as they are, or an address to link. */
export type TextSegment = { kind: 'text'; value: string } | { kind: 'link'; value: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// A sentence may end right after an address ("open https://…/accept?token=abc."): the full
// stop belongs to the sentence, not to the link.
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * Splits plain text into text and http(s) links, so the development mailbox can make a
 * mail's links clickable without rendering any of its text as HTML.
 *
 * @example
 *   splitLinks('Open https://example.org/a.') // text 'Open ', link 'https://example.org/a', text '.'
 */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    if (start > last) segments.push({ kind: 'text', value: text.slice(last, start) });
    segments.push({ kind: 'link', value: link });
    last = start + link.length;
  }
  if (last < text.length) segments.push({ kind: 'text', value: text.slice(last) });
  return segments;
}
