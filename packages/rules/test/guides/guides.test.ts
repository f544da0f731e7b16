import { describe, expect, it } from 'vitest';
import {
  citationsOnly,
  findGuide,
  getState,
  GUIDES,
  guideSlugs,
  guideStateFactIds,
  guideStateFacts,
  listStates,
  PARENT_RIGHTS,
  rightsCard,
  type GuideText,
} from '../../src/index.js';
import { fernandezHuerta, fleschKincaidGrade } from '../guidance/readability.js';

const CITATION = /^(\d+ CFR \d|\d+ U\.S\.C\. \d)/;

/** Every text a guide shows, with where it is, for the language and reading checks. */
function guideTexts(withNames = true): { where: string; text: GuideText }[] {
  const out: { where: string; text: GuideText }[] = [];
  for (const guide of GUIDES) {
    if (withNames) out.push({ where: `${guide.slug} title`, text: guide.title });
    out.push({ where: `${guide.slug} summary`, text: guide.summary });
    for (const section of guide.sections) {
      if (withNames)
        out.push({ where: `${guide.slug}#${section.id} heading`, text: section.heading });
      section.paragraphs.forEach((p, i) =>
        out.push({ where: `${guide.slug}#${section.id} paragraph ${i}`, text: p }),
      );
      section.points?.forEach((p, i) =>
        out.push({ where: `${guide.slug}#${section.id} point ${i}`, text: p }),
      );
    }
    for (const row of guide.comparison?.rows ?? []) {
      if (withNames) out.push({ where: `${guide.slug} table ${row.id}`, text: row.option });
      const cells = Object.values(row.cells);
      if (withNames)
        for (const cell of cells) out.push({ where: `${guide.slug} table ${row.id}`, text: cell });
      // A row reads as one text: its cells are phrases, too short to grade alone.
      else
        out.push({
          where: `${guide.slug} table ${row.id}`,
          text: { en: cells.map((c) => c.en).join(' '), es: cells.map((c) => c.es).join(' ') },
        });
    }
  }
  return out;
}

