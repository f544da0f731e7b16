import { listStates } from '../../states/index.js';
import type { CliCommand } from '../command.js';

/**
 * `continuum-rules states`: the procedures of the 51 jurisdictions as a JSON array.
 *
 * @example
 * ```sh
 * continuum-rules states | jq '.[].code'
 * ```
 */
export const command: CliCommand = {
  name: 'states',
  summary: 'List the procedures of all 50 states and DC ({code, name, ...} for each)',
  run() {
    return Promise.resolve(JSON.stringify(listStates()));
  },
};
