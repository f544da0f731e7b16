import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.js';
import { command as letter } from '../../src/cli/commands/letter.js';
import { command as questionnaire } from '../../src/cli/commands/questionnaire.js';
import { command as recommend } from '../../src/cli/commands/recommend.js';
import { RulesInputError } from '../../src/errors.js';
import { currentQuestionnaireVersion } from '../../src/intake/index.js';
import { fullFacts } from './fixtures.js';

function ctx(args: string[], flags: Record<string, string>, stdin?: unknown): CliContext {
  return {
    args,
    flags,
    readStdinJson: (field = 'stdin') =>
      stdin === undefined
        ? Promise.reject(new RulesInputError(field, '', 'expected JSON input on stdin'))
        : Promise.resolve(stdin),
  };
}

async function fieldOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof RulesInputError) return error.field;
    throw error;
  }
  throw new Error('expected a RulesInputError');
}

const facts = {
  state: 'CA',
  planType: 'iep',
  issues: ['records_denied'],
  districtDecisionDate: '2025-12-15',
  today: '2026-11-23',
};

describe('continuum-rules recommend', () => {
  it('prints {pathways, warnings} as JSON in the language asked', async () => {
    const out = await recommend.run(ctx([], { lang: 'es' }, facts));
    const parsed = JSON.parse(String(out)) as {
      pathways: { id: string; rank: number; reason: string; basis: string[] }[];
      warnings: { id: string; message: string; basis: string[] }[];
    };
    expect(parsed.pathways.map((p) => p.id)).toEqual([
      'records_request',
      'state_complaint',
      'ferpa_complaint',
    ]);
    expect(parsed.pathways[0]).toMatchObject({
      rank: 1,
      basis: expect.arrayContaining(['34 CFR 300.613(a)']) as unknown,
    });
    expect(parsed.pathways[0]?.reason).toContain('archivo');
    // 300.153(c): 2025-12-15 + 1 year = 2026-12-15, near. 99.64(c): 2025-12-15 + 180 days =
    // 2026-06-13 (16 + 31 + 28 + 31 + 30 + 31 + 13), passed.
    expect(parsed.warnings.map((w) => [w.id, (w as { deadline?: string }).deadline])).toEqual([
      ['state_complaint_limit_near', '2026-12-15'],
      ['ferpa_limit_passed', '2026-06-13'],
    ]);
  });

  it.each<[string, Record<string, string>, unknown, string]>([
    ['bad --lang', { lang: 'fr' }, facts, 'lang'],
    ['no stdin', {}, undefined, 'stdin'],
    ['JSON that is not an object', {}, [1, 2], 'input'],
    ['unknown state', {}, { ...facts, state: 'XX' }, 'state'],
    ['unknown issue', {}, { ...facts, issues: ['records_denied', 'x'] }, 'issues[1]'],
  ])('%s -> RulesInputError naming %s', async (_label, flags, stdin, field) => {
    expect(await fieldOf(recommend.run(ctx([], flags, stdin)))).toBe(field);
  });
});

describe('continuum-rules questionnaire', () => {
  it('prints the current questionnaire with its version', async () => {
    const out = JSON.parse(String(await questionnaire.run(ctx([], { lang: 'es' })))) as {
      version: string;
      lang: string;
      questions: unknown[];
    };
    expect(out).toMatchObject({ version: currentQuestionnaireVersion, lang: 'es' });
    expect(out.questions.length).toBeGreaterThan(5);
  });

  it('a bad --lang names lang', async () => {
    expect(await fieldOf(questionnaire.run(ctx([], { lang: 'de' })))).toBe('lang');
  });
});

describe('continuum-rules letter', () => {
  it('prints Markdown by default', async () => {
    const out = await letter.run(ctx(['records_request'], { lang: 'es' }, fullFacts));
    expect(String(out)).toContain('Solicito revisar el expediente educativo');
  });

  it('returns DOCX and PDF bytes for stdout', async () => {
    const docx = await letter.run(ctx(['pwn_request'], { format: 'docx' }, fullFacts));
    const pdf = await letter.run(ctx(['pwn_request'], { format: 'pdf' }, fullFacts));
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(docx as Uint8Array)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(
      Buffer.from(pdf as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('writes --out itself and prints nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'continuum-letter-')), 'letter.pdf');
    expect(
      await letter.run(ctx(['iee_request'], { format: 'pdf', out: file, lang: 'es' }, fullFacts)),
    ).toBe('');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each<[string, string[], Record<string, string>, unknown, string]>([
    ['no template', [], {}, fullFacts, 'template'],
    ['unknown template', ['complaint'], {}, fullFacts, 'template'],
    ['bad --format', ['pwn_request'], { format: 'rtf' }, fullFacts, 'format'],
    ['bad --lang', ['pwn_request'], { lang: 'pt' }, fullFacts, 'lang'],
    ['--out without a file', ['pwn_request'], { out: 'true' }, fullFacts, 'out'],
    ['no stdin', ['pwn_request'], {}, undefined, 'facts'],
    [
      'missing fact',
      ['iep_objection'],
      {},
      { ...fullFacts, meetingDate: undefined },
      'meetingDate',
    ],
    [
      'unwritable --out',
      ['pwn_request'],
      { out: '/nonexistent-dir/x/letter.md' },
      fullFacts,
      'out',
    ],
  ])('%s -> RulesInputError naming %s', async (_label, args, flags, stdin, field) => {
    expect(await fieldOf(letter.run(ctx(args, flags, stdin)))).toBe(field);
  });
});
