import { execFile } from 'node:child_process';
import { join } from 'node:path';
import mammoth from 'mammoth';

/** The text of a DOCX, read back by a real DOCX reader (mammoth). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

/** A PDF's page count and text, read back by pdfjs-dist in a child node process. */
export interface PdfText {
  pages: number;
  text: string;
  /** Each page's text, in order. */
  pageTexts: string[];
}

export function pdfText(bytes: Uint8Array): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-text.mjs')],
      { maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`pdf-text failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as PdfText);
      },
    );
    child.stdin!.end(Buffer.from(bytes));
  });
}
