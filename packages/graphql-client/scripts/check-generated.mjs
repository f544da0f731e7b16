// Regenerates the client into a temporary folder and fails when src/generated differs, so a
// schema or document change cannot land without its generated types (`npm test` runs this).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = join(packageDir, 'src', 'generated');
const require = createRequire(import.meta.url);
const codegenBin = join(
  dirname(require.resolve('@graphql-codegen/cli/package.json')),
  'cjs/bin.js',
);

/** Every file under `dir`, as paths relative to it, sorted. */
function listFiles(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
    })
    .sort();
}

const freshDir = mkdtempSync(join(tmpdir(), 'continuum-graphql-client-'));
try {
  const run = spawnSync(process.execPath, [codegenBin, '--config', 'codegen.ts', '--silent'], {
    cwd: packageDir,
    env: { ...process.env, GRAPHQL_CLIENT_OUT: freshDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) {
    console.error('graphql-codegen failed; see the output above.');
    process.exit(run.status ?? 1);
  }

  const fresh = listFiles(freshDir);
  const committed = listFiles(committedDir);
  const stale = [
    ...fresh.filter((file) => !committed.includes(file)).map((file) => `missing: ${file}`),
    ...committed.filter((file) => !fresh.includes(file)).map((file) => `extra: ${file}`),
    ...fresh
      .filter((file) => committed.includes(file))
      .filter(
        (file) =>
          readFileSync(join(freshDir, file), 'utf8') !==
          readFileSync(join(committedDir, file), 'utf8'),
      )
      .map((file) => `differs: ${file}`),
  ];

  if (stale.length > 0) {
    console.error('generated client is stale: run npm run codegen');
    for (const line of stale) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`generated client is up to date (${fresh.length} file(s)).`);
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}
