import { describe, expect, it } from 'vitest';
import { stepsFor } from '$lib/family/questionnaire';
import { answersFromParams } from '$lib/public/carried-answers';
import {
  carriedInputs,
  carriedOrg,
  guideQuestionnaire,
  guideResult,
  guidesFor,
  guideToday,
  stepErrors,
  withOrg,
} from './guide';

const TODAY = '2026-11-23';
const questionnaire = guideQuestionnaire('en');
const required = (question: string) => `Answer: ${question}`;
const arizona = {
  state: 'AZ',
  plan_type: 'iep',
  issues: ['services_not_provided'],
  has_decision_date: true,
  district_decision_date: '2026-01-10',
  written_notice: false,
};

describe('the public assessment', () => {
  it('does not ask for free text, which would land in addresses and logs', () => {
    expect(questionnaire.questions.map((q) => q.id)).not.toContain('summary');
    expect(
      answersFromParams(questionnaire, new URLSearchParams('state=AZ&summary=secret')),
    ).toEqual({ state: 'AZ' });
  });

  it('counts today in UTC, never an earlier day than in the United States', () => {
    expect(guideToday(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-24');
  });

  it('names the question a step left blank, and the rules refusing an answer', () => {
    const steps = stepsFor(questionnaire, arizona);
    const dateStep = steps.find((s) => s.questions.some((q) => q.id === 'district_decision_date'))!;
    expect(
      stepErrors(
        questionnaire,
        dateStep,
        { ...arizona, district_decision_date: '2026-12-01' },
        {
          lang: 'en',
          today: TODAY,
          required,
        },
      ),
    ).toEqual([
      {
        field: 'q-district_decision_date',
        message: 'When did the school make that decision? This date cannot be in the future.',
      },
    ]);
    const { written_notice: _, ...blank } = arizona;
    expect(
      stepErrors(questionnaire, dateStep, blank, { lang: 'es', today: TODAY, required }),
    ).toEqual([
      {
        field: 'q-written_notice',
        message: 'Answer: Did the school give you that decision in writing?',
      },
    ]);
  });

  it("carries every answer but the step's own in its form", () => {
    const steps = stepsFor(questionnaire, arizona);
    const issuesStep = steps.find((s) => s.questions.some((q) => q.id === 'issues'))!;
    const names = carriedInputs(questionnaire, arizona, issuesStep).map(([name]) => name);
    expect(names).toContain('state');
    expect(names).not.toContain('issues');
  });

  it('sends wrong answers back to their first step, and gives dated limits for good ones', () => {
    const wrong = guideResult(questionnaire, { ...arizona, plan_type: undefined! }, 'en', TODAY);
    expect(wrong).toEqual({ ok: false, step: 2 });
    const right = guideResult(questionnaire, arizona, 'en', TODAY);
    if (!right.ok) throw new Error('expected a result');
    expect(right.result.recommendation.pathways[0]?.id).toBe('pwn_request');
    expect(right.result.recommendation.warnings.map((w) => w.id)).toContain(
      'state_complaint_limit_near',
    );
    expect(right.result.deadlines.map((d) => [d.kind, d.deadline])).toEqual([
      ['state_complaint', '2027-01-10'],
      ['due_process', '2028-01-10'],
    ]);
  });

  it('links the guides that fit the answers, the overview always', () => {
    expect(
      guidesFor({ ...arizona, plan_type: 'iep', issues: ['services_not_provided'] }, ['mediation']),
    ).toEqual(['disagree-with-iep', 'mediation', 'team-cannot-agree', 'options']);
    expect(
      guidesFor({ state: 'AZ', plan_type: 'none', issues: ['evaluation_refused'] }, [
        'pwn_request',
      ]),
    ).toEqual(['school-said-no', 'options']);
  });
});

describe('carriedOrg', () => {
  it('carries a page address from /o/<slug> and drops anything else', () => {
    expect(carriedOrg(new URLSearchParams('org=riverside&state=AZ'))).toBe('riverside');
    expect(carriedOrg(new URLSearchParams('state=AZ'))).toBeNull();
    expect(carriedOrg(new URLSearchParams('org=%3Cscript%3E'))).toBeNull();
    expect(carriedOrg(new URLSearchParams('org=Riverside'))).toBeNull();
    expect(withOrg(new URLSearchParams('state=AZ'), 'riverside').toString()).toBe(
      'state=AZ&org=riverside',
    );
  });
});
