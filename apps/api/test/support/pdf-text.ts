import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A PDF parsed back by a real parser (pdfjs-dist, Mozilla's): its page count and each page's
 * text. Tests use it to check what a person would read in an exported PDF.
 */
export function readPdf(bytes: Uint8Array): { numPages: number; pages: string[] } {
  const output = execFileSync(process.execPath, [join(__dirname, 'read-pdf.mjs')], {
    input: bytes,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as { numPages: number; pages: string[] };
}
