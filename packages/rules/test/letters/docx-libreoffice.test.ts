import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter, type LetterDocument } from '../../src/letters/index.js';
import { renderDocx } from '../../src/letters/render/index.js';
import { fullFacts } from '../guidance/fixtures.js';
import { layoutProblems, pdfPages, type PdfPage } from './pdf-pages.js';

/*
 * Word is not available here: LibreOffice stands in for it. Both lay out a DOCX themselves, and
 * both honour the paragraph properties the renderer relies on (ECMA-376 Part 1, 17.3.1):
 * w:keepNext, w:keepLines and w:widowControl, and the PAGE and NUMPAGES fields of the footer.
 * The letters are converted with `soffice --headless --convert-to pdf` and the PDF's pages read
 * back. LibreOffice must be installed (Debian: libreoffice-writer-nogui, as .ci/run does); a
 * machine without it fails here rather than skipping the check.
 */

const run = promisify(execFile);

function soffice(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(
      'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui',
    );
  }
}

/** A due process complaint whose facts run to `count` items: enough of them push the end of the letter across a page. */
function longComplaint(count: number, lang: 'en' | 'es'): LetterDocument {
  return buildLetter(
    'due_process_complaint',
    {
      ...fullFacts,
      supportingFacts: Array.from({ length: count }, (_, i) =>
        lang === 'en'
          ? `Fact ${i + 1}: the speech therapy session was not held and nobody told the family.`
          : `Hecho ${i + 1}: la sesión de terapia del habla no se dio y nadie avisó a la familia.`,
      ),
    },
    lang,
  );
}

// Fact counts from one that ends the letter well inside page 2 to one that starts page 3: every
// position of the closing near the foot of page 2 is tried, so the test does not depend on one
// count landing on the exact line (before the fix, 41-43 facts left "Sincerely," alone at the
// foot of page 2 and 50 left the "Other requests" heading there).
const LETTERS: readonly { name: string; doc: LetterDocument }[] = [
  ...Array.from({ length: 16 }, (_, i) => ({
    name: `en-${35 + i}`,
    doc: longComplaint(35 + i, 'en'),
  })),
  ...Array.from({ length: 8 }, (_, i) => ({
    name: `es-${30 + 2 * i}`,
    doc: longComplaint(30 + 2 * i, 'es'),
  })),
  {
    name: 'state-complaint-en',
    doc: buildLetter(
      'state_complaint',
      {
        ...fullFacts,
        violations: Array.from({ length: 22 }, (_, i) => `Violation ${i + 1} (34 CFR 300.323).`),
      },
      'en',
    ),
  },
];

describe('DOCX opened in LibreOffice: headings keep with their text, the closing with the signature, pages numbered', () => {
  let dir = '';
  const pages = new Map<string, PdfPage[]>();

  beforeAll(async () => {
    const office = soffice();
    dir = await mkdtemp(join(tmpdir(), 'continuum-docx-'));
    const files: string[] = [];
    for (const { name, doc } of LETTERS) {
      const file = join(dir, `${name}.docx`);
      await writeFile(file, await renderDocx(doc));
      files.push(file);
    }
    // A profile of its own: two runs at once (vitest's workers, another checkout) would
    // otherwise share ~/.config/libreoffice and the second would exit without converting.
    await run(
      office,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'pdf'),
        ...files,
      ],
      { timeout: 180_000 },
    );
    for (const { name } of LETTERS) {
      pages.set(
        name,
        await pdfPages(new Uint8Array(await readFile(join(dir, 'pdf', `${name}.pdf`)))),
      );
    }
  }, 240_000);

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('the long letters run past one page, and the closing lands near the foot of page 2 in some of them', () => {
    const counts = LETTERS.map(({ name }) => pages.get(name)?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
  });

  it.each(LETTERS.map(({ name }) => name))(
    '%s: "Sincerely" with the signature and the name, no heading ends a page, every page numbered',
    (name) => {
      const letter = LETTERS.find((l) => l.name === name);
      const read = pages.get(name);
      if (letter === undefined || read === undefined) throw new Error(`${name} was not converted`);
      expect(layoutProblems(letter.doc, read)).toEqual([]);
    },
  );

  it('the OOXML carries the properties Word honours: keepNext, keepLines, widowControl, PAGE and NUMPAGES fields', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(longComplaint(40, 'es')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:keepNext/>');
    expect(xml).toContain('<w:keepLines/>');
    expect(xml).toContain('<w:widowControl/>');
    const footers = Object.keys(zip.files).filter((file) => /^word\/footer\d*\.xml$/.test(file));
    expect(footers.length).toBe(1);
    const footer = (await zip.file(footers[0] ?? '')?.async('string')) ?? '';
    expect(footer).toContain('Página ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    // The heading paragraph keeps with the next; so does "Atentamente,".
    const closing = xml.indexOf('Atentamente,');
    const paragraphStart = xml.lastIndexOf('<w:p>', closing);
    expect(xml.slice(paragraphStart, closing)).toContain('<w:keepNext/>');
  });
});
