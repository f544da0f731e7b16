/**
 * Letter templates (part 7): a case's facts in, a document model out, rendered to Markdown
 * here. DOCX and PDF renderers live in `./render` (the `@continuum/rules/render` entry) so
 * that this pure core never loads docx or pdfkit.
 */
export {
  type LetterBlock,
  type LetterDocument,
  type PrintableDocument,
  renderMarkdown,
} from './document.js';
export {
  type LetterDistrict,
  type LetterFacts,
  type LetterPerson,
  type LetterStudent,
  type LetterTemplateId,
  letterTemplateIds,
  parseLetterTemplateId,
  requiredLetterFacts,
  validateLetterFacts,
} from './facts.js';
export { type LetterTemplateInfo, buildLetter, letterTemplates } from './build.js';
