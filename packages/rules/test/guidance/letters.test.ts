import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { RulesInputError } from '../../src/errors.js';
import {
  buildLetter,
  letterTemplates,
  renderMarkdown,
  requiredLetterFacts,
  type LetterTemplateId,
} from '../../src/letters/index.js';
import { renderDocx, renderPdf } from '../../src/letters/render/index.js';
import { fullFacts, spanishSample, templates } from './fixtures.js';

type Json = Record<string, unknown>;

function clone(): Json {
  const copy: Json = structuredClone(fullFacts);
  return copy;
}

function without(path: string): Json {
  const facts = clone();
  const keys = path.split('.');
  let target: Json = facts;
  for (const key of keys.slice(0, -1)) target = target[key] as Json;
  delete target[keys[keys.length - 1] ?? ''];
  return facts;
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

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  let text = '';
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const content = await (await pdf.getPage(page)).getTextContent();
    text += content.items
      .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
      .join('');
    text += '\n';
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: text.replace(/[ \t]+/g, ' ') };
}

describe('letter templates (part 7)', () => {
  it('has exactly the ten templates the issue lists, each with a title in both languages', () => {
    expect(letterTemplates.map((t) => t.id)).toEqual(templates);
    for (const info of letterTemplates) {
      expect(info.title.en.length).toBeGreaterThan(5);
      expect(info.title.es.length).toBeGreaterThan(5);
      expect(info.basis.en.length).toBeGreaterThan(0);
      expect(info.basis.es.length).toBe(info.basis.en.length);
    }
  });

  describe.each(
    templates.flatMap((t) => (['en', 'es'] as const).map((lang) => [t, lang] as const)),
  )('%s in %s', (template, lang) => {
    const doc = buildLetter(template, fullFacts, lang);
    const md = renderMarkdown(doc);

    it('names the student, the district and the signer, and is dated in words', () => {
      expect(md).toContain('Sofía Núñez');
      expect(md).toContain('Fresno Unified School District');
      expect(md).toContain('María José Núñez');
      expect(md).toContain(lang === 'en' ? 'November 23, 2026' : '23 de noviembre de 2026');
      expect(doc.blocks.some((b) => b.type === 'signature')).toBe(true);
    });

    it('is written in the requested language', () => {
      expect(doc.lang).toBe(lang);
      if (lang === 'es') expect(md).toMatch(/Atentamente|Solicito|Presento/);
      else expect(md).toMatch(/Sincerely/);
      if (lang === 'en') expect(md).not.toContain('Atentamente');
    });

    it.each(requiredLetterFacts[template])(
      'missing required fact %s is a RulesInputError naming it',
      (path) => {
        const facts = without(path);
        if (path === 'student.address') delete (facts.student as Json).homelessContact;
        const error = errorOf(() => buildLetter(template, facts, lang));
        expect(error.field).toBe(path);
      },
    );
  });

  it('34 CFR 300.153(b): the state complaint carries every element', () => {
    const md = renderMarkdown(buildLetter('state_complaint', fullFacts, 'en'));
    // (1) statement of violation, (2) facts, (3) signature and contact information,
    // (4)(i) child's name and address, (ii) school, (iv) problem, (v) proposed resolution;
    // 300.153(d) copy to the district.
    for (const expected of [
      'has violated the following requirements of Part B',
      'No se prestaron los servicios del IEP',
      'Desde el 1 de septiembre no hubo terapia del habla.',
      '\\_\\_\\_\\_',
      'María José Núñez',
      '(559) 555-0142',
      '12 Calle Peñasco',
      'Address of residence: 12 Calle Peñasco, Fresno, CA 93701',
      'School: Escuela Primaria Año Nuevo',
      'Sofía no recibe los servicios de su IEP',
      'Servicios compensatorios de terapia del habla.',
      'cc: Fresno Unified School District',
      '300.153(d)',
    ]) {
      expect(md).toContain(expected);
    }
  });

  it('34 CFR 300.508(b): the due process complaint carries every element and copies the State', () => {
    const md = renderMarkdown(buildLetter('due_process_complaint', fullFacts, 'es'));
    for (const expected of [
      'Nombre: Sofía Núñez',
      'Domicilio: 12 Calle Peñasco, Fresno, CA 93701',
      'Escuela: Escuela Primaria Año Nuevo',
      'El distrito se negó a evaluar a Sofía para dislexia.',
      'Sofía no recibe los servicios de su IEP',
      'Desde el 1 de septiembre no hubo terapia del habla.',
      'Servicios compensatorios de terapia del habla.',
      '300.508(b)',
      'Copia: California',
    ]) {
      expect(md).toContain(expected);
    }
  });

  it('34 CFR 300.508(b)(4): contact information for a homeless child replaces the address', () => {
    const facts = without('student.address');
    (facts.student as Json).homelessContact = 'Shelter: 55 Fulton St, Fresno';
    const md = renderMarkdown(buildLetter('due_process_complaint', facts, 'en'));
    expect(md).toContain(
      'Contact information (child who is homeless): Shelter: 55 Fulton St, Fresno',
    );
  });

  it('34 CFR 300.613(a): the records request asks for access before a scheduled meeting', () => {
    const md = renderMarkdown(
      buildLetter('records_request', { ...fullFacts, meetingDate: '2026-12-10' }, 'en'),
    );
    expect(md).toContain('in no case more than 45 days');
    expect(md).toContain('December 10, 2026. Please give me access before that date.');
  });

  it('34 CFR 300.503(b): the prior written notice request lists all seven elements', () => {
    const doc = buildLetter('pwn_request', fullFacts, 'en');
    const lists = doc.blocks.filter((b) => b.type === 'list');
    expect(lists[0]?.type === 'list' ? lists[0].items.length : 0).toBe(7);
  });

  it('facts typed by a family print as written in Markdown (no injected formatting)', () => {
    const md = renderMarkdown(
      buildLetter(
        'iep_objection',
        { ...fullFacts, objections: ['*All* [services] cut_by_half', '# not a heading'] },
        'en',
      ),
    );
    expect(md).toContain('\\*All\\* \\[services\\] cut\\_by\\_half');
    expect(md).toContain('\\# not a heading');
  });

  it('control characters pasted into facts are removed before rendering', async () => {
    const doc = buildLetter(
      'pwn_request',
      { ...fullFacts, decision: 'Cut\u0000 speech\u0007 therapy.' },
      'en',
    );
    expect(renderMarkdown(doc)).toContain('Cut speech therapy.');
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Cut speech therapy.');
  });

  it.each([
    [
      'an unknown template',
      () => buildLetter('demand_letter' as LetterTemplateId, fullFacts, 'en'),
      'template',
    ],
    ['an unknown language', () => buildLetter('pwn_request', fullFacts, 'fr' as 'en'), 'lang'],
    ['facts that are not an object', () => buildLetter('pwn_request', [], 'en'), 'facts'],
    [
      'an impossible date',
      () => buildLetter('pwn_request', { ...fullFacts, date: '2026-02-30' }, 'en'),
      'date',
    ],
    [
      'a list of the wrong type',
      () => buildLetter('iep_objection', { ...fullFacts, objections: 'all' }, 'en'),
      'objections',
    ],
    [
      'a list item of the wrong type',
      () => buildLetter('iep_objection', { ...fullFacts, objections: ['ok', 3] }, 'en'),
      'objections[1]',
    ],
    [
      'an unknown state',
      () => buildLetter('state_complaint', { ...fullFacts, state: 'ZZ' }, 'en'),
      'state',
    ],
    [
      'a parent that is not an object',
      () => buildLetter('pwn_request', { ...fullFacts, parent: 'María' }, 'en'),
      'parent',
    ],
  ])('%s is a RulesInputError naming the field', (_label, run, field) => {
    expect(errorOf(run).field).toBe(field);
  });
});

