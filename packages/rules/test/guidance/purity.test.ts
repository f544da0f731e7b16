import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

// The pure core of parts 5-7: everything but the DOCX/PDF renderers.
const core = ['pathways', 'intake', 'letters']
  .flatMap((dir) => walk(join(SRC, dir)))
  .filter((file) => file.endsWith('.ts') && !file.includes(`${join('letters', 'render')}`));

describe('pathways, intake and letters are a pure core', () => {
  it('covers the source files', () => {
    expect(core.length).toBeGreaterThan(10);
  });

  it.each(core.map((file) => [file.slice(SRC.length + 1), readFileSync(file, 'utf8')] as const))(
    '%s imports no renderer, no I/O and reads no clock',
    (_file, text) => {
      expect(text).not.toMatch(/from ['"](docx|pdfkit|dejavu-fonts-ttf|jszip)['"]/);
      expect(text).not.toMatch(
        /from ['"](node:)?(fs|fs\/promises|path|child_process|http|https)['"]/,
      );
      expect(text).not.toMatch(/Date\.now\(|new Date\(/);
      expect(text).not.toMatch(/from ['"]\.\.?\/(?:\.\.\/)*render/);
    },
  );

  it('the package index does not reach the render entry', () => {
    const index =
      readFileSync(join(SRC, 'index.ts'), 'utf8') +
      readFileSync(join(SRC, 'letters', 'index.ts'), 'utf8');
    expect(index).not.toMatch(/render\/index|render\.js/);
  });
});
