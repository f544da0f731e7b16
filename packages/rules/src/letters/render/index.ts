/**
 * `@continuum/rules/render`: DOCX and PDF renderers for letters. A separate entry so that the
 * pure core (`@continuum/rules`) never loads docx, pdfkit or font files.
 */
export { renderDocx } from './docx.js';
export { renderPdf } from './pdf.js';
