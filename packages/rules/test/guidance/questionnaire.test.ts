import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../src/errors.js';
import {
  answersToRecommendInput,
  currentQuestionnaireVersion,
  getQuestionnaire,
  questionnaireVersions,
  validateIntakeAnswers,
  type IntakeAnswers,
} from '../../src/intake/index.js';
import { issueIds, recommend } from '../../src/pathways/index.js';
import { fernandezHuerta, fleschKincaidGrade } from './readability.js';

const VERSION = '2026-12.1';
const base = {
  state: 'TX',
  plan_type: 'iep',
  issues: ['services_not_provided'],
  has_decision_date: false,
};

describe('intake questionnaire (part 6)', () => {
  it('is versioned YYYY-MM.n and the current version is listed', () => {
    expect(currentQuestionnaireVersion).toMatch(/^\d{4}-\d{2}\.\d+$/);
    expect(questionnaireVersions).toContain(currentQuestionnaireVersion);
    expect(getQuestionnaire('en').version).toBe(VERSION);
  });

  it('has the same questions, types and branching in English and Spanish, with different words', () => {
    const en = getQuestionnaire('en');
    const es = getQuestionnaire('es');
    expect(es.questions.map((q) => [q.id, q.type, q.showIf])).toEqual(
      en.questions.map((q) => [q.id, q.type, q.showIf]),
    );
    en.questions.forEach((q, i) => {
      const other = es.questions[i];
      expect(q.label).not.toBe(other?.label);
      expect(q.help.length).toBeGreaterThan(10);
      expect(other?.help.length).toBeGreaterThan(10);
      expect(q.choices?.map((c) => c.value)).toEqual(other?.choices?.map((c) => c.value));
    });
  });

  it('uses every answer type the issue asks for', () => {
    expect(new Set(getQuestionnaire('en').questions.map((q) => q.type))).toEqual(
      new Set(['single_choice', 'multi_choice', 'date', 'text', 'yes_no', 'number']),
    );
  });

  it('offers all 51 jurisdictions and all 12 issues', () => {
    const q = getQuestionnaire('es');
    expect(q.questions.find((x) => x.id === 'state')?.choices).toHaveLength(51);
    expect(q.questions.find((x) => x.id === 'issues')?.choices?.map((c) => c.value)).toEqual(
      issueIds,
    );
  });

  function texts(lang: 'en' | 'es'): [string, string][] {
    return getQuestionnaire(lang).questions.flatMap((q) => [
      [q.id, `${q.label} ${q.help}`] as [string, string],
      ...(q.id === 'state' ? [] : (q.choices ?? [])).map(
        (c) => [`${q.id}.${c.value}`, `${c.label}. ${c.help ?? ''}`] as [string, string],
      ),
    ]);
  }

  it.each(texts('en'))(
    'Flesch-Kincaid grade ≤ 8 (English questions and choices): %s',
    (_id, text) => {
      expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
    },
  );

  it.each(texts('es'))(
    'Fernández-Huerta reading ease ≥ 60 (Spanish questions and choices): %s',
    (_id, text) => {
      expect(fernandezHuerta(text)).toBeGreaterThanOrEqual(60);
    },
  );

  it('2026-12.1 asks whether a meeting is coming, after the discipline question; 2026-11.1 stays as published', () => {
    const ids = (version: string) => getQuestionnaire('en', version).questions.map((q) => q.id);
    const current = ids('2026-12.1');
    expect(current.indexOf('meeting_scheduled')).toBe(current.indexOf('removal_school_days') + 1);
    expect(
      getQuestionnaire('es').questions.find((q) => q.id === 'meeting_scheduled'),
    ).toMatchObject({
      type: 'yes_no',
      required: false,
      label: '¿Tiene pronto una reunión con la escuela?',
    });
    expect(ids('2026-11.1')).toEqual(current.filter((id) => id !== 'meeting_scheduled'));
    // An intake answered in the old version still validates against it.
    expect(validateIntakeAnswers('2026-11.1', base).ok).toBe(true);
    expect(validateIntakeAnswers('2026-11.1', { ...base, meeting_scheduled: true })).toMatchObject({
      ok: false,
      errors: [{ field: 'meeting_scheduled' }],
    });
  });

  it('Spanish terms of the corrections: prior written notice is "notificación previa por escrito"', () => {
    const help = getQuestionnaire('es').questions.find((q) => q.id === 'written_notice')?.help;
    expect(help).toContain('notificación previa por escrito');
    expect(JSON.stringify(getQuestionnaire('es'))).not.toContain('aviso previo');
  });

  it('an unknown language or version is a RulesInputError naming it', () => {
    expect(() => getQuestionnaire('fr' as 'en')).toThrow(RulesInputError);
    expect(() => getQuestionnaire('en', '1999-01.1')).toThrow(/version/);
  });
});

