import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';

const run = promisify(execFile);

function soffice(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(
      'LibreOffice Calc (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui (.ci/run does)',
    );
  }
}

// LibreOffice's CSV filter options, by position: separator 44 (comma), text delimiter 34 ("),
// character set 76 (UTF-8), first line 1, column formats, language 1033 (en-US), "quoted field
// as text", "detect special numbers", then three export-only tokens, and token 13 "evaluate
// formulas" on, as Calc's import dialog offers by default: a cell that is a formula shows its
// result, as a person opening the file would see it.
const IMPORT = 'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true';
// Written back as each cell shows (values, not formulas), every text cell quoted.
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true';

/**
 * Opens CSV bytes in LibreOffice Calc (headless) and returns the cells as Calc shows them, one
 * array per spreadsheet row. A machine without LibreOffice fails here rather than skipping.
 */
export async function cellsInCalc(csv: Uint8Array): Promise<string[][]> {
  const binary = soffice();
  const dir = await mkdtemp(join(tmpdir(), 'continuum-calc-'));
  try {
    await writeFile(join(dir, 'in.csv'), csv);
    await run(
      binary,
      [
        // Its own profile: two runs sharing one would wait on each other's lock.
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        `--infilter=${IMPORT}`,
        '--convert-to',
        EXPORT,
        '--outdir',
        join(dir, 'out'),
        join(dir, 'in.csv'),
      ],
      { timeout: 60_000 },
    );
    const [written] = await readdir(join(dir, 'out'));
    if (!written) throw new Error('LibreOffice wrote no file');
    const cells: string[][] = parse(await readFile(join(dir, 'out', written), 'utf8'), {
      relax_column_count: true,
    });
    return cells;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
