import type { ReportListFieldsFragment } from '@continuum/graphql-client';

/** A report list's items as choices in the reader's language (codes never shown). */
export function choices(
  lists: ReportListFieldsFragment[],
  name: string,
  locale: string,
): { code: string; label: string }[] {
  const list = lists.find((l) => l.name === name);
  return (list?.items ?? []).map((item) => ({
    code: item.code,
    label: locale === 'es' ? item.label.es : item.label.en,
  }));
}
