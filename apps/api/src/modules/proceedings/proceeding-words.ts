import {
  type Deadline,
  eventLabel,
  type Lang,
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
