import { getQuestionnaire } from '@continuum/rules';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '$lib/family/questionnaire';
import { answersFromParams, answersToParams } from './carried-answers';

const questionnaire = getQuestionnaire('en') as unknown as Questionnaire;

describe('answers carried in the address', () => {
  it('round-trip every kind of answer', () => {
    const answers = {
      state: 'AZ',
      plan_type: 'iep',
      issues: ['evaluation', 'discipline'],
      has_decision_date: true,
      district_decision_date: '2026-11-20',
      written_notice: false,
      removal_school_days: 4,
      summary: 'They said no & we disagree',
    };
    const params = answersToParams(questionnaire, answers);
    expect(params.getAll('issues')).toEqual(['evaluation', 'discipline']);
    expect(params.get('written_notice')).toBe('no');
    expect(answersFromParams(questionnaire, new URLSearchParams(params.toString()))).toEqual(
      answers,
    );
  });

  it('drop answers the other answers hide, and empty ones', () => {
    const params = new URLSearchParams(
      'state=AZ&issues=evaluation&removal_school_days=12&has_decision_date=no&district_decision_date=2026-11-20&summary=',
    );
    expect(answersFromParams(questionnaire, params)).toEqual({
      state: 'AZ',
      issues: ['evaluation'],
      has_decision_date: false,
    });
  });
});
