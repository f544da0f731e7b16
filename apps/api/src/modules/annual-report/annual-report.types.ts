import type { Bilingual, ReportConfidence, ReportListName } from '@continuum/rules';

/**
 * One program year's Part 1, as computed from the records (or as frozen when submitted). The
 * service computes it; the page, the CSV, the workbook and the PDF all render this one shape, so
 * they cannot disagree.
 */
export interface AnnualReportData {
  organizationName: string;
  /** The program year that ends on September 30 of this year. */
  programYear: number;
  /** ISO dates, inclusive, in the organization's time zone. */
  start: string;
  end: string;
  timeZone: string;
  /** Every fixed line of REPORT_LINES (I.A1–I.A6, I.B1a–I.B3d, II.1, IV.A1–IV.A5, ADR), in that order. */
  lines: AnnualReportLine[];
  /** Section III: one table per list (age bands, disability categories, race/ethnicity, languages). */
  demographics: AnnualReportTable[];
  /** Section V: one row per outreach kind of the organization's list. */
  outreach: AnnualReportRow[];
  /** Present when the year was marked as submitted: the snapshot is this very object, frozen. */
  submitted: { at: string; byName: string | null } | null;
}

export interface AnnualReportLine {
  code: string;
  section: string;
  label: Bilingual;
  confidence: ReportConfidence;
  value: number;
}

export interface AnnualReportTable {
  list: Exclude<ReportListName, 'contactTopics' | 'outreachKinds'>;
  confidence: ReportConfidence;
  /** The list's items, then 'declined' (prefer not to say) and 'unknown' (never asked). */
  rows: AnnualReportRow[];
}

export interface AnnualReportRow {
  code: string;
  label: Bilingual;
  value: number;
}
