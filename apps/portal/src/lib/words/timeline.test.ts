import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '$lib/advocate/format';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { TIMELINE_KINDS, timelineHeading, timelineSentence } from './timeline';

const INTERNAL_CODE = /\b[a-z]+_[a-z_]+\b/;

function inLocale(locale: Locale) {
  overwriteGetLocale(() => locale);
  return (day: string) => formatDay(day, locale);
}

afterEach(() => overwriteGetLocale(() => baseLocale));

const recorded = {
  kind: 'event_recorded',
  params: [
    { name: 'proceedingId', value: '3f2b0000-0000-4000-8000-000000000001', label: null },
    { name: 'kind', value: 'due_process', label: 'Audiencia de debido proceso' },
    { name: 'type', value: 'complaint_received', label: 'La otra parte recibió la queja' },
    { name: 'date', value: '2026-03-02', label: null },
  ],
};

describe(timelineSentence.name, () => {
  it('writes an event from the words the API gave for its ids, with the date in the reader’s form', () => {
    const day = inLocale('es');
    expect(timelineSentence(recorded, day)).toBe(
      `Audiencia de debido proceso: La otra parte recibió la queja (${formatDay('2026-03-02', 'es')}).`,
    );
    expect(timelineHeading('event_recorded')).toBe('Evento registrado');
  });

  it('words the app’s own values itself: statuses, meeting kinds, service frequencies', () => {
    const day = inLocale('es');
    expect(
      timelineSentence(
        {
          kind: 'status_changed',
          params: [
            { name: 'from', value: 'OPEN' },
            { name: 'to', value: 'ACTIVE' },
          ],
        },
        day,
      ),
    ).toBe('El estado cambió de Abierto a En curso.');
    expect(
      timelineSentence(
        {
          kind: 'service_added',
          params: [
            { name: 'service', value: 'Terapia del habla' },
            { name: 'minutes', value: '60' },
            { name: 'frequency', value: 'WEEKLY' },
          ],
        },
        day,
      ),
    ).toBe('Servicio requerido agregado: Terapia del habla, 60 minutos por semana.');
    expect(
      timelineSentence(
        {
          kind: 'meeting_logged',
          params: [
            { name: 'kind', value: 'iep', label: null },
            { name: 'heldOn', value: '2026-02-20' },
          ],
        },
        day,
      ),
    ).toBe(`Se registró una reunión: Reunión del IEP, ${formatDay('2026-02-20', 'es')}.`);
  });

  it('a changed deadline says its dates, or why one has none, and why it changed', () => {
    const day = inLocale('en');
    expect(
      timelineSentence(
        {
          kind: 'deadline_changed',
          params: [
            {
              name: 'kind',
              value: 'expedited_due_process',
              label: 'Expedited due process hearing',
            },
            { name: 'ruleId', value: 'expedited_hearing', label: 'Expedited hearing' },
            { name: 'newDue', value: '2026-12-08' },
            { name: 'oldStatus', value: 'needs_calendar' },
            { name: 'newStatus', value: 'computed' },
            { name: 'reason', value: 'calendar' },
          ],
        },
        day,
      ),
    ).toBe(
      `Expedited due process hearing: the date of “Expedited hearing” changed. It was: no date until the district’s school calendar is saved. It is now: ${formatDay('2026-12-08', 'en')}. This follows the district’s school calendar that was saved.`,
    );
  });

  it('an entry missing a value, or of a kind unknown here, gets its heading and no code', () => {
    const day = inLocale('es');
    expect(timelineSentence({ kind: 'event_recorded', params: [] }, day)).toBeNull();
    expect(timelineSentence({ kind: 'intake_linked', params: [] }, day)).toBeNull();
    expect(timelineHeading('intake_linked')).toBe('Novedad');
    // A status the portal does not know is not printed as it comes.
    expect(
      timelineSentence(
        {
          kind: 'status_changed',
          params: [
            { name: 'from', value: 'OPEN' },
            { name: 'to', value: 'ON_HOLD' },
          ],
        },
        day,
      ),
    ).toBeNull();
  });

  it('every kind has a heading in both languages that is words, not a code', () => {
    for (const locale of ['en', 'es'] as const) {
      inLocale(locale);
      for (const kind of TIMELINE_KINDS) {
        const heading = timelineHeading(kind);
        expect(heading).not.toMatch(INTERNAL_CODE);
        expect(heading).not.toBe(timelineHeading('no_such_kind'));
      }
    }
  });
});
