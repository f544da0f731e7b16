import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RulesInputError } from '../../src/errors.js';
import type { IntakeAnswers } from '../../src/intake/types.js';
import { buildStarterKit, chooseKitLetter, type StarterKitInput } from '../../src/kit/index.js';
import {
  CHECKLIST_COMMON,
  CHECKLIST_ISSUES,
  CHECKLIST_PLAN,
  CHECKLIST_WRITTEN_NOTICE,
  DATE_LABELS,
  KIT_TEXT,
  LETTER_REASONS,
} from '../../src/kit/text.js';
import { renderMarkdown } from '../../src/letters/document.js';
import { renderDocx, renderPdf } from '../../src/letters/render/index.js';
import { fernandezHuerta, fleschKincaidGrade } from '../guidance/readability.js';

const TODAY = '2026-12-04';

/** Arizona, an IEP the school is not following, a decision on October 1 given in writing. */
const ARIZONA: IntakeAnswers = {
  state: 'AZ',
  plan_type: 'iep',
  issues: ['services_not_provided'],
  has_decision_date: true,
  district_decision_date: '2026-10-01',
  written_notice: true,
};

function kit(answers: IntakeAnswers, extra: Partial<StarterKitInput> = {}) {
  return buildStarterKit({ answers, lang: 'en', today: TODAY, child: 'Sofía', ...extra });
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return pages;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+/g, ' ');
}

function errorOf(run: () => unknown): RulesInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
  throw new Error('expected a RulesInputError');
}

