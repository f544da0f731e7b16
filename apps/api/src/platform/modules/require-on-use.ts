/**
 * Loads a module when a feature first needs it rather than when the API starts. The
 * exporters (exceljs, the letter renderers with pdfkit and docx, fontkit) together add about
 * 65 MB to a process; most API processes never export anything (issue 16: memory under load).
 */
export function requireOnUse<T>(id: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point: on first use
  return require(id) as T;
}
