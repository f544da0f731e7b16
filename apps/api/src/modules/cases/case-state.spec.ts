import { computeDeadlines, renderRulesMessage } from '@continuum/rules';
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
    // 34 CFR 300.510(b)(1): computed with the record's state, the resolution period would end
    // on 2026-12-02; while the state is in question it has no date.
    const computed = computeDeadlines({
      state: 'CA',
      kind: 'due_process',
      events: [{ type: 'complaint_received', date: '2026-11-02' }],
    });
    const period = computed.find((d) => d.id === 'resolution_period_end')!;
    expect(period.due).toBe('2026-12-02');
    const held = heldForState(computed, { studentId: 's', intakeState: 'TX', studentState: 'CA' });
    expect(held.map((d) => d.id)).toEqual(computed.map((d) => d.id));
    expect(held.find((d) => d.id === 'resolution_period_end')).toEqual({
      ...period,
      due: null,
      status: 'unknown',
      confidence: 'unknown',
      fallsOnNonBusinessDay: false,
      note: 'no date until the student’s state is confirmed: the intake says Texas, the student’s record says California',
      message: {
        key: 'deadline.state_unconfirmed',
        params: { intakeState: 'TX', studentState: 'CA' },
      },
    });
    expect(renderRulesMessage(held[0]!.message, 'es')).toBe(
      'no hay fecha hasta que se confirme el estado del estudiante: la solicitud dice Texas y el registro del estudiante dice California',
    );
    expect(held.every((d) => d.due === null && d.status === 'unknown')).toBe(true);
  });
});
