import { describe, expect, it } from 'vitest';
import {
  PROCEEDING_KINDS,
  RulesInputError,
  applyEvent,
  computeDeadlinesFromInput,
  newProceeding,
  proceedingDefinition,
} from '../../src/index.js';

describe('proceeding state machines', () => {
  it('there are fourteen kinds', () => {
    expect(PROCEEDING_KINDS).toHaveLength(14);
  });

  it.each(PROCEEDING_KINDS)('%s: every event moves to a declared state; the initial state is declared', (kind) => {
    const def = proceedingDefinition(kind);
    expect(def.states).toContain(def.initial);
    expect(Object.keys(def.events).length).toBeGreaterThan(0);
    for (const e of Object.values(def.events)) expect(def.states).toContain(e.to);
  });

  it.each(PROCEEDING_KINDS)('%s: each event alone yields deadlines with the full shape', (kind) => {
    const def = proceedingDefinition(kind);
    for (const type of Object.keys(def.events)) {
      for (const d of computeDeadlinesFromInput({ state: 'CA', kind, events: [{ type, date: '2026-03-02' }] })) {
        expect(Object.keys(d).sort()).toEqual(['basis', 'confidence', 'due', 'fallsOnNonBusinessDay', 'id', 'message', 'note', 'status', 'unit']);
        expect(d.status === 'computed').toBe(d.due !== null);
        expect(d.note.length).toBeGreaterThan(0);
      }
    }
  });

  it('applyEvent moves a due process complaint through its states', () => {
    let p = newProceeding('due_process');
    expect(p.state).toBe('draft');
    p = applyEvent(p, { type: 'complaint_received', date: '2026-03-02' });
    expect(p.state).toBe('resolution_period');
    p = applyEvent(p, { type: 'resolution_waived', date: '2026-03-05' });
    expect(p.state).toBe('hearing_timeline');
    p = applyEvent(p, { type: 'decision_issued', date: '2026-04-10' });
    expect(p).toMatchObject({ state: 'decided', events: [{ type: 'complaint_received' }, { type: 'resolution_waived' }, { type: 'decision_issued' }] });
  });

  it('an event a kind does not know is an error naming the event', () => {
    expect(() => applyEvent(newProceeding('mediation'), { type: 'decision_issued', date: '2026-04-10' })).toThrow(RulesInputError);
    try {
      computeDeadlinesFromInput({ state: 'CA', kind: 'mediation', events: [{ type: 'requested', date: '2026-01-01' }, { type: 'decision_issued', date: '2026-04-10' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as RulesInputError).field).toBe('events[1].type');
      expect((error as RulesInputError).value).toBe('decision_issued');
    }
  });

  it.each([
    [{ state: 'CA', kind: 'lawsuit', events: [] }, 'kind'],
    [{ state: 'XX', kind: 'mediation', events: [] }, 'state'],
    [{ state: 'CA', kind: 'mediation', events: {} }, 'events'],
    [{ state: 'CA', kind: 'mediation', events: [{ type: 'requested', date: '2026-02-30' }] }, 'events[0].date'],
    [{ state: 'CA', kind: 'mediation', events: [null] }, 'events[0]'],
    [{ state: 'CA', kind: 'due_process', filedBy: 'court', events: [] }, 'filedBy'],
    [{ state: 'CA', kind: 'discipline', events: [{ type: 'removal', date: '2026-02-03', schoolDays: 0 }] }, 'events[0].schoolDays'],
    [{ state: 'CA', kind: 'discipline', events: [], calendar: { firstDay: 'x' } }, 'calendar.firstDay'],
    [{ state: 'CA', kind: 'discipline', events: [], holidays: ['2026-13-01'] }, 'holidays[0]'],
    [[], 'input'],
  ])('bad input %j is a RulesInputError naming %s', (input, field) => {
    try {
      computeDeadlinesFromInput(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RulesInputError);
      expect((error as RulesInputError).field).toBe(field);
    }
  });

  it('events recorded out of order are read in date order', () => {
    const out = computeDeadlinesFromInput({
      state: 'CA',
      kind: 'due_process',
      events: [
        { type: 'resolution_waived', date: '2026-03-10' },
        { type: 'complaint_received', date: '2026-03-02' },
      ],
    });
    expect(out.find((d) => d.id === 'hearing_decision')?.due).toBe('2026-04-24');
  });
});
