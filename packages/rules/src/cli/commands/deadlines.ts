import { computeDeadlinesFromInput } from '../../proceedings/index.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules deadlines`: reads `{"state","kind","filedBy"?,"events":[{"type","date"}],
 * "calendar"?}` on stdin and prints `{"deadlines":[...]}`.
 *
 * @example
 * ```sh
 * echo '{"state":"NC","kind":"due_process","events":[{"type":"complaint_received","date":"2026-03-02"}]}' \
 *   | continuum-rules deadlines
 * ```
 */
export const command: CliCommand = {
  name: 'deadlines',
  summary: 'Compute the deadlines of a proceeding from its events (JSON on stdin)',
  async run(ctx) {
    const input = await ctx.readStdinJson();
    return JSON.stringify({ deadlines: computeDeadlinesFromInput(input) });
  },
};
