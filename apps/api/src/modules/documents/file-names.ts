import type { AllowedContentType } from './document-content';

const EXTENSIONS: Record<AllowedContentType, string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic', 'heif'],
  'text/plain': ['txt', 'eml', 'text'],
};

const MAX_LENGTH = 200;

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control
 * or reserved characters, at most 200 characters, and an extension that matches the sniffed
 * type (appended when it does not), so a download never opens as something it is not.
 */
export function sanitizeFileName(raw: string | null | undefined, type: AllowedContentType): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const name = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const allowed = EXTENSIONS[type];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const matches = allowed.includes(extension.toLowerCase());
  const stem = (matches ? name.slice(0, dot) : name) || 'document';
  const suffix = `.${matches ? extension : allowed[0]}`;
  return `${[...stem]
    .slice(0, MAX_LENGTH - suffix.length)
    .join('')
    .trimEnd()}${suffix}`;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name (RFC 6266, 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
