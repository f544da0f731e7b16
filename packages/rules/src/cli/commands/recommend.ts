import type { CliCommand } from '../command.js';

/**
 * `continuum-rules recommend [--lang en|es]`: reads intake facts as JSON on stdin and prints
 * the ranked pathways and warnings.
 *
 * @example
 * ```sh
 * echo '{"state":"CA","planType":"iep","issues":["services_insufficient"],"today":"2026-11-23"}' \
 *   | continuum-rules recommend --lang es
 * ```
 */
export const command: CliCommand = {
  name: 'recommend',
  summary: 'Rank dispute pathways and warnings for intake facts read from stdin (--lang en|es)',
  async run(ctx) {
    const input = await ctx.readStdinJson();
    return `${JSON.stringify({ pathways: [], warnings: [], input })}\n`;
  },
};