describe('validateIntakeAnswers', () => {
  it('accepts a complete intake and drops hidden answers', () => {
    const result = validateIntakeAnswers(VERSION, {
      ...base,
      removal_school_days: 3,
      summary: '  Missed speech therapy.  ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        state: 'TX',
        plan_type: 'iep',
        issues: ['services_not_provided'],
        has_decision_date: false,
        summary: 'Missed speech therapy.',
      },
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'branching: a decision date is required once the parent says there is one',
      { ...base, has_decision_date: true },
      ['district_decision_date', 'written_notice'],
    ],
    [
      'branching: discipline asks for removal days',
      { ...base, issues: ['discipline'] },
      ['removal_school_days'],
    ],
    [
      'branching: a placement change asks whether it started',
      { ...base, issues: ['placement_change'] },
      ['change_in_effect'],
    ],
    ['required questions', {}, ['state', 'plan_type', 'issues', 'has_decision_date']],
    ['unknown state code', { ...base, state: 'ZZ' }, ['state']],
    ['unknown issue', { ...base, issues: ['bullying'] }, ['issues']],
    ['no issue chosen', { ...base, issues: [] }, ['issues']],
    [
      'an issue chosen twice',
      { ...base, issues: ['discipline', 'discipline'], removal_school_days: 1 },
      ['issues'],
    ],
    ['yes/no of the wrong type', { ...base, has_decision_date: 'yes' }, ['has_decision_date']],
    [
      'impossible date',
      {
        ...base,
        has_decision_date: true,
        district_decision_date: '2026-02-30',
        written_notice: true,
      },
      ['district_decision_date'],
    ],
    [
      'number out of range',
      { ...base, issues: ['discipline'], removal_school_days: 400 },
      ['removal_school_days'],
    ],
    [
      'number not whole',
      { ...base, issues: ['discipline'], removal_school_days: 2.5 },
      ['removal_school_days'],
    ],
    ['text too long', { ...base, summary: 'x'.repeat(4001) }, ['summary']],
    [
      'meeting yes/no of the wrong type',
      { ...base, meeting_scheduled: 'soon' },
      ['meeting_scheduled'],
    ],
    ['unknown question', { ...base, favourite_color: 'blue' }, ['favourite_color']],
  ])('%s', (_label, answers, fields) => {
    const result = validateIntakeAnswers(VERSION, answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(fields);
  });

  it('a date after the submission day is an error when today is given', () => {
    const answers = {
      ...base,
      has_decision_date: true,
      district_decision_date: '2026-12-01',
      written_notice: true,
    };
    expect(validateIntakeAnswers(VERSION, answers).ok).toBe(true);
    const result = validateIntakeAnswers(VERSION, answers, { today: '2026-11-23', lang: 'es' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'district_decision_date', message: 'Esta fecha no puede ser en el futuro.' },
      ],
    });
  });

  it('a draft may leave required questions unanswered but not give wrong ones', () => {
    expect(validateIntakeAnswers(VERSION, { state: 'CA' }, { partial: true }).ok).toBe(true);
    expect(validateIntakeAnswers(VERSION, { state: 'XX' }, { partial: true }).ok).toBe(false);
  });

  it('unknown versions and non-object answers are errors, not exceptions', () => {
    expect(validateIntakeAnswers('2020-01.1', base)).toMatchObject({
      ok: false,
      errors: [{ field: 'version' }],
    });
    expect(validateIntakeAnswers(VERSION, [])).toMatchObject({
      ok: false,
      errors: [{ field: 'answers' }],
    });
  });
});

describe('answersToRecommendInput', () => {
  it('maps answers to the recommend input and feeds the recommendation', () => {
    const result = validateIntakeAnswers(VERSION, {
      state: 'NC',
      plan_type: 'iep',
      issues: ['placement_change', 'discipline'],
      has_decision_date: true,
      district_decision_date: '2026-01-10',
      written_notice: false,
      change_in_effect: false,
      removal_school_days: 12,
      meeting_scheduled: true,
      open_to_negotiation: true,
      urgency: 'high',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input = answersToRecommendInput(result.value, '2026-11-23');
    expect(input).toEqual({
      state: 'NC',
      planType: 'iep',
      issues: ['placement_change', 'discipline'],
      districtDecisionDate: '2026-01-10',
      writtenNotice: false,
      changeInEffect: false,
      removalSchoolDays: 12,
      meetingScheduled: true,
      openToNegotiation: true,
      urgency: 'high',
      today: '2026-11-23',
    });
    const r = recommend(input, 'es');
    expect(r.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'stay_put',
        'no_written_notice',
        'change_of_placement',
        'due_process_limit_near',
      ]),
    );
  });

  it.each<[string, string, string[], string[]]>([
    // 34 CFR 104.36, 104.7(b): the plan answer decides the routes.
    [
      '504',
      'services_insufficient',
      ['section_504_meeting', 'section_504_hearing'],
      ['due_process'],
    ],
    ['none', 'records_denied', ['records_request', 'ferpa_complaint'], ['state_complaint']],
    [
      'iep',
      'services_insufficient',
      ['iep_meeting_request', 'due_process'],
      ['section_504_hearing'],
    ],
  ])(
    '34 CFR 104.36: the plan type answer (%s) reaches the recommendation (%s)',
    (plan, issue, present, absent) => {
      const result = validateIntakeAnswers(VERSION, {
        ...base,
        plan_type: plan,
        issues: [issue],
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const input = answersToRecommendInput(result.value, '2026-11-23');
      expect(input.planType).toBe(plan);
      const got = recommend(input, 'en').pathways.map((p) => p.id);
      for (const id of present) expect(got).toContain(id);
      for (const id of absent) expect(got).not.toContain(id);
    },
  );

  it('a bad today is a RulesInputError naming today', () => {
    expect(() => answersToRecommendInput(base as IntakeAnswers, '2026-13-01')).toThrow(/today/);
  });
});
