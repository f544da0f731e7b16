import { getQuestionnaire } from '../../intake/index.js';
import { parseLang } from '../../intake/lang.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules questionnaire [--lang en|es]`: prints the current intake questionnaire
 * with its version, questions, help text, answer types, choices and branching.
 *
 * @example
 * ```sh
 * continuum-rules questionnaire --lang es | jq .version   # "2026-11.1"
 * ```
 */
export const command: CliCommand = {
  name: 'questionnaire',
  summary: 'Print the current intake questionnaire with its version (--lang en|es)',
  run(ctx) {
    try {
      return Promise.resolve(
        `${JSON.stringify(getQuestionnaire(parseLang(ctx.flags.lang, 'lang')))}\n`,
      );
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};
