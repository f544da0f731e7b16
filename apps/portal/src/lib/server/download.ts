/**
 * A download's Content-Disposition (RFC 6266) for a file the portal makes itself (the public
 * starter kit); files from the API come with the API's own header. The name is made safe on
 * every operating system (no path separators, reserved or control characters), an ASCII
 * `filename` with accents folded serves old clients and the exact name travels in UTF-8 as
 * `filename*` (RFC 5987), which current browsers prefer. The same rules as the API's
 * `platform/http/download-file-name.ts`.
 *
 * @example
 *   attachment('Kit de inicio para Sofía', '.pdf');
 *   // `attachment; filename="Kit de inicio para Sofia.pdf"; filename*=UTF-8''Kit%20de%20inicio%20para%20Sof%C3%ADa.pdf`
 */
export function attachment(stem: string, suffix: string, fallback = 'download'): string {
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
      .slice(0, 120)
      .join('')
      .trim() || fallback;
  const fileName = `${base}${suffix}`;
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
