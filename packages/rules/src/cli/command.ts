/**
 * What the CLI passes to a command. `args` are the positional arguments after the command
 * name; `flags` are `--name value` / `--name=value` pairs (a bare `--name` is `'true'`).
 *
 * @example
 * ```ts
 * // continuum-rules letter records_request --lang es
 * ctx.args;  // ['records_request']
 * ctx.flags; // { lang: 'es' }
 * ```
 */
export interface CliContext {
  readonly args: string[];
  readonly flags: Record<string, string>;
  /**
   * Reads all of stdin and parses it as JSON. Throws `RulesInputError` naming `field`
   * (default `"stdin"`) when stdin is empty or not valid JSON.
   */
  readStdinJson(field?: string): Promise<unknown>;
}

/**
 * One `continuum-rules` sub-command. `run` returns what goes to stdout (a string gets a
 * trailing newline if it lacks one; bytes are written as they are). A command that writes a
 * file itself (`letter --out`) returns `''`. Bad input is reported by throwing
 * `RulesInputError`; the CLI maps it to exit code 2 with one line on stderr.
 *
 * @example
 * ```ts
 * export const command: CliCommand = {
 *   name: 'states',
 *   summary: 'List the 51 jurisdictions',
 *   run: () => Promise.resolve(JSON.stringify(listStates())),
 * };
 * ```
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  run(ctx: CliContext): Promise<string | Uint8Array>;
}
