import { writeFile } from 'node:fs/promises';
import { RulesInputError } from '../../errors.js';
import { parseLang } from '../../intake/lang.js';
import { buildLetter, parseLetterTemplateId, renderMarkdown } from '../../letters/index.js';
import type { CliCommand } from '../command.js';

const FORMATS = ['md', 'docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'md';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new RulesInputError('format', value, 'must be md, docx or pdf');
}

/**
 * `continuum-rules letter <template> [--lang en|es] [--format md|docx|pdf] [--out FILE]`:
 * reads a case's facts as JSON on stdin and writes the letter. Markdown goes to stdout; DOCX
 * and PDF bytes go to stdout too unless `--out` names a file, which the command writes.
 *
 * @example
 * ```sh
 * continuum-rules letter records_request --lang es --format pdf --out carta.pdf < facts.json
 * continuum-rules letter pwn_request < facts.json > letter.md
 * ```
 */
export const command: CliCommand = {
  name: 'letter',
  summary:
    'Fill a letter template from facts on stdin (--lang en|es, --format md|docx|pdf, --out FILE)',
  async run(ctx) {
    const template = parseLetterTemplateId(ctx.args[0], 'template');
    const lang = parseLang(ctx.flags.lang, 'lang');
    const format = parseFormat(ctx.flags.format);
    const out = ctx.flags.out;
    if (out === 'true' || out === '') throw new RulesInputError('out', out, 'needs a file name');
    const facts = await ctx.readStdinJson('facts');
    const doc = buildLetter(template, facts, lang);
    let output: string | Uint8Array;
    if (format === 'md') {
      output = renderMarkdown(doc);
    } else {
      // Loaded only when needed: docx and pdfkit are not part of the pure core.
      const render = await import('../../letters/render/index.js');
      output = format === 'docx' ? await render.renderDocx(doc) : await render.renderPdf(doc);
    }
    if (out === undefined) return output;
    try {
      await writeFile(out, output);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'cannot write the file';
      throw new RulesInputError('out', out, reason);
    }
    return '';
  },
};
