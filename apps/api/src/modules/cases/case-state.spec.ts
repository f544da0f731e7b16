import type { Deadline } from '@continuum/rules';
import { heldForState, stateQuestion } from './case-state';

const student = { id: 'student-1', state: 'CA' };

describe(stateQuestion.name, () => {
  it('asks when the intake names another state than the student’s record', () => {
    expect(stateQuestion({ state: 'TX' }, student, null)).toEqual({
      studentId: 'student-1',
      intakeState: 'TX',
      studentState: 'CA',
    });
  });

  it('does not ask when they agree, the intake names none, or the record’s state was confirmed', () => {
    expect(stateQuestion({ state: 'CA' }, student, null)).toBeNull();
    expect(stateQuestion({}, student, null)).toBeNull();
    expect(stateQuestion({ state: 'TX' }, student, 'CA')).toBeNull();
  });

  it('asks again when the record was changed after a confirmation to a third state', () => {
    expect(stateQuestion({ state: 'TX' }, { id: 'student-1', state: 'NM' }, 'CA')).toMatchObject({
      intakeState: 'TX',
      studentState: 'NM',
    });
  });
});

describe(heldForState.name, () => {
  it('keeps every rule listed but without a date, unknown, saying what to confirm', () => {
    const computed: Deadline = {
      id: 'resolution_period_end',
      due: '2026-12-02',
      status: 'computed',
      unit: 'days',
      basis: ['34 CFR 300.510(b)(1)'],
      confidence: 'high',
      note: 'the 30-day resolution period ends',
      fallsOnNonBusinessDay: true,
    };
    expect(
      heldForState([computed], { studentId: 's', intakeState: 'TX', studentState: 'CA' }),
    ).toEqual([
      {
        ...computed,
        due: null,
        status: 'unknown',
        confidence: 'unknown',
        fallsOnNonBusinessDay: false,
        note: "unknown — the student's state must be confirmed first: the intake says TX, the student's record says CA",
      },
    ]);
  });
});