describe('letter rendering to DOCX and PDF (@continuum/rules/render)', () => {
  it('DOCX: word/document.xml keeps the Spanish accented text', async () => {
    const bytes = await renderDocx(buildLetter('iep_objection', fullFacts, 'es'));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toBeDefined();
    for (const sample of [...spanishSample, 'Objeciones por escrito', 'Atentamente']) {
      expect(xml).toContain(sample);
    }
    // Numbered lists are real Word numbering, not typed "1." text.
    expect(xml).toContain('<w:numPr>');
  });

  it('PDF: the embedded font keeps á é í ñ ó ú ü ¿ ¡, and the footer counts the pages', async () => {
    const { pages, text } = await pdfText(
      await renderPdf(buildLetter('iep_objection', fullFacts, 'es')),
    );
    expect(pages).toBe(2); // the signature block is kept whole, so it starts page 2
    for (const sample of [...spanishSample, 'Atentamente', 'Página 1 de 2', 'Página 2 de 2']) {
      expect(text).toContain(sample);
    }
  });

  it('PDF: a long complaint runs onto more pages and numbers them', async () => {
    const facts = {
      ...fullFacts,
      supportingFacts: Array.from(
        { length: 40 },
        (_, i) =>
          `Hecho número ${i + 1}: la sesión de terapia del habla no se dio y nadie avisó a la familia.`,
      ),
    };
    const { pages, text } = await pdfText(
      await renderPdf(buildLetter('due_process_complaint', facts, 'es')),
    );
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(text).toContain('Hecho número 40');
  });
});
