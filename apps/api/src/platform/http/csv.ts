import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { contentDisposition } from './download-file-name';

export type CsvCell = string | number | null;

/**
 * Excel reads a CSV file without a byte-order mark in the machine's legacy code page, so
 * "Evaluación" opens as "EvaluaciÃ³n"; with it, Excel and LibreOffice read UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

// OWASP "CSV Injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice or Google Sheets (the full-width forms by Apple Numbers, which normalizes them).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const LINE_START = /(^|\r\n|\r|\n)(?=[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Prefixes `'` to a text that a spreadsheet would run as a formula, at the start of the cell
 * and of every line inside it: a quoted cell's later lines are not formulas, but a program
 * that splits records on any line break (or a person pasting the cell) would make them one.
 */
export function escapeFormulas(text: string): string {
  const escaped = text.replace(LINE_START, `$1'`);
  return FORMULA_START.test(escaped) ? `'${escaped}` : escaped;
}

/**
 * Every CSV the API writes goes through here (RFC 4180, CRLF records, one header row): a
 * field holding a line break of any kind (CR, LF or both) is quoted, so it stays in its
 * cell, and text that would run as a formula is escaped. Numbers are written as numbers.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      header: true,
      columns: [...columns],
      // csv-stringify quotes only fields holding the record delimiter (CRLF): a bare LF or CR
      // was written unquoted and started a new row in every spreadsheet.
      quoted_match: /[\r\n]/,
      cast: { string: escapeFormulas },
      record_delimiter: 'windows',
    },
  );
}

/**
 * CSV text as a file download named `fileName`: UTF-8 with a byte-order mark, never cached
 * (the rows are a child's records).
 */
export function sendCsv(res: Response, fileName: string, csv: string): StreamableFile {
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const bytes = Buffer.from(UTF8_BOM + csv, 'utf8');
  return new StreamableFile(bytes, {
    type: 'text/csv; charset=utf-8',
    disposition: contentDisposition(fileName),
    length: bytes.byteLength,
  });
}
