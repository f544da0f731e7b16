import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * `npm run migration:new -w @continuum/api -- <kebab-name>` adds an empty migration and lists
 * it in src/migrations/index.ts. Migrations are written by hand, not generated: TypeORM's
 * generator knows nothing of row-level security, grants, triggers or the indexes the queries
 * rely on, and would propose dropping them. After writing it, `npm run codegen` records what it
 * changed in database-schema.txt (docs/architecture.md, "Changing the schema").
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new Error('give the migration a kebab-case name, e.g. `case-messages`');
  }
  const dir = resolve(__dirname, '../../src/migrations');
  const stamp = Date.now();
  const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}${stamp}`;
  const file = `${stamp}-${name}`;
  await writeFile(
    join(dir, `${file}.ts`),
    `import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Why this change: the issue, and what reads or writes what it adds. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A new tenant table: organization_id leads its primary key and every key to another
    // tenant table; ENABLE and FORCE row-level security with the tenant policy; grants to the
    // application role (see the latest migration that adds a table).
    await queryRunner.query(\`\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`\`);
  }
}
`,
    { flag: 'wx' },
  );
  const indexFile = join(dir, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const listEnd = index.lastIndexOf('];');
  await writeFile(
    indexFile,
    `${index.slice(0, listEnd)}  ${className},\n${index.slice(listEnd)}`.replace(
      '\n/** Every migration',
      `import { ${className} } from './${file}';\n\n/** Every migration`,
    ),
  );
  process.stdout.write(
    `wrote src/migrations/${file}.ts and listed it in src/migrations/index.ts\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migration:new: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
