import type { CliCommand } from '../command.js';
import { command as deadlines } from './deadlines.js';
import { command as letter } from './letter.js';
import { command as questionnaire } from './questionnaire.js';
import { command as recommend } from './recommend.js';
import { command as state } from './state.js';
import { command as states } from './states.js';

/**
 * Every `continuum-rules` command, in the order `--help` lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); // ['states', 'state', 'deadlines', 'recommend', 'questionnaire', 'letter']
 * ```
 */
export const COMMANDS: readonly CliCommand[] = [states, state, deadlines, recommend, questionnaire, letter];

/**
 * The command with this name, if any.
 *
 * @example
 * ```ts
 * findCommand('state')?.summary;
 * ```
 */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
