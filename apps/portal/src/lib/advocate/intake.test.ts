import { describe, expect, it } from 'vitest';
import { answerRows, readRecommendation, triageOrder } from './intake';

describe(readRecommendation.name, () => {
  it('orders pathways by rank and keeps warnings with their time limit', () => {
    const recommendation = readRecommendation({
      pathways: [
        { id: 'state_complaint', rank: 2, reason: 'b', basis: ['34 CFR 300.153'] },
        { id: 'pwn_request', rank: 1, reason: 'a', basis: ['34 CFR 300.503'] },
      ],
      warnings: [
        { id: 'state_complaint_limit_near', message: 'soon', basis: [], deadline: '2026-12-01' },
      ],
    });
    expect(recommendation?.pathways.map((p) => p.id)).toEqual(['pwn_request', 'state_complaint']);
    expect(recommendation?.warnings[0]).toEqual({
      id: 'state_complaint_limit_near',
      message: 'soon',
      basis: [],
      deadline: '2026-12-01',
    });
  });

  it('is null without a recommendation, and skips entries without an id', () => {
    expect(readRecommendation(null)).toBeNull();
    expect(readRecommendation({ pathways: [{ rank: 1 }], warnings: 'x' })).toEqual({
      pathways: [],
      warnings: [],
    });
  });
});

describe(answerRows.name, () => {
  const questionnaire = {
    questions: [
      { id: 'state', label: 'State?', choices: [{ value: 'NC', label: 'North Carolina' }] },
      {
        id: 'issues',
        label: 'What is wrong?',
        choices: [
          { value: 'discipline', label: 'Discipline' },
          { value: 'records_denied', label: 'Records' },
        ],
      },
      { id: 'has_decision_date', label: 'Do you know the date?' },
      { id: 'summary', label: 'Tell us more' },
    ],
  };

  it('shows each answer beside its question, with choice labels and yes/no words', () => {
    const rows = answerRows(
      questionnaire,
      { issues: ['records_denied', 'discipline'], state: 'NC', has_decision_date: false, old: 3 },
      (value) => (value ? 'Yes' : 'No'),
    );
    expect(rows).toEqual([
      { id: 'state', question: 'State?', answer: 'North Carolina' },
      { id: 'issues', question: 'What is wrong?', answer: 'Records, Discipline' },
      { id: 'has_decision_date', question: 'Do you know the date?', answer: 'No' },
      { id: 'old', question: 'old', answer: '3' },
    ]);
  });
});

describe(triageOrder.name, () => {
  const intake = (id: string, submittedAt: string, warningDeadlines: (string | null)[] = []) => ({
    id,
    submittedAt,
    warningDeadlines,
  });

  it('puts warnings with days left first (soonest date first), then other warnings, then the rest, each oldest first', () => {
    const today = '2026-12-04';
    const ordered = triageOrder(
      [
        intake('quiet-old', '2026-11-01T10:00:00Z'),
        intake('quiet-new', '2026-12-03T10:00:00Z'),
        intake('passed', '2026-12-02T10:00:00Z', ['2026-11-20']),
        intake('unknown-date', '2026-11-15T10:00:00Z', [null]),
        intake('in-ten-days', '2026-12-01T10:00:00Z', ['2026-12-14']),
        intake('today', '2026-12-03T09:00:00Z', ['2026-11-01', '2026-12-04']),
        intake('in-ten-days-older', '2026-11-30T10:00:00Z', ['2026-12-14', null]),
      ],
      today,
    );
    expect(ordered.map((i) => i.id)).toEqual([
      'today',
      'in-ten-days-older',
      'in-ten-days',
      'unknown-date',
      'passed',
      'quiet-old',
      'quiet-new',
    ]);
  });

  it('counts days left from the organization’s date: a deadline of yesterday there is passed', () => {
    const ordered = triageOrder(
      [
        intake('yesterday', '2026-11-01T10:00:00Z', ['2026-12-03']),
        intake('tomorrow', '2026-12-02T10:00:00Z', ['2026-12-05']),
      ],
      '2026-12-04',
    );
    expect(ordered.map((i) => i.id)).toEqual(['tomorrow', 'yesterday']);
  });
});
