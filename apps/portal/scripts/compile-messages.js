// Compiles messages/*.json into src/lib/paraglide so that svelte-check, eslint, vitest and the
// build see the same typed message functions; the output is not committed.
//
// It is the turbo task `messages` (turbo.json), which build, lint, typecheck and test depend on;
// a Vite dev server or a second checkout's run may read the folder while it runs. So the compiler
// writes to a private folder, and only files whose content changed are moved into place, each
// with an atomic rename: a concurrent reader sees the old file or the new one, never half.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.js';

const portalDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(portalDir, paraglideOptions.outdir);

/** @param {string} dir @returns {string[]} files under dir, relative to it */
function listFiles(dir, base = dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}

/** @param {string} path */
function readOrNull(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * A copy of project.inlang in `dir` with every path made absolute. The inlang SDK writes a
 * README, metadata and a plugin cache into the project folder, some of it after compile()
 * has returned; pointed at a copy, none of that lands in the source tree.
 *
 * @param {string} dir
 */
function copyProject(dir) {
  const projectDir = join(portalDir, paraglideOptions.project);
  const settings = JSON.parse(readFileSync(join(projectDir, 'settings.json'), 'utf8'));
  /** @param {string} path */
  const absolute = (path) => (isAbsolute(path) ? path : join(portalDir, path));
  settings.modules = (settings.modules ?? []).map((/** @type {string} */ module) =>
    module.startsWith('http') ? module : absolute(module),
  );
  const messageFormat = settings['plugin.inlang.messageFormat'];
  // One catalog per feature (messages/<feature>/{locale}.json) besides the shared one, so that
  // work on different parts of the portal does not collide in one file.
  if (messageFormat) {
    const patterns = [messageFormat.pathPattern].flat();
    messageFormat.pathPattern = patterns.map((/** @type {string} */ pattern) => absolute(pattern));
  }
  const copy = join(dir, 'project.inlang');
  mkdirSync(copy, { recursive: true });
  writeFileSync(join(copy, 'settings.json'), JSON.stringify(settings, null, 2));
  return copy;
}

const started = performance.now();
mkdirSync(join(portalDir, '.svelte-kit'), { recursive: true });
const staging = mkdtempSync(join(portalDir, '.svelte-kit', 'paraglide-'));
try {
  const compiled = join(staging, 'out');
  await compile({ ...paraglideOptions, project: copyProject(staging), outdir: compiled });

  const fresh = listFiles(compiled);
  let changed = 0;
  for (const file of fresh) {
    const content = readFileSync(join(compiled, file));
    const target = join(outdir, file);
    if (readOrNull(target)?.equals(content)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
    changed++;
  }
  for (const file of listFiles(outdir)) {
    if (!fresh.includes(file) && !file.endsWith('.tmp'))
      rmSync(join(outdir, file), { force: true });
  }

  console.log(
    `paraglide: ${fresh.length} files, ${changed} changed, in ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  rmSync(staging, { recursive: true, force: true });
}
// The SDK leaves handles open (a file-system worker) for about 30 s after the work is done;
// do not wait for them.
process.exit(0);
