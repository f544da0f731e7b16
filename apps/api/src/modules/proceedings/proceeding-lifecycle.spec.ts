import { DomainError } from '../../platform/errors/domain-error';
import { checkNewEvent, replay } from './proceeding-lifecycle';

describe('proceeding lifecycle', () => {
  describe(replay.name, () => {
    it('starts a due process proceeding as a draft', () => {
      expect(replay('due_process', []).state).toBe('draft');
    });

    it('moves through the state machine in date order, whatever the order of recording', () => {
      const snapshot = replay('due_process', [
        { type: 'complaint_received', date: '2026-03-04', sequence: 1 },
        { type: 'complaint_filed', date: '2026-03-02', sequence: 2 },
      ]);
      expect(snapshot.state).toBe('resolution_period');
      expect(snapshot.events.map((e) => e.type)).toEqual(['complaint_filed', 'complaint_received']);
    });

    it('keeps the order of entry for events of the same day', () => {
      const snapshot = replay('due_process', [
        { type: 'complaint_received', date: '2026-03-04', sequence: 1 },
        { type: 'resolution_waived', date: '2026-03-04', sequence: 2 },
      ]);
      expect(snapshot.state).toBe('hearing_timeline');
    });
  });

  describe(checkNewEvent.name, () => {
    const codeOf = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return error instanceof DomainError ? [error.code, error.field] : ['unexpected'];
      }
      return ['no error'];
    };

    it('refuses an event the kind does not accept, naming the type field (34 CFR 300.506: mediation issues no decision)', () => {
      expect(
        codeOf(() =>
          checkNewEvent(
            'mediation',
            'requested',
            { type: 'decision_issued', date: '2026-02-01' },
            '2026-11-23',
          ),
        ),
      ).toEqual(['INVALID_TRANSITION', 'type']);
    });

    it('refuses an impossible date and a future date, but accepts the future day of a scheduled hearing', () => {
      expect(
        codeOf(() =>
          checkNewEvent(
            'due_process',
            'filed',
            { type: 'complaint_received', date: '2026-02-30' },
            '2026-11-23',
          ),
        ),
      ).toEqual(['BAD_USER_INPUT', 'date']);
      expect(
        codeOf(() =>
          checkNewEvent(
            'due_process',
            'filed',
            { type: 'complaint_received', date: '2026-12-01' },
            '2026-11-23',
          ),
        ),
      ).toEqual(['DATE_IN_FUTURE', 'date']);
      expect(
        checkNewEvent(
          'due_process',
          'hearing_timeline',
          { type: 'hearing_scheduled', date: '2027-01-12' },
          '2026-11-23',
        ),
      ).toEqual({
        type: 'hearing_scheduled',
        date: '2027-01-12',
      });
    });

    it('checks the length of a removal', () => {
      expect(
        codeOf(() =>
          checkNewEvent(
            'discipline',
            'open',
            { type: 'removal', date: '2026-11-02', schoolDays: 0 },
            '2026-11-23',
          ),
        ),
      ).toEqual(['BAD_USER_INPUT', 'schoolDays']);
    });
  });
});
