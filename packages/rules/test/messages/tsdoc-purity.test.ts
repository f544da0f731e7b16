import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

/** `export function|const|interface|type|class Name` with the TSDoc right above it. */
function declarations(file: string): { name: string; doc: string }[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?(?:function|const|interface|type|class) (\w+)/g;
  return [...text.matchAll(pattern)].map((m) => ({ name: m[2] ?? '', doc: m[1] ?? '' }));
}

/** The names a module index re-exports. */
function exported(index: string): Set<string> {
  const text = readFileSync(join(SRC, index), 'utf8');
  return new Set([...text.matchAll(/(?:type )?(\w+)(?=[,\s}])/g)].map((m) => m[1] ?? ''));
}

const MESSAGE_FILES = readdirSync(join(SRC, 'messages')).map((f) => join('messages', f));

describe('the rules’ words and data version: public exports have TSDoc with an @example', () => {
  const names = new Set([...exported('messages/index.ts'), ...exported('states/index.ts'), 'RULES_DATA_VERSION', 'RULES_DATA_HISTORY']);
  const files = [...MESSAGE_FILES, 'version.ts', 'states/reviewed.ts'];
  const decls = files.flatMap((file) => declarations(file).map((d) => ({ ...d, file }))).filter((d) => names.has(d.name));
  // The new types of the 2026-12 corrections, in states/types.ts.
  const types = declarations('states/types.ts').filter((d) => ['LimitationStart', 'EndOfYearRule', 'CivilActionCourt'].includes(d.name));

  it('finds the public API', () => {
    expect(decls.map((d) => d.name)).toEqual(
      expect.arrayContaining(['RulesMessage', 'renderRulesMessage', 'deadlineTitle', 'eventLabel', 'proceedingKindLabel', 'RULES_DATA_VERSION', 'reviewedState', 'CORRECTIONS_2026_12']),
    );
    expect(types).toHaveLength(3);
  });

  it.each([...decls, ...types].map((d) => [d.name, d.doc] as const))('%s', (_name, doc) => {
    expect(doc).toContain('@example');
  });
});

describe('the message catalog is pure', () => {
  it.each(MESSAGE_FILES.map((f) => [f, readFileSync(join(SRC, f), 'utf8')] as const))('%s imports no I/O and reads no clock', (_file, text) => {
    expect(text).not.toMatch(/from ['"](node:)?(fs|fs\/promises|path|child_process|http|https)['"]/);
    expect(text).not.toMatch(/Date\.now\(|new Date\(/);
  });
});
