/**
 * Case records are written in English or Spanish, and their search vectors hold both
 * stemmings (the documents and case-logs migrations): a query is matched in both too. The
 * words are read as web-search syntax ("quoted phrase", or, -word), which never fails to parse.
 */
export function bilingualTsQuery(parameter: string): string {
  return `(websearch_to_tsquery('english', :${parameter}) || websearch_to_tsquery('spanish', :${parameter}))`;
}

/** ts_headline options for every search hit's snippet: matches between « and ». */
export const HEADLINE_OPTIONS =
  'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';
