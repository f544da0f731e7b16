import { parseLang } from '../../intake/lang.js';
import { recommend, type RecommendInput } from '../../pathways/index.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules recommend [--lang en|es]`: reads intake facts as JSON on stdin and prints
 * `{"pathways":[{id, rank, reason, basis, ...}], "warnings":[{id, message, basis, ...}]}`.
 *
 * @example
 * ```sh
 * echo '{"state":"NC","planType":"iep","issues":["placement_change"],"districtDecisionDate":"2026-01-10","changeInEffect":false,"today":"2026-11-23"}' \
 *   | continuum-rules recommend --lang es
 * ```
 */
export const command: CliCommand = {
  name: 'recommend',
  summary: 'Rank dispute pathways and warnings for intake facts on stdin (--lang en|es)',
  async run(ctx) {
    const lang = parseLang(ctx.flags.lang, 'lang');
    const input = await ctx.readStdinJson();
    // recommend validates every field of the untrusted JSON itself.
    return `${JSON.stringify(recommend(input as RecommendInput, lang))}\n`;
  },
};
