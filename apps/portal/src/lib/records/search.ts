/** The API's limit on a search's length (documents.service SEARCH_MAX). */
export const SEARCH_MAX_LENGTH = 200;

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits the API's snippet, whose matches sit between « and », into parts to render as text
 * and <mark>, so nothing from a document is ever inserted as HTML.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    const close = open < 0 ? -1 : rest.indexOf('»', open + 1);
    if (open < 0 || close < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    if (close > open + 1) parts.push({ text: rest.slice(open + 1, close), match: true });
    rest = rest.slice(close + 1);
  }
  return parts;
}
