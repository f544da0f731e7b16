#!/usr/bin/env node
// `npm run test:runtimes [-- 22 24]`: the unit and integration suites again on other Node
// majors, using Node builds from the npm registry (the `node` package), since the machines
// carry only Node 20 (docs/toolchain.md, ADR 0012). Run after `npm test` (or `npm run build`):
// it tests the built packages and compiled catalogs, it does not rebuild them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const majors = process.argv.slice(2).length ? process.argv.slice(2) : ['22', '24'];
const say = (text) => process.stdout.write(`[runtimes] ${text}\n`);

if (!existsSync(join(root, 'apps/api/dist/main.js'))) {
  say('nothing is built: run `npm test` or `npm run build` first');
  process.exit(1);
}

/** The path of a Node binary of that major, fetched into npm's cache on first use. */
function nodeOf(major) {
  const output = execFileSync(
    'npx',
    ['--yes', '--package', `node@${major}`, '--', 'sh', '-c', 'command -v node'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return output.trim().split('\n').at(-1);
}

const failed = [];
for (const major of majors) {
  const node = nodeOf(major);
  // npm and every script it runs find `node` on the PATH: this one comes first.
  const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` };
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  say(`Node ${version}`);
  const suites = [
    ['run', 'messages', '-w', '@continuum/portal'],
    ['run', 'test', '--workspaces', '--if-present'],
    ['run', 'test:integration', '-w', '@continuum/api'],
  ];
  for (const args of suites) {
    say(`Node ${version}: npm ${args.join(' ')}`);
    const { status } = spawnSync('npm', args, { cwd: root, env, stdio: 'inherit' });
    if (status !== 0) failed.push(`Node ${version}: npm ${args.join(' ')} (exit ${status})`);
  }
}

if (failed.length) {
  say(`failed:\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
say(`passed on Node ${majors.join(' and ')}`);
