import {
  computeDeadlines,
  deadlineTitle,
  eventLabel,
  languages,
  PROCEEDING_KINDS,
  proceedingDefinition,
  proceedingKindLabel,
  listStates,
} from '@continuum/rules';
import {
  deadlineNote,
  legacyMessage,
  proceedingStateLabel,
  statesWithoutWords,
  withEventWords,
} from './proceeding-words';

const CODE = /\b[a-z]+_[a-z_]+\b/;

/** Every rule id the rules produce from any single event of any kind, in any state. */
function ruleIds(): Set<string> {
  const ids = new Set<string>();
  for (const { code: state } of listStates())
    for (const kind of PROCEEDING_KINDS)
      for (const type of Object.keys(proceedingDefinition(kind).events))
        for (const deadline of computeDeadlines({
          state,
          kind,
          events: [{ type, date: '2026-03-02' }],
        }))
          ids.add(deadline.id);
  return ids;
}

describe('words for the rules’ ids', () => {
  it('every kind, event and state has words in English and Spanish, never a code or the generic fallback', () => {
    expect(statesWithoutWords()).toEqual([]);
    for (const lang of languages) {
      for (const kind of PROCEEDING_KINDS) {
        expect(proceedingKindLabel(kind, lang)).not.toMatch(CODE);
        const definition = proceedingDefinition(kind);
        for (const type of Object.keys(definition.events)) {
          const label = eventLabel(kind, type, lang);
          expect(label).not.toMatch(CODE);
          expect(label).not.toBe(eventLabel(kind, 'no_such_event', lang));
        }
        for (const state of definition.states)
          expect(proceedingStateLabel(state, lang)).not.toMatch(CODE);
      }
    }
  });

  it('every deadline the rules compute has a title of its own in both languages', () => {
    const ids = [...ruleIds()];
    expect(ids.length).toBeGreaterThan(10);
    for (const lang of languages)
      for (const id of ids) {
        const title = deadlineTitle(id, lang);
        expect(title).not.toMatch(CODE);
        expect({ id, title }).not.toEqual({ id, title: deadlineTitle('no_such_rule', lang) });
      }
  });

  it('an unknown id reads as generic words, never the id', () => {
    expect(proceedingStateLabel('on_hold', 'es')).toBe('En curso');
    expect(deadlineTitle('no_such_rule', 'en')).not.toMatch(CODE);
    expect(eventLabel('mediation', 'no_such_event', 'es')).not.toMatch(CODE);
  });
});

describe(deadlineNote.name, () => {
  const note = 'counted from the day it was sent (record complaint_received when known)';

  it('writes a legacy note in English, with event ids as words', () => {
    expect(deadlineNote(legacyMessage(note), note, 'state_complaint', 'en')).toEqual({
      text: 'counted from the day it was sent (record “State received the complaint” when known)',
      lang: 'en',
    });
  });

  it('falls back to the stored English note, said to be English, for a message the catalog does not know', () => {
    const unknown = { key: 'from_a_later_release', params: { days: 30 } };
    for (const lang of languages)
      expect(deadlineNote(unknown, note, 'state_complaint', lang).lang).toBe('en');
    expect(deadlineNote(null, note, 'state_complaint', 'es').text).not.toMatch(CODE);
  });

  it('leaves words that merely contain an underscore alone when they are not events of the kind', () => {
    expect(withEventWords('see file_name', 'mediation', 'en')).toBe('see file_name');
  });
});
