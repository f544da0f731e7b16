import {
  computeDeadlinesFromInput,
  getState,
  parseSchoolCalendar,
  RulesInputError,
  validateLetterFacts,
} from '@continuum/rules';
import { DomainError } from '../../platform/errors/domain-error';
import { rulesInputKey, withRulesInput } from './families.errors';

function refusal(work: () => unknown): RulesInputError {
  try {
    work();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
  throw new Error('the rules accepted it');
}

describe(rulesInputKey.name, () => {
  const event =
    (type: string, date = '2026-03-02', schoolDays?: number) =>
    () =>
      computeDeadlinesFromInput({
        state: 'CA',
        kind: 'discipline',
        events: [{ type, date, ...(schoolDays ? { schoolDays } : {}) }],
      });

  it.each([
    ['an impossible date', event('removal', '2026-02-30'), 'RULES_DATE_INVALID'],
    ['an event the kind does not have', event('complaint_filed'), 'RULES_EVENT_NOT_ACCEPTED'],
    [
      'a removal of 900 school days',
      event('removal', '2026-03-02', 900),
      'RULES_SCHOOL_DAYS_INVALID',
    ],
    ['an unknown state', () => getState('ZZ'), 'RULES_STATE_UNKNOWN'],
    [
      'a calendar ending before it starts',
      () =>
        parseSchoolCalendar(
          { firstDay: '2026-08-20', lastDay: '2026-06-01', nonSchoolDays: [] },
          'calendar',
        ),
      'RULES_CALENDAR_INVALID',
    ],
    [
      'an unknown proceeding kind',
      () => computeDeadlinesFromInput({ state: 'CA', kind: 'lawsuit', events: [] }),
      'RULES_KIND_UNKNOWN',
    ],
  ])('%s', (_what, work, key) => {
    expect(rulesInputKey(refusal(work))).toBe(key);
  });

  it('wraps the refusal as a DomainError with the key, the API’s field and the rules’ message', () => {
    let thrown: unknown;
    try {
      withRulesInput(
        () => validateLetterFacts('records_request', { date: '2026-02-30' }),
        (field) => `facts.${field}`,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'RULES_VALUE_REQUIRED',
      field: 'facts.parent',
    });
  });
});
