import {
  applyEvent,
  newProceeding,
  parseIsoDate,
  proceedingDefinition,
  type ProceedingEvent,
  type ProceedingKind,
  type ProceedingSnapshot,
} from '@continuum/rules';
import { ProceedingsErrors } from './proceedings.errors';

export interface RecordedEvent extends ProceedingEvent {
  /** Order of recording, to keep events of the same date in the order they were entered. */
  sequence: number;
}

/**
 * A proceeding's state from its (uncorrected) events, replayed in date order through the
 * kind's state machine: an event recorded late still lands where it happened.
 */
export function replay(kind: ProceedingKind, events: readonly RecordedEvent[]): ProceedingSnapshot {
  const ordered = [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.sequence - b.sequence,
  );
  return ordered.reduce(
    (snapshot, e) =>
      applyEvent(snapshot, {
        type: e.type,
        date: e.date,
        ...(e.schoolDays ? { schoolDays: e.schoolDays } : {}),
      }),
    newProceeding(kind),
  );
}

/**
 * Checks an event before it is stored: its type must be one the kind's state machine accepts
 * (INVALID_TRANSITION, naming `type`), its date a real date not after today unless it is the
 * day of a scheduled meeting or hearing, and a removal's length a whole number of school days.
 */
export function checkNewEvent(
  kind: ProceedingKind,
  state: string,
  event: { type: string; date: string; schoolDays?: number | null },
  today: string,
): ProceedingEvent {
  const definition = proceedingDefinition(kind);
  if (!Object.prototype.hasOwnProperty.call(definition.events, event.type))
    throw ProceedingsErrors.invalidTransition(
      event.type,
      kind,
      state,
      Object.keys(definition.events),
    );
  let date: string;
  try {
    date = parseIsoDate(event.date, 'date');
  } catch {
    throw ProceedingsErrors.invalidDate();
  }
  if (date > today && !event.type.endsWith('_scheduled')) throw ProceedingsErrors.futureDate();
  if (event.schoolDays != null) {
    if (!Number.isInteger(event.schoolDays) || event.schoolDays < 1 || event.schoolDays > 365)
      throw ProceedingsErrors.invalidSchoolDays();
    return { type: event.type, date, schoolDays: event.schoolDays };
  }
  return { type: event.type, date };
}