describe('buildStarterKit, Arizona worked example (34 CFR 300.613(a), 300.153(c), 300.507(a)(2))', () => {
  // Hand-computed from today, December 4, 2026, and the decision of October 1, 2026:
  // records: Dec 4 + 45 days = Dec 31 (27 days) + 18 = January 18, 2027 (300.613(a));
  // state complaint: one year after the decision, October 1, 2027 (300.153(c));
  // due process: Arizona has no limit of its own, federal 2 years, October 1, 2028.
  const expected = [
    ['records_response', '2027-01-18'],
    ['state_complaint', '2027-10-01'],
    ['due_process', '2028-10-01'],
  ];

  it('dates each step from the rules, with its citation', () => {
    const en = kit(ARIZONA);
    expect(en.dates.map((d) => [d.id, d.date])).toEqual(expected);
    expect(en.dates.find((d) => d.id === 'due_process')?.basis).toEqual([
      '34 CFR 300.507(a)(2)',
      '34 CFR 300.511(e)',
    ]);
    expect(en.letterChoice).toEqual({ template: 'records_request', rule: 'first_ranked' });
    const md = renderMarkdown(en);
    expect(md).toContain('# Your starter kit for Sofía');
    expect(md).toContain('- January 18, 2027: The school must let you see the records');
    expect(md).toContain('Rule: 34 CFR 300.613(a).');
    expect(md).toContain('- October 1, 2028: Last day to ask for a due process hearing');
    expect(md).toContain('Send the letter at the end of this kit today, December 4, 2026.');
    // The letter carries the same date as the plan.
    expect(renderMarkdown(en.letter)).toContain('that is no later than January 18, 2027.');
  });

  it('writes the same kit in Spanish', () => {
    const es = kit(ARIZONA, { lang: 'es' });
    expect(es.dates.map((d) => [d.id, d.date])).toEqual(expected);
    const md = renderMarkdown(es);
    expect(md).toContain('# Su kit de inicio para Sofía');
    expect(md).toContain('## Su plan de acción');
    expect(md).toContain('- 18 de enero de 2027: La escuela le debe mostrar el archivo');
    expect(md).toContain('Regla: 34 CFR 300.613(a).');
    expect(md).toContain('- 1 de octubre de 2028: El último día para pedir una audiencia');
    expect(renderMarkdown(es.letter)).toContain('a más tardar el 18 de enero de 2027.');
    expect(es.letter.lang).toBe('es');
    expect(md).not.toMatch(/\b(Rule|Send|Last day|unknown)\b/);
  });

  it('prints the names it was given and blank lines for the rest', () => {
    const filled = renderMarkdown(
      kit(ARIZONA, { parent: 'Ana Ruiz', school: 'Mesa Verde Elementary' }).letter,
    );
    expect(filled).toContain('Ana Ruiz');
    expect(filled).toContain('for Sofía (Mesa Verde Elementary)');
    const blank = kit(ARIZONA, { lang: 'es' }).letter;
    expect(blank.blocks[0]).toEqual({
      type: 'address',
      lines: [
        'Nombre: ______________________________',
        'Dirección: ______________________________',
        'Teléfono: ______________________________',
      ],
    });
    expect(renderMarkdown(blank)).toContain('Distrito escolar: \\_\\_');
  });

  it('renders a tagged PDF whose letter starts on a page of its own, and a DOCX', async () => {
    const es = kit(ARIZONA, { lang: 'es' });
    const bytes = await renderPdf(es);
    const pages = await pdfPages(bytes);
    expect(pages[0]).toContain('Su kit de inicio para Sofía');
    expect(pages.join(' ')).toContain('1 de octubre de 2028');
    const letterPage = pages.findIndex((p) => p.includes('Estimado(a) Director(a)'));
    expect(letterPage).toBeGreaterThan(0);
    expect(pages[letterPage]?.trimStart().startsWith('Nombre:')).toBe(true);
    expect(pages[letterPage - 1]).toContain('Llene cada línea en blanco antes de mandarla.');
    const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = await (await pdf.getPage(1)).getStructTree();
    expect(JSON.stringify(tree)).toContain('"role":"H1"');
    await pdf.destroy();

    const docx = await docxText(await renderDocx(es));
    expect(docx).toContain('Su kit de inicio para Sofía');
    expect(docx).toContain('18 de enero de 2027');
    const xml = await (
      await JSZip.loadAsync(await renderDocx(es))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml?.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });
});

describe(chooseKitLetter.name, () => {
  it('no_written_notice: a decision not in writing asks for prior written notice (300.503)', () => {
    const k = kit({
      state: 'AZ',
      plan_type: 'iep',
      issues: ['evaluation_refused'],
      has_decision_date: true,
      district_decision_date: '2026-11-02',
      written_notice: false,
    });
    expect(k.letterChoice).toEqual({ template: 'pwn_request', rule: 'no_written_notice' });
    const letter = renderMarkdown(k.letter);
    expect(letter).toContain("The district's refusal to evaluate my child for special education.");
    expect(letter).toContain('made on November 2, 2026');
  });

  it('iep_decision_in_writing: an IEP decision in writing gets written objections (300.324)', () => {
    const k = kit({
      state: 'AZ',
      plan_type: 'iep',
      issues: ['services_insufficient'],
      has_decision_date: true,
      district_decision_date: '2026-10-01',
      written_notice: true,
    });
    expect(k.letterChoice).toEqual({ template: 'iep_objection', rule: 'iep_decision_in_writing' });
    const letter = renderMarkdown(k.letter);
    expect(letter).toContain('IEP meeting for my child, Sofía, on October 1, 2026');
    expect(letter).toContain('1. The services and minutes in the IEP are not enough');
    // The records request stays in the plan, with its date.
    expect(k.dates[0]).toMatchObject({ id: 'records_response', date: '2027-01-18' });
  });

  it('first_ranked: a disputed evaluation with its date gets the IEE request (300.502(b))', () => {
    const k = kit({
      state: 'AZ',
      plan_type: 'iep',
      issues: ['evaluation_disputed'],
      has_decision_date: true,
      district_decision_date: '2026-11-10',
      written_notice: true,
    });
    expect(k.letterChoice).toEqual({ template: 'iee_request', rule: 'first_ranked' });
    expect(renderMarkdown(k.letter)).toContain('completed on November 10, 2026');
  });

  it('first_ranked passes over the IEE request without a date; records_fallback follows', () => {
    const k = kit({
      state: 'AZ',
      plan_type: 'iep',
      issues: ['evaluation_disputed'],
      has_decision_date: false,
    });
    expect(k.letterChoice).toEqual({ template: 'records_request', rule: 'records_fallback' });
  });

  it('records_fallback: a 504 discrimination case asks for the records under FERPA (99.10(b))', () => {
    const k = kit({
      state: 'AZ',
      plan_type: '504',
      issues: ['discrimination'],
      has_decision_date: true,
      district_decision_date: '2026-11-20',
      written_notice: true,
    });
    expect(k.letterChoice).toEqual({ template: 'records_request', rule: 'records_fallback' });
    expect(k.dates.map((d) => [d.id, d.date, d.basis[0]])).toEqual([
      ['records_response', '2027-01-18', '34 CFR 99.10(b)'],
      // OCR: 180 days from November 20, 2026 = May 19, 2027 (34 CFR 100.7(b)).
      ['ocr', '2027-05-19', '34 CFR 100.7(b)'],
    ]);
  });
});

describe('buildStarterKit, dates that cannot be known', () => {
  it("writes an unknown state limit as unknown — check your state's procedural safeguards notice", () => {
    const answers: IntakeAnswers = { ...ARIZONA, state: 'AL' };
    const en = kit(answers);
    const dueProcess = en.dates.find((d) => d.id === 'due_process');
    expect(dueProcess).toMatchObject({ date: null, unknownState: true, confidence: 'unknown' });
    expect(renderMarkdown(en)).toContain(
      "- unknown — check your state's procedural safeguards notice: Last day to ask for a due process hearing",
    );
    expect(renderMarkdown(kit(answers, { lang: 'es' }))).toContain(
      '- desconocido — consulte el aviso de garantías procesales de su estado: El último día para pedir',
    );
  });

  it('has no date to count from without a decision date', () => {
    const k = kit({
      state: 'AZ',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: false,
    });
    expect(k.dates.find((d) => d.id === 'due_process')).toMatchObject({
      date: null,
      unknownState: false,
    });
    expect(renderMarkdown(k)).toContain(
      '- No date yet: Last day to ask for a due process hearing about this decision. It counts from the day the school made its decision.',
    );
  });

  it('says when a limit has passed', () => {
    const k = kit({ ...ARIZONA, district_decision_date: '2024-06-03' });
    expect(k.dates.find((d) => d.id === 'due_process')).toMatchObject({
      date: '2026-06-03',
      passed: true,
    });
    expect(renderMarkdown(k)).toContain(
      'This day has passed. Ask a Parent Center for help right away.',
    );
    // Warnings come first, before the plan.
    const md = renderMarkdown(k);
    expect(md.indexOf('## Read this first')).toBeLessThan(md.indexOf('## Your action plan'));
  });
});

describe('buildStarterKit input', () => {
  it('names the field it refuses', () => {
    expect(errorOf(() => kit(ARIZONA, { child: '  ' })).field).toBe('child');
    expect(errorOf(() => kit(ARIZONA, { child: 'x'.repeat(101) })).field).toBe('child');
    expect(errorOf(() => kit(ARIZONA, { school: 'x'.repeat(201) })).field).toBe('school');
    expect(errorOf(() => kit(ARIZONA, { today: '2026-02-30' })).field).toBe('today');
    expect(errorOf(() => kit({ ...ARIZONA, state: 'ZZ' })).field).toBe('state');
  });

  it('keeps a name on one line', () => {
    expect(kit(ARIZONA, { child: 'Sofía\n\u0007 María' }).child).toBe('Sofía María');
  });
});

describe('starter kit prose reads at grade 8 (EN, Flesch-Kincaid) and 60+ (ES, Fernández-Huerta)', () => {
  const texts = (lang: 'en' | 'es'): string[] => [
    KIT_TEXT.title[lang]('Sofía'),
    KIT_TEXT.intro[lang](lang === 'en' ? 'December 4, 2026' : '4 de diciembre de 2026'),
    KIT_TEXT.sendLetter[lang](
      lang === 'en'
        ? 'Request for prior written notice'
        : 'Solicitud de notificación previa por escrito',
      lang === 'en' ? 'December 4, 2026' : '4 de diciembre de 2026',
    ),
    ...(
      [
        'warnings',
        'plan',
        'planIntro',
        'dates',
        'datesIntro',
        'noDates',
        'passed',
        'noDecisionDate',
        'checklist',
        'checklistIntro',
        'letter',
        'letterBlanks',
      ] as const
    ).map((key) => KIT_TEXT[key][lang]),
    ...Object.values(DATE_LABELS).map((t) => t[lang]),
    ...Object.values(LETTER_REASONS).map((t) => t[lang]),
    ...CHECKLIST_COMMON.map((t) => t[lang]),
    ...Object.values(CHECKLIST_PLAN).map((t) => t[lang]),
    CHECKLIST_WRITTEN_NOTICE[lang],
    ...Object.values(CHECKLIST_ISSUES).map((t) => t[lang]),
  ];

  it.each(texts('en'))('EN: %s', (text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it.each(texts('es'))('ES: %s', (text) => {
    expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(60);
  });
});
