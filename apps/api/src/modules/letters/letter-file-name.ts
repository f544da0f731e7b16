import { downloadFileName } from '../../platform/http/download-file-name';

export type LetterExportFormat = 'docx' | 'pdf';

export const LETTER_CONTENT_TYPES: Record<LetterExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * A file name for a letter's download: the title (accents kept, nothing a file system or an
 * HTTP header would refuse, at most 120 characters), then the version and the extension.
 */
export function letterFileName(title: string, version: number, format: LetterExportFormat): string {
  return downloadFileName(title, ` v${version}.${format}`, { fallback: 'letter' });
}
