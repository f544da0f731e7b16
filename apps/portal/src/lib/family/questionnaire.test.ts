import { describe, expect, it } from 'vitest';
import {
  answerText,
  mergeAnswers,
  missingRequired,
  parseQuestionnaire,
  type Questionnaire,
  readStepAnswers,
  stateLabel,
  stepReached,
  stepsFor,
  visibleAnswers,
} from './questionnaire';

// The shape of packages/rules' questionnaire 2026-12.1, trimmed to the branching that matters.
const questionnaire: Questionnaire = parseQuestionnaire({
  version: '2026-12.1',
  lang: 'en',
  title: 'Tell us',
  intro: 'Intro',
  questions: [
    {
      id: 'state',
      type: 'single_choice',
      label: 'State',
      help: '',
      required: true,
      choices: [{ value: 'TX', label: 'Texas' }],
    },
    {
      id: 'issues',
      type: 'multi_choice',
      label: 'Issues',
      help: '',
      required: true,
      choices: [
        { value: 'discipline', label: 'Suspended' },
        { value: 'records_denied', label: 'Records' },
      ],
    },
    { id: 'has_decision_date', type: 'yes_no', label: 'Decision?', help: '', required: true },
    {
      id: 'district_decision_date',
      type: 'date',
      label: 'When?',
      help: '',
      required: true,
      showIf: { question: 'has_decision_date', equals: true },
    },
    {
      id: 'written_notice',
      type: 'yes_no',
      label: 'In writing?',
      help: '',
      required: true,
      showIf: { question: 'has_decision_date', equals: true },
    },
    {
      id: 'removal_school_days',
      type: 'number',
      label: 'Days?',
      help: '',
      required: true,
      showIf: { question: 'issues', includes: 'discipline' },
    },
    // 2026-12.1: is a meeting coming? (the records request goes before it)
    { id: 'meeting_scheduled', type: 'yes_no', label: 'Meeting?', help: '', required: false },
    { id: 'summary', type: 'text', label: 'Summary', help: '', required: false },
  ],
});

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('stepsFor', () => {
  it('hides branches until their answer, and groups questions shown under one condition', () => {
    expect(stepsFor(questionnaire, {}).map((s) => s.questions.map((q) => q.id))).toEqual([
      ['state'],
      ['issues'],
      ['has_decision_date'],
      ['meeting_scheduled'],
      ['summary'],
    ]);
    const steps = stepsFor(questionnaire, { has_decision_date: true, issues: ['discipline'] });
    expect(steps.map((s) => s.questions.map((q) => q.id))).toEqual([
      ['state'],
      ['issues'],
      ['has_decision_date'],
      ['district_decision_date', 'written_notice'],
      ['removal_school_days'],
      ['meeting_scheduled'],
      ['summary'],
    ]);
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('stepReached', () => {
  it('resumes at the first step with an unanswered question, and at the review when none', () => {
    const partial = { state: 'TX', issues: ['records_denied'] };
    expect(stepReached(stepsFor(questionnaire, partial), partial)).toBe(3);
    const done = { ...partial, has_decision_date: false, meeting_scheduled: true, summary: 'x' };
    expect(stepReached(stepsFor(questionnaire, done), done)).toBeNull();
  });
});

describe('readStepAnswers', () => {
  it('reads each answer type and clears empty ones', () => {
    const questions = questionnaire.questions;
    const read = readStepAnswers(
      questions,
      form([
        ['state', 'TX'],
        ['issues', 'discipline'],
        ['issues', 'records_denied'],
        ['has_decision_date', 'no'],
        ['removal_school_days', ' 12 '],
        ['meeting_scheduled', 'yes'],
        ['summary', ''],
      ]),
    );
    expect(read.set).toEqual({
      state: 'TX',
      issues: ['discipline', 'records_denied'],
      has_decision_date: false,
      removal_school_days: 12,
      meeting_scheduled: true,
    });
    expect(read.cleared).toEqual(['district_decision_date', 'written_notice', 'summary']);
  });

  it('passes a number that does not parse on as typed, for the API to name', () => {
    const days = questionnaire.questions.filter((q) => q.id === 'removal_school_days');
    expect(readStepAnswers(days, form([['removal_school_days', 'ten']])).set).toEqual({
      removal_school_days: 'ten',
    });
  });
});

describe('visibleAnswers and mergeAnswers', () => {
  it('drops answers a changed earlier answer now hides', () => {
    const before = { has_decision_date: true, district_decision_date: '2026-01-10' };
    const after = mergeAnswers(before, { set: { has_decision_date: false }, cleared: [] });
    expect(visibleAnswers(questionnaire, after)).toEqual({ has_decision_date: false });
  });
});

describe('missingRequired', () => {
  it('lists required questions without an answer, not optional ones', () => {
    expect(missingRequired(questionnaire.questions, { state: 'TX' }).map((q) => q.id)).toEqual([
      'issues',
      'has_decision_date',
      'district_decision_date',
      'written_notice',
      'removal_school_days',
    ]);
  });
});

describe('answerText', () => {
  const words = { yes: 'Yes', no: 'No', none: 'Not answered' };
  it('writes choices by their labels and booleans as words', () => {
    const [state, issues, decision] = questionnaire.questions;
    expect(answerText(state!, 'TX', words)).toBe('Texas');
    expect(answerText(issues!, ['discipline', 'records_denied'], words)).toBe('Suspended; Records');
    expect(answerText(decision!, false, words)).toBe('No');
    expect(answerText(decision!, undefined, words)).toBe('Not answered');
  });
});

describe('parseQuestionnaire', () => {
  it('refuses JSON of another shape', () => {
    expect(() => parseQuestionnaire({ questions: [{ id: 1 }] })).toThrow(/unexpected shape/);
    expect(() => parseQuestionnaire(null)).toThrow(/unexpected shape/);
  });
});

describe('stateLabel', () => {
  it('names a state the questionnaire lists, with its letters, and falls back to the letters', () => {
    expect(stateLabel(questionnaire, 'TX')).toBe('Texas (TX)');
    expect(stateLabel(questionnaire, 'CA')).toBe('CA');
    expect(stateLabel(null, 'TX')).toBe('TX');
  });
});
