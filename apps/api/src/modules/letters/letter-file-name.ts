export type LetterExportFormat = 'docx' | 'pdf';

export const LETTER_CONTENT_TYPES: Record<LetterExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * A file name for a letter's download, safe on every operating system and in an HTTP header:
 * no path separators, reserved or control characters, no leading dots, at most 120
 * characters before the extension. Accents are kept (the header also carries an ASCII form).
 */
export function letterFileName(title: string, version: number, format: LetterExportFormat): string {
  const base =
    title
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F<>:"/\\|?*\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 120)
      .trim() || 'letter';
  return `${base} v${version}.${format}`;
}

/**
 * The Content-Disposition header (RFC 6266): an ASCII `filename` for old clients, with accents
 * folded ("Queja ante el estado", not "Queja ante el estado" mangled), and the exact name in
 * UTF-8 as `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
