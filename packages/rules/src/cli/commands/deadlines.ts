import { parseLang } from '../../intake/lang.js';
import { renderRulesMessage } from '../../messages/index.js';
import { computeDeadlinesFromInput } from '../../proceedings/index.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules deadlines [--lang en|es]`: reads `{"state","kind","filedBy"?,"events":
 * [{"type","date"}],"calendar"?}` on stdin and prints `{"deadlines":[...]}`. Each deadline's
 * `note` is in the language asked for (English by default); `message` is the same note as a
 * catalog key with its parameters.
 *
 * @example
 * ```sh
 * echo '{"state":"NC","kind":"due_process","events":[{"type":"complaint_received","date":"2026-03-02"}]}' \
 *   | continuum-rules deadlines --lang es
 * ```
 */
export const command: CliCommand = {
  name: 'deadlines',
  summary: 'Compute the deadlines of a proceeding from its events (JSON on stdin; --lang en|es for the notes)',
  async run(ctx) {
    const lang = parseLang(ctx.flags.lang, 'lang');
    const input = await ctx.readStdinJson();
    const deadlines = computeDeadlinesFromInput(input).map((d) => (lang === 'en' ? d : { ...d, note: renderRulesMessage(d.message, lang) ?? d.note }));
    return JSON.stringify({ deadlines });
  },
};
