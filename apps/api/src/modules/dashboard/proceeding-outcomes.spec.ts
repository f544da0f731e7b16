import { PROCEEDING_KINDS, proceedingDefinition } from '@continuum/rules';
import { PROCEEDING_OUTCOMES } from './proceeding-outcomes';
import { proceedingStateLabel } from '../proceedings/proceeding-words';

describe('PROCEEDING_OUTCOMES', () => {
  it.each(PROCEEDING_KINDS)('names only states the %s state machine has, with words', (kind) => {
    const { states, initial } = proceedingDefinition(kind);
    for (const state of PROCEEDING_OUTCOMES[kind]) {
      expect(states).toContain(state);
      expect(state).not.toBe(initial);
      expect(proceedingStateLabel(state, 'en')).not.toBe('In progress');
    }
  });
});
