/**
 * A file name for a download, safe on every operating system and in an HTTP header: no path
 * separators, reserved or control characters (line breaks included), no leading or trailing
 * dots, at most `maxStem` characters before the suffix. Accents are kept: the header also
 * carries an ASCII form (contentDisposition).
 */
export function downloadFileName(
  stem: string,
  suffix: string,
  options: { fallback: string; maxStem?: number },
): string {
  const base =
    [
      ...stem
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001F\u007F-\u009F<>:"/\\|?*\u2028\u2029]+/g, ' ')
        // Invisible and direction-changing characters could disguise the extension.
        .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]+/g, '')
        .replace(/\s+/g, ' ')
        .replace(/^[\s.]+|[\s.]+$/g, ''),
    ]
      .slice(0, options.maxStem ?? 120)
      .join('')
      .trim() || options.fallback;
  return `${base}${suffix}`;
}

/**
 * The Content-Disposition header (RFC 6266): an ASCII `filename` for old clients, with accents
 * folded ("Queja de Maria Nunez", not mangled bytes), and the exact name in UTF-8 as
 * `filename*` (RFC 5987), which every current browser prefers.
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
