/**
 * The one error the rules package throws for bad input: a malformed or impossible date, an
 * unknown state, proceeding kind, event, issue or template, a value of the wrong type.
 *
 * `field` is a dotted path into the input (`events[2].date`, `state`, `stdin`) so that the
 * CLI, the API and the portal can point at the offending answer. The CLI turns it into exit
 * code 2 with the message on one line of stderr.
 *
 * @example
 * ```ts
 * try {
 *   getState('ZZ');
 * } catch (error) {
 *   if (error instanceof RulesInputError) console.log(error.field, error.value); // state ZZ
 * }
 * ```
 */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';

  constructor(
    readonly field: string,
    readonly value: unknown,
    message: string,
  ) {
    super(`${field}: ${message} (got ${describeValue(value)})`);
  }
}

/**
 * A short, single-line rendering of an input value for error messages. Long values are cut so
 * an error line stays readable; newlines never survive.
 *
 * @example
 * ```ts
 * describeValue('2025-02-30'); // '"2025-02-30"'
 * describeValue({ a: 1 });     // '{"a":1}'
 * ```
 */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'bigint') text = `${value.toString()}n`;
  else if (typeof value === 'function' || typeof value === 'symbol') text = typeof value;
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  text = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
