import { describe, expect, it } from 'vitest';
import { linkTerms, linkTermsInSection, type GlossarySegment } from './glossary-links';

const terms = (segments: GlossarySegment[]) =>
  segments.flatMap((s) => (s.kind === 'term' ? [`${s.text}→${s.id}`] : []));
const joined = (segments: GlossarySegment[]) => segments.map((s) => s.text).join('');

describe('glossary terms linked where they appear', () => {
  it('finds acronyms and full names, keeping every character of the text', () => {
    const text = 'Ask for prior written notice before the IEP meeting, then an IEE.';
    const segments = linkTerms(text, 'en');
    expect(joined(segments)).toBe(text);
    expect(terms(segments)).toEqual(['prior written notice→pwn', 'IEP→iep', 'IEE→iee']);
    const iep = segments.find((s) => s.kind === 'term' && s.id === 'iep');
    expect(iep).toMatchObject({ name: 'Individualized Education Program' });
  });

  it('matches whole words only', () => {
    expect(terms(linkTerms('IEPs and the SEAL team; LEAs', 'en'))).toEqual([]);
    expect(terms(linkTerms('(IEP)', 'en'))).toEqual(['IEP→iep']);
    expect(terms(linkTerms('Section 5040 is not a rule', 'en'))).toEqual([]);
  });

  it('prefers the longest term: "IEP facilitation" over "IEP"', () => {
    expect(terms(linkTerms('Try IEP facilitation first.', 'en'))).toEqual([
      'IEP facilitation→facilitation',
    ]);
  });

  it('matches names in any case, acronyms in capitals only (the Spanish verb "lea" is not the LEA)', () => {
    expect(terms(linkTerms('Mediation is free. Ask for mediation.', 'en'))).toEqual([
      'Mediation→mediation',
    ]);
    expect(terms(linkTerms('Léalo bien y lea el IEP.', 'es'))).toEqual(['IEP→iep']);
  });

  it('links in Spanish with the Spanish names, and does not link English-only acronyms', () => {
    const segments = linkTerms(
      'Pida la notificación previa por escrito y una IEE. PWN es la sigla en inglés.',
      'es',
    );
    expect(terms(segments)).toEqual(['notificación previa por escrito→pwn', 'IEE→iee']);
    expect(segments.find((s) => s.kind === 'term' && s.id === 'iee')).toMatchObject({
      name: 'Evaluación educativa independiente',
    });
    expect(terms(linkTerms('Vaya a la audiencia de debido proceso.', 'es'))).toEqual([
      'audiencia de debido proceso→due-process',
    ]);
  });

  it('links a term at its first appearance in a section only, across paragraphs', () => {
    const [first, second] = linkTermsInSection(
      ['The IEP team meets.', 'Read the IEP and ask for an IEE.'],
      'en',
    );
    expect(terms(first ?? [])).toEqual(['IEP→iep']);
    expect(terms(second ?? [])).toEqual(['IEE→iee']);
    // A new section starts afresh.
    expect(terms(linkTerms('Read the IEP.', 'en'))).toEqual(['IEP→iep']);
  });

  it('answers one plain segment when there is no term, and nothing for empty text', () => {
    expect(linkTerms('Talk with the teacher.', 'en')).toEqual([
      { kind: 'text', text: 'Talk with the teacher.' },
    ]);
    expect(linkTerms('', 'en')).toEqual([]);
  });
});
