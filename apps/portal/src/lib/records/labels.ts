import type { DocumentType, DocumentVisibility } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** The API's document types in the order the upload form offers them. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'IEP',
  'EVALUATION',
  'PROGRESS_REPORT',
  'PRIOR_WRITTEN_NOTICE',
  'NOTICE',
  'EMAIL',
  'MEDICAL',
  'OTHER',
];

const TYPE_LABELS: Record<DocumentType, () => string> = {
  IEP: m.records_type_iep,
  EVALUATION: m.records_type_evaluation,
  PROGRESS_REPORT: m.records_type_progress_report,
  PRIOR_WRITTEN_NOTICE: m.records_type_prior_written_notice,
  NOTICE: m.records_type_notice,
  EMAIL: m.records_type_email,
  MEDICAL: m.records_type_medical,
  OTHER: m.records_type_other,
};

export function documentTypeLabel(type: DocumentType): string {
  return TYPE_LABELS[type]();
}

export function visibilityLabel(visibility: DocumentVisibility): string {
  return visibility === 'INTERNAL'
    ? m.records_visibility_internal()
    : m.records_visibility_shared();
}

/** A byte count as people read it: "850 KB", "2.4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** A YYYY-MM-DD date in the reader's language, read as a calendar day (no time zone shift). */
export function formatDocumentDate(day: string | null | undefined, locale: Locale): string {
  if (!day) return m.records_undated();
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)),
  );
}

/** How the portal can show a file in the browser, from its sniffed type; null: download only. */
export function previewKind(contentType: string): 'pdf' | 'image' | null {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType === 'image/png' || contentType === 'image/jpeg') return 'image';
  return null;
}

/** The portal's address for a document's bytes (the proxy to the API). */
export function contentHref(
  documentId: string,
  options: { versionId?: string; inline?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (options.versionId) query.set('version', options.versionId);
  if (options.inline) query.set('inline', '1');
  const path = `/api/documents/${encodeURIComponent(documentId)}/content`;
  return query.size > 0 ? `${path}?${query.toString()}` : path;
}