describe('the guides', () => {
  it('are the five situations, at the slugs other pages link to', () => {
    expect([...guideSlugs].sort()).toEqual(
      ['disagree-with-iep', 'mediation', 'options', 'school-said-no', 'team-cannot-agree'].sort(),
    );
    expect(findGuide('mediation')?.slug).toBe('mediation');
    expect(findGuide('../etc')).toBeNull();
  });

  it('have every text in English and in Spanish, and no two languages alike', () => {
    for (const { where, text } of guideTexts()) {
      expect(text.en.trim(), where).not.toBe('');
      expect(text.es.trim(), where).not.toBe('');
      if (text.en.split(' ').length > 3) expect(text.es, where).not.toBe(text.en);
    }
  });

  it('cite federal rules in every section (facilitation is a state program) and every table row', () => {
    for (const guide of GUIDES) {
      const ids = guide.sections.map((s) => s.id);
      expect(new Set(ids).size, guide.slug).toBe(ids.length);
      for (const section of guide.sections.filter((s) => s.id !== 'facilitation')) {
        expect(section.basis.length, `${guide.slug}#${section.id}`).toBeGreaterThan(0);
      }
      for (const citation of guide.sections.flatMap((s) => s.basis))
        expect(citation).toMatch(CITATION);
      for (const row of guide.comparison?.rows.filter((r) => r.id !== 'facilitation') ?? []) {
        expect(row.basis.length, `${guide.slug} ${row.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('read at grade 8 or below in English and Fernández-Huerta 60 or above in Spanish, each paragraph, table row and section', () => {
    const failures: string[] = [];
    for (const { where, text } of guideTexts(false)) {
      const grade = fleschKincaidGrade(text.en);
      const ease = fernandezHuerta(text.es);
      if (grade > 8) failures.push(`${where} EN ${grade.toFixed(1)}: ${text.en}`);
      if (ease < 60) failures.push(`${where} ES ${ease.toFixed(1)}: ${text.es}`);
    }
    expect(failures).toEqual([]);
    for (const guide of GUIDES) {
      for (const section of guide.sections) {
        const all = [...section.paragraphs, ...(section.points ?? [])];
        const en = all.map((t) => t.en).join(' ');
        const es = all.map((t) => t.es).join(' ');
        expect(fleschKincaidGrade(en), `${guide.slug}#${section.id}`).toBeLessThanOrEqual(8);
        expect(fernandezHuerta(es), `${guide.slug}#${section.id}`).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('the comparison has a cell for every question in every row (team-cannot-agree)', () => {
    const table = findGuide('team-cannot-agree')?.comparison;
    expect(table?.rows.map((r) => r.id)).toEqual([
      'facilitation',
      'mediation',
      'state-complaint',
      'due-process',
    ]);
    for (const row of table?.rows ?? []) {
      expect(Object.keys(row.cells).sort()).toEqual(table!.columns.map((c) => c.id).sort());
    }
  });
});

describe(guideStateFacts.name, () => {
  it("gives Arizona's own facts with their citation and confidence (A.R.S. 15-766(B), R7-2-405(A))", () => {
    const az = getState('AZ');
    const [evaluation, hearing, dueProcess, complaint] = guideStateFacts(
      'az',
      ['evaluation_timeline', 'hearing_body', 'due_process_limit', 'state_complaint_limit'],
      'en',
    );
    expect(evaluation).toMatchObject({
      known: true,
      text: 'After you sign the consent form, your state gives the school 60 days to finish.',
      confidence: az.evaluationTimeline.confidence,
      source: null,
      sourceUrls: az.sources,
    });
    expect(hearing).toMatchObject({
      known: true,
      text: 'Arizona Office of Administrative Hearings.',
      confidenceLabel: 'high',
    });
    expect(dueProcess).toMatchObject({
      known: true,
      source: '34 CFR 300.507(a)(2); 300.511(e); 20 U.S.C. 1415(f)(3)(C)',
      text: '2 years. Your state sets no limit of its own, so the federal limit applies.',
    });
    expect(complaint?.source).toBe('34 CFR 300.153(c)');
  });

  it('answers unknown where the rules do not know, or know only at low confidence (Alabama)', () => {
    const facts = guideStateFacts(
      'AL',
      ['due_process_limit', 'evaluation_timeline', 'hearing_body', 'objection_window'],
      'es',
    );
    for (const f of facts) {
      expect(f.known, f.id).toBe(false);
      expect(f.text).toBe('desconocido — consulte el aviso de garantías procesales de su estado');
    }
    expect(guideStateFacts('AL', ['objection_window'], 'en')[0]?.text).toBe(
      "unknown — check your state's procedural safeguards notice",
    );
  });

  it('shows the objection window only where a state sets one (N.J.A.C. 6A:14-2.3(h))', () => {
    expect(guideStateFacts('NJ', ['objection_window'], 'en')[0]).toMatchObject({
      known: true,
      source: 'N.J.A.C. 6A:14-2.3(h)',
    });
    expect(guideStateFacts('AZ', ['objection_window'], 'en')[0]?.known).toBe(false);
  });

  it('counts Wisconsin’s limit from the district’s notice (Wis. Stat. 115.80(1)(a)1)', () => {
    expect(guideStateFacts('WI', ['due_process_limit'], 'en')[0]?.text).toContain(
      'from the school’s written notice',
    );
  });

  it('answers every fact for every state in both languages, never a code', () => {
    for (const state of listStates()) {
      for (const lang of ['en', 'es'] as const) {
        for (const f of guideStateFacts(state.code, guideStateFactIds, lang)) {
          expect(f.text, `${state.code} ${f.id}`).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
          expect(f.label).not.toBe('');
          if (f.known)
            expect(f.source !== null || f.sourceUrls.length > 0, `${state.code} ${f.id}`).toBe(
              true,
            );
          else expect(f.text).toMatch(/procedural safeguards notice|garantías procesales/);
        }
      }
    }
  });

  it('shows the citations of a source without the research remarks beside them', () => {
    expect(citationsOnly('R7-2-405.01: 1-year limit, 60-day decision, copy to PEA')).toBe(
      'R7-2-405.01',
    );
    expect(citationsOnly('Ed. Code 56500.2; 60-day decision, 1-year limit')).toBe(
      'Ed. Code 56500.2',
    );
    expect(citationsOnly('one-tier system, 19 TAC 89.1151(b)')).toBe('19 TAC 89.1151(b)');
    expect(citationsOnly('N.J.A.C. 6A:14-2.7(a)1')).toBe('N.J.A.C. 6A:14-2.7(a)1');
    expect(citationsOnly('days = calendar days under the rule')).toBeNull();
    expect(guideStateFacts('AZ', ['state_complaint_office'], 'es')[0]?.source).toBe('R7-2-405.01');
  });

  it('refuses an unknown state', () => {
    expect(() => guideStateFacts('ZZ', ['due_process_limit'], 'en')).toThrow(/state/);
  });
});

describe(rightsCard.name, () => {
  it('lists the main rights with their rules, in plain words in both languages', () => {
    const failures: string[] = [];
    for (const right of PARENT_RIGHTS) {
      expect(right.basis.length, right.id).toBeGreaterThan(0);
      for (const c of right.basis) expect(c).toMatch(CITATION);
      if (fleschKincaidGrade(right.text.en) > 8) failures.push(right.text.en);
      if (fernandezHuerta(right.text.es) < 60) failures.push(right.text.es);
    }
    expect(failures).toEqual([]);
  });

  it("carries Arizona's deadlines and agency in Spanish", () => {
    const card = rightsCard('az', 'es');
    expect(card.state).toEqual({ code: 'AZ', name: 'Arizona' });
    expect(card.rights[0]?.heading).toBe('Aviso por escrito');
    expect(card.facts.map((f) => f.id)).toEqual([...guideStateFactIds]);
    expect(card.facts.find((f) => f.id === 'evaluation_timeline')?.text).toContain('60 días');
    expect(card.agency).toEqual([
      'Arizona Department of Education',
      'Exceptional Student Services',
    ]);
  });
});
