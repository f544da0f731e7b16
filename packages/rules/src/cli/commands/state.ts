import { RulesInputError } from '../../errors.js';
import { getState } from '../../states/index.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules state <CODE>`: one jurisdiction's procedures, every field with its source
 * and confidence.
 *
 * @example
 * ```sh
 * continuum-rules state NC
 * ```
 */
export const command: CliCommand = {
  name: 'state',
  summary: "Print one state's procedures, e.g. `state CA` (each field with source and confidence)",
  run(ctx) {
    const code = ctx.args[0];
    if (code === undefined) {
      return Promise.reject(new RulesInputError('state', code, 'expected a state code argument, e.g. `state CA`'));
    }
    try {
      return Promise.resolve(JSON.stringify(getState(code)));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};
