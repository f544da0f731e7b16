import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The command line of a file the code generates and the repository commits: `SCRIPT FILE`
 * writes it, `SCRIPT --check FILE` fails when the committed file differs from what the code
 * makes now. `make` runs only once the arguments are read.
 */
export async function emitGeneratedFile(
  defaultFile: string,
  make: () => Promise<string>,
): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? defaultFile);
  const made = await make();
  if (check) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== made) {
      process.stderr.write(
        `${file} is stale: it differs from what the code makes. Run \`npm run codegen\` and commit the result.\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${file} matches the code.\n`);
    return;
  }
  await writeFile(file, made);
  process.stdout.write(`wrote ${file}\n`);
}

/** Ends a generator's process with one line on stderr instead of a stack trace. */
export function failGenerator(name: string) {
  return (error: unknown): void => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
}
