import {
  type Deadline,
  eventLabel,
  type Lang,
  PROCEEDING_KINDS,
  proceedingDefinition,
  type ProceedingKind,
  renderRulesMessage,
  type RulesMessage,
} from '@continuum/rules';

/** The message stored for a deadline computed before the rules' catalog gave it one. */
export function legacyMessage(note: string): RulesMessage {
  return { key: 'legacy', params: { en: note } };
}

/**
 * The message to store with a computed deadline: the catalog's own, or its English note as a
 * `legacy` message while the rules release in use has no catalog message for it.
 */
export function deadlineMessage(deadline: Deadline & { message?: RulesMessage }): RulesMessage {
  return deadline.message ?? legacyMessage(deadline.note);
}

/** Text in the language it is actually written in. */
export interface LocalizedText {
  text: string;
  lang: Lang;
}

/**
 * A deadline note in the reader's language. A message the catalog no longer knows (stored by
 * another release, or `legacy`) falls back to the English note stored beside it, said to be
 * English so the page can mark it; event ids inside such a note become the event's words,
 * so no internal code reaches a page.
 */
export function deadlineNote(
  message: RulesMessage | null,
  storedNote: string,
  kind: ProceedingKind,
  lang: Lang,
): LocalizedText {
  const rendered = renderRulesMessage(message ?? legacyMessage(storedNote), lang);
  if (rendered !== null) return { text: withEventWords(rendered, kind, lang), lang };
  const english = renderRulesMessage(message ?? legacyMessage(storedNote), 'en') ?? storedNote;
  return { text: withEventWords(english, kind, 'en'), lang: 'en' };
}

const CODE = /\b[a-z]+(?:_[a-z]+)+\b/g;

/** Replaces the kind's event ids in a text (`record complaint_received when known`) by words. */
export function withEventWords(text: string, kind: ProceedingKind, lang: Lang): string {
  const events = proceedingDefinition(kind).events;
  return text.replace(CODE, (token) =>
    Object.hasOwn(events, token) ? `“${eventLabel(kind, token, lang)}”` : token,
  );
}

/**
 * Where a proceeding stands, in words. The rules' catalog words events, deadlines and kinds;
 * a kind's states are only named in its state machine, so their words are kept here (a unit
 * test checks every state of every kind has them).
 */
const STATE_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  draft: { en: 'Not started', es: 'Sin empezar' },
  requested: { en: 'Requested', es: 'Solicitado' },
  answered: { en: 'Answered', es: 'Respondido' },
  closed: { en: 'Closed', es: 'Cerrado' },
  fulfilled: { en: 'Records provided', es: 'Expedientes entregados' },
  funded: { en: 'The district pays for it', es: 'El distrito lo paga' },
  contested: {
    en: 'The district asked for a hearing',
    es: 'El distrito pidió una audiencia',
  },
  denied: { en: 'Refused', es: 'Negado' },
  completed: { en: 'Completed', es: 'Terminado' },
  consent_requested: {
    en: 'The district asked for consent',
    es: 'El distrito pidió el consentimiento',
  },
  refused: { en: 'Refused', es: 'Negado' },
  awaiting_consent: { en: 'Waiting for consent', es: 'Esperando el consentimiento' },
  in_progress: { en: 'In progress', es: 'En curso' },
  eligibility_decided: { en: 'Eligibility decided', es: 'Elegibilidad decidida' },
  eligible: { en: 'Eligible', es: 'Elegible' },
  in_effect: { en: 'In effect', es: 'Vigente' },
  scheduled: { en: 'Date set', es: 'Fecha fijada' },
  held: { en: 'Held', es: 'Realizado' },
  declined: { en: 'Declined', es: 'Rechazado' },
  agreement: { en: 'Agreement reached', es: 'Hubo acuerdo' },
  no_agreement: { en: 'No agreement', es: 'Sin acuerdo' },
  filed: { en: 'Filed', es: 'Presentado' },
  investigating: { en: 'Under investigation', es: 'En investigación' },
  extended: { en: 'Time limit extended', es: 'Plazo extendido' },
  decided: { en: 'Decided', es: 'Decidido' },
  resolution_period: { en: 'Resolution period', es: 'Período de resolución' },
  hearing_timeline: { en: 'Heading to a hearing', es: 'En camino a la audiencia' },
  settled: { en: 'Settled', es: 'Resuelto con un acuerdo' },
  under_review: { en: 'Under state review', es: 'En revisión estatal' },
  final: { en: 'Final', es: 'Definitivo' },
  open: { en: 'Open', es: 'Abierto' },
  removed: { en: 'Removed from school', es: 'Retirado de la escuela' },
  change_of_placement: { en: 'Change of placement', es: 'Cambio de ubicación' },
  manifestation_reviewed: {
    en: 'Manifestation determination held',
    es: 'Determinación de manifestación realizada',
  },
  opened: { en: 'Investigation opened', es: 'Investigación abierta' },
  resolved: { en: 'Resolved', es: 'Resuelto' },
  dismissed: { en: 'Dismissed', es: 'Desestimado' },
};

/** A proceeding's state in words; a state without words reads as "in progress", never its id. */
export function proceedingStateLabel(state: string, lang: Lang): string {
  const words = Object.hasOwn(STATE_WORDS, state) ? STATE_WORDS[state] : undefined;
  return words?.[lang] ?? (lang === 'es' ? 'En curso' : 'In progress');
}

/** The states of every kind that have no words above (empty when all do). */
export function statesWithoutWords(): string[] {
  return PROCEEDING_KINDS.flatMap((kind) =>
    proceedingDefinition(kind).states.filter((state) => !Object.hasOwn(STATE_WORDS, state)),
  );
}
