import type { CliCommand } from '../command.js';

/**
 * `continuum-rules questionnaire [--lang en|es]`: prints the current intake questionnaire.
 *
 * @example
 * ```sh
 * continuum-rules questionnaire --lang es
 * ```
 */
export const command: CliCommand = {
  name: 'questionnaire',
  summary: 'Print the current intake questionnaire with its version (--lang en|es)',
  run() {
    return Promise.resolve(`${JSON.stringify({ version: null, questions: [] })}\n`);
  },
};
