import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { featureModules } from '../app.module';
import { buildSchema, printApiSchema } from '../platform/graphql/build-schema';

/**
 * `emit-schema.js FILE` writes the schema; `emit-schema.js --check FILE` fails when FILE
 * differs from what the code emits.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? 'schema.graphql');
  const printed = printApiSchema(await buildSchema(featureModules));
  if (check) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== printed) {
      process.stderr.write(
        `${file} is stale: it differs from the schema the code emits. Run \`npm run codegen\` and commit the result.\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${file} matches the code.\n`);
    return;
  }
  await writeFile(file, printed);
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`emit-schema: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
