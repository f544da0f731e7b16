/**
 * `continuum-rules`: JSON on stdin, JSON on stdout. Exit 0 on success; exit 2 with ONE line
 * on stderr for any bad input (and, defensively, for anything else that goes wrong), never a
 * stack trace. This file is the only place in the package that touches the process.
 */
import { RulesInputError, describeValue } from '../errors.js';
import type { CliContext } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';

const PROGRAM = 'continuum-rules';

/**
 * Positional arguments and flags of an argv tail (after the program name).
 *
 * @example
 * ```ts
 * const parsed: ParsedArgs = { positionals: ['state', 'CA'], flags: {}, help: false };
 * ```
 */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
  help: boolean;
}

/**
 * Splits argv into positionals and flags: `--name value`, `--name=value`, a bare `--name`
 * (followed by nothing or by another flag) is `'true'`; `--` ends flag parsing.
 *
 * @example
 * ```ts
 * parseArgs(['letter', 'pwn_request', '--lang', 'es', '--format=md']);
 * // { positionals: ['letter', 'pwn_request'], flags: { lang: 'es', format: 'md' }, help: false }
 * ```
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string> = Object.create(null) as Record<string, string>;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq > 2) {
        flags[arg.slice(2, eq)] = arg.slice(eq + 1);
      } else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          flags[arg.slice(2)] = next;
          i += 1;
        } else {
          flags[arg.slice(2)] = 'true';
        }
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags, help };
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Usage: ${PROGRAM} <command> [arguments] [--flag value]`,
    '',
    'Reads JSON on stdin where a command needs input; prints JSON on stdout.',
    'Exit 0 on success, 2 on bad input (one line on stderr naming the field and value).',
    '',
    'Commands:',
    ...lines,
    '',
    'Examples:',
    `  ${PROGRAM} states`,
    `  ${PROGRAM} state NC`,
    `  echo '{"state":"CA","kind":"due_process","events":[{"type":"complaint_received","date":"2026-03-02"}]}' | ${PROGRAM} deadlines`,
    '',
  ].join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function makeContext(args: string[], flags: Record<string, string>): CliContext {
  return {
    args,
    flags,
    async readStdinJson(field = 'stdin') {
      const text = await readStdin();
      if (text.trim() === '') throw new RulesInputError(field, '', 'expected JSON input on stdin');
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'not valid JSON';
        throw new RulesInputError(field, text, `malformed JSON (${reason})`);
      }
    },
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

function fail(message: string): void {
  process.stderr.write(`${PROGRAM}: ${oneLine(message)}\n`);
  process.exitCode = 2;
}

async function write(output: string | Uint8Array): Promise<void> {
  if (typeof output === 'string') {
    if (output === '') return;
    output = output.endsWith('\n') ? output : `${output}\n`;
  }
  await new Promise<void>((resolve) => {
    process.stdout.write(output, () => resolve());
  });
}

/**
 * Runs the CLI on an argv tail and sets `process.exitCode` (0, or 2 with one line on stderr).
 *
 * @example
 * ```ts
 * await main(['state', 'NC']); // prints North Carolina's procedures
 * ```
 */
export async function main(argv: readonly string[]): Promise<void> {
  const { positionals, flags, help } = parseArgs(argv);
  const [name, ...args] = positionals;
  if (help || name === 'help') {
    await write(usage());
    process.exitCode = 0;
    return;
  }
  if (name === undefined) {
    fail(`command: missing command (got nothing); run ${PROGRAM} --help`);
    return;
  }
  const command = findCommand(name);
  if (command === undefined) {
    fail(`command: unknown command (got ${describeValue(name)}); expected one of ${COMMANDS.map((c) => c.name).join(', ')}`);
    return;
  }
  try {
    const output = await command.run(makeContext(args, flags));
    await write(output);
    process.exitCode = 0;
  } catch (error) {
    if (error instanceof RulesInputError) fail(error.message);
    else if (error instanceof Error) fail(`${command.name}: ${error.name}: ${error.message}`);
    else fail(`${command.name}: unexpected failure (got ${describeValue(error)})`);
  }
}

// A closed pipe (`continuum-rules states | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(`stdout: ${error.message}`);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(`internal: ${error instanceof Error ? error.message : describeValue(error)}`);
});
