import { describe, expect, it } from 'vitest';
import { listStates } from '../../src/states/index.js';
import {
  filingDeadlines,
  issueIds,
  planTypes,
  recommend,
  type IssueId,
  type RecommendInput,
} from '../../src/pathways/index.js';
import {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.js';

/**
 * Every message a family can be shown: a matrix of issue pairs, plans, facts and dates
 * (near, passed and unknown limits in states with their own, the federal and no known
 * limit; evaluation clocks in calendar and school days, with breaks, a "whichever is less"
 * ceiling and a clock for answering the request; education agencies by name), with and
 * without a meeting coming, and the filing limits listed as dates, collected per language.
 */
function allMessages(lang: 'en' | 'es'): string[] {
  const seen = new Set<string>();
  const states = ['NC', 'CA', 'FL', 'DC', 'ID', 'AK', 'TX', 'DE', 'MA', 'WA', 'WI', 'NJ', 'LA'];
  const dates = ['2024-11-30', '2025-11-30', '2026-06-01', '2026-11-23'];
  for (const state of states) {
    for (const planType of planTypes) {
      for (const [index, first] of issueIds.entries()) {
        const second: IssueId = issueIds[(index + 5) % issueIds.length] ?? first;
        for (const date of dates) {
          const input: RecommendInput = {
            state,
            planType,
            issues: [first, second],
            districtDecisionDate: date,
            writtenNotice: index % 2 === 0 ? false : undefined,
            changeInEffect: false,
            removalSchoolDays: 14,
            meetingScheduled: index % 3 === 0,
            today: '2026-11-23',
          };
          const r = recommend(input, lang);
          for (const p of r.pathways) seen.add(p.reason);
          for (const w of r.warnings) seen.add(w.message);
          // A limit's title is a label, like a pathway's name; its note is prose.
          for (const d of filingDeadlines(input, lang)) seen.add(d.note);
        }
      }
    }
  }
  return [...seen];
}

const english = allMessages('en');
const spanish = allMessages('es');

describe('plain language for a stressed parent', () => {
  it('the formulas agree with hand counts', () => {
    expect(['school', 'decision', 'advocate', 'hearing', 'the'].map(englishSyllables)).toEqual([
      1, 3, 3, 2, 1,
    ]);
    // es-cue-la, de-ci-sión, au-dien-cia, dí-a (hiatus), guí-a, hoy
    expect(
      ['escuela', 'decisión', 'audiencia', 'día', 'guía', 'hoy'].map(spanishSyllables),
    ).toEqual([3, 3, 3, 2, 2, 1]);
    // "The cat sat on the mat.": 6 words, 6 syllables, 1 sentence.
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 5);
    // "Mi casa es azul.": 4 words, 6 syllables, 1 sentence.
    expect(fernandezHuerta('Mi casa es azul.')).toBeCloseTo(206.84 - 60 * 1.5 - 1.02 * 4, 5);
  });

  it('covers many messages in each language', () => {
    expect(english.length).toBeGreaterThan(25);
    expect(spanish.length).toBe(english.length);
  });

  it.each(english)('Flesch-Kincaid grade ≤ 8 (English): %s', (text) => {
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });

  it.each(spanish)(
    'Fernández-Huerta reading ease ≥ 60, the 8th-grade equivalent (Spanish): %s',
    (text) => {
      expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(60);
    },
  );

  it.each([...english, ...spanish])('no unexplained acronyms or citations: %s', (text) => {
    // "504" names a plan parents know by number; "U.S." is spelled with dots.
    expect(text).not.toMatch(/\b[A-Z]{2,}\b/);
    expect(text).not.toMatch(/CFR|§|\d{3}\.\d/);
  });

  it('states with no known limit are all covered by the unknown wording', () => {
    const unknown = listStates().filter((s) => s.dueProcessLimitation.value === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const state of unknown) {
      const r = recommend(
        {
          state: state.code,
          planType: 'iep',
          issues: ['services_insufficient'],
          districtDecisionDate: '2026-01-01',
          today: '2026-11-23',
        },
        'en',
      );
      expect(r.warnings.find((w) => w.id === 'due_process_limit_near')?.message).toContain(
        "unknown — check your state's procedural safeguards notice",
      );
    }
  });
});
