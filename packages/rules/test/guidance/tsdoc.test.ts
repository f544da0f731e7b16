import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src');
const OWNED = [
  'pathways',
  'intake',
  'letters',
  'cli/commands/recommend.ts',
  'cli/commands/questionnaire.ts',
  'cli/commands/letter.ts',
];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

/** Public declarations: `export function|const|interface|type|class` reachable from an index. */
function declarations(path: string): { name: string; doc: string }[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const found: { name: string; doc: string }[] = [];
  const pattern =
    /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|const|interface|type|class) (\w+)/g;
  for (const match of text.matchAll(pattern))
    found.push({ name: match[2] ?? '', doc: match[1] ?? '' });
  return found;
}

// Only what the package index or the render entry re-exports is public.
function publicNames(): Set<string> {
  const names = new Set<string>();
  for (const index of [
    'pathways/index.ts',
    'intake/index.ts',
    'letters/index.ts',
    'letters/render/index.ts',
  ]) {
    const text = readFileSync(join(ROOT, index), 'utf8');
    for (const match of text.matchAll(/(?:type )?(\w+)(?=[,\s}])/g)) names.add(match[1] ?? '');
  }
  names.add('command');
  return names;
}

describe('every public export has TSDoc with an @example', () => {
  const names = publicNames();
  const decls = OWNED.flatMap(files)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => declarations(file).map((d) => ({ ...d, file })))
    .filter((d) => names.has(d.name));

  it('finds the public API', () => {
    expect(decls.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'recommend',
        'getQuestionnaire',
        'buildLetter',
        'renderPdf',
        'renderDocx',
        'renderMarkdown',
      ]),
    );
  });

  it.each(decls.map((d) => [`${d.file}: ${d.name}`, d.doc] as const))('%s', (_name, doc) => {
    expect(doc).toContain('@example');
  });
});
