import type { Lang } from '../intake/lang.js';
import { hearingRecipient, stateComplaintRecipient } from '../letters/recipients.js';
import { durationText, evaluationClockText, UNKNOWN_LIMIT } from '../pathways/catalog.js';
import {
  EVALUATION_CEILING,
  EVALUATION_REQUEST_RESPONSE,
  getState,
  type Confidence,
  type Sourced,
  type StateProcedures,
} from '../states/index.js';
import { OBJECTION_WINDOWS } from './objection-window.js';
import type { GuideStateFactId, GuideText } from './types.js';

/**
 * One of a state's own facts, in the reader's language, with where it comes from. When the
 * rules do not know it (no value, or a grade below medium) `known` is false and `text` is
 * "unknown — check your state's procedural safeguards notice".
 */
export interface GuideStateFact {
  id: GuideStateFactId;
  label: string;
  text: string;
  known: boolean;
  /** The citation (statute, regulation), or null when the fact is from the state research itself. */
  source: string | null;
  /** The pages the state research read, when `source` is null. */
  sourceUrls: readonly string[];
  confidence: Confidence;
  /** The confidence in words ("high", "alta"). */
  confidenceLabel: string;
}

const LABELS: Readonly<Record<GuideStateFactId, GuideText>> = {
  due_process_limit: {
    en: 'Time limit to ask for a due process hearing',
    es: 'Plazo para pedir una audiencia de debido proceso',
  },
  state_complaint_limit: {
    en: 'Time limit for a state complaint',
    es: 'Plazo para una queja estatal',
  },
  evaluation_timeline: {
    en: 'Time to finish the evaluation',
    es: 'Plazo para terminar la evaluación',
  },
  hearing_body: { en: 'Who hears due process cases', es: 'Quién oye los casos de debido proceso' },
  objection_window: {
    en: 'Time to object to a proposed IEP',
    es: 'Plazo para oponerse a un IEP propuesto',
  },
  iee_response: {
    en: 'Time for the school to answer an IEE request',
    es: 'Plazo de la escuela para contestar un pedido de IEE',
  },
  evaluation_request_response: {
    en: 'Time for the school to answer a request for an evaluation',
    es: 'Plazo de la escuela para contestar un pedido de evaluación',
  },
  state_complaint_office: {
    en: 'Where state complaints go',
    es: 'Adónde van las quejas estatales',
  },
};

const CONFIDENCE_WORDS: Readonly<Record<Lang, Record<Confidence, string>>> = {
  en: { high: 'high', medium: 'medium', low: 'low', unknown: 'unknown' },
  es: { high: 'alta', medium: 'media', low: 'baja', unknown: 'desconocida' },
};

/** Where the state research is the source, the citation is the pages it read. */
const DATASET_SOURCE = /^state-procedures\.json/;

/**
 * The citations in a source, without the research's remarks beside them ("R7-2-405.01: 1-year
 * limit, 60-day decision" gives "R7-2-405.01"): a family reads the rule, and the remarks are
 * English. Null when nothing citation-like is left (the page then shows the pages read).
 *
 * @example
 * ```ts
 * citationsOnly('R7-2-405.01: 1-year limit, 60-day decision, copy to PEA'); // 'R7-2-405.01'
 * citationsOnly('one-tier system, 19 TAC 89.1151(b)'); // '19 TAC 89.1151(b)'
 * ```
 */
export function citationsOnly(source: string): string | null {
  const parts = source
    .split(/[;:,]\s+/)
    .map((part) => part.replace(/^(?:[a-z][a-z-]*\s+)+(?=[A-Z0-9])/, '').trim())
    .filter(
      (part) =>
        /\d/.test(part) && !part.includes('@') && (part.match(/\b[a-z]{3,}\b/g) ?? []).length <= 1,
    );
  return parts.length === 0 ? null : parts.join('; ');
}

function trusted(confidence: Confidence): boolean {
  return confidence === 'high' || confidence === 'medium';
}

interface Answer {
  text: GuideText | null;
  source: string | null;
  confidence: Confidence;
}

function fact(
  id: GuideStateFactId,
  state: StateProcedures,
  answer: Answer,
  lang: Lang,
): GuideStateFact {
  const known = answer.text !== null && trusted(answer.confidence);
  const citation =
    answer.source === null || DATASET_SOURCE.test(answer.source)
      ? null
      : citationsOnly(answer.source);
  const fromDataset = citation === null;
  return {
    id,
    label: LABELS[id][lang],
    text: known && answer.text !== null ? answer.text[lang] : UNKNOWN_LIMIT[lang],
    known,
    source: citation,
    sourceUrls: fromDataset ? [...state.sources] : [],
    confidence: answer.confidence,
    confidenceLabel: CONFIDENCE_WORDS[lang][answer.confidence],
  };
}

function both(make: (lang: Lang) => string): GuideText {
  return { en: make('en'), es: make('es') };
}

/** A sourced field with a value, its text in both languages, or no text. */
function sourced<T>(field: Sourced<T>, make: (value: T, lang: Lang) => string): Answer {
  const value = field.value;
  return {
    text: value === null || field.status === 'unknown' ? null : both((lang) => make(value, lang)),
    source: field.source,
    confidence: field.confidence,
  };
}

function dueProcessLimit(state: StateProcedures): Answer {
  const fromNotice = state.dueProcessLimitationStart.value === 'district_notice';
  return sourced(state.dueProcessLimitation, (duration, lang) => {
    const length = durationText(duration, lang);
    const origin =
      state.dueProcessLimitation.status === 'federal_default'
        ? lang === 'en'
          ? ' Your state sets no limit of its own, so the federal limit applies.'
          : ' Su estado no tiene un plazo propio, así que se usa el federal.'
        : '';
    const start = fromNotice
      ? lang === 'en'
        ? ' It counts from the school’s written notice or action, not from when you learned of it.'
        : ' Se cuenta desde el aviso escrito o la acción de la escuela, no desde que usted lo supo.'
      : '';
    return `${length}.${origin}${start}`;
  });
}

function stateComplaintLimit(state: StateProcedures): Answer {
  return sourced(state.stateComplaintLimitation, (duration, lang) => {
    const length = durationText(duration, lang);
    return lang === 'en'
      ? `The problem must have happened less than ${length} before the state gets your complaint.`
      : `El problema debe haber pasado menos de ${length} antes de que el estado reciba su queja.`;
  });
}

function evaluationTimeline(state: StateProcedures): Answer {
  const field = state.evaluationTimeline;
  return sourced(field, (clock, lang) =>
    evaluationClockText(
      {
        origin: field.status === 'federal_default' ? 'federal_default' : 'state',
        duration: clock.duration,
      },
      clock.pausesForBreaks,
      lang,
      EVALUATION_CEILING[state.code]?.duration,
    ),
  );
}

function hearingBody(state: StateProcedures): Answer {
  const recipient = hearingRecipient(state.code);
  const review =
    state.hearingTiers.value === 2 && trusted(state.hearingTiers.confidence)
      ? {
          en: ' You can then ask a state review officer to look at the decision.',
          es: ' Después puede pedir que un revisor del estado vea la decisión.',
        }
      : { en: '', es: '' };
  switch (recipient.kind) {
    case 'office':
      return {
        text: both((lang) => `${recipient.lines.join(', ')}.${review[lang]}`),
        source: state.hearingBody.source,
        confidence: state.hearingBody.confidence,
      };
    case 'district':
      return {
        text: {
          en: `Your school district holds the hearing.${review.en}`,
          es: `Su distrito escolar hace la audiencia.${review.es}`,
        },
        source: state.hearingBody.source,
        confidence: state.hearingBody.confidence,
      };
    case 'unknown':
      return {
        text: null,
        source: state.hearingBody.source,
        confidence: state.hearingBody.confidence,
      };
  }
}

function stateComplaintOffice(state: StateProcedures): Answer {
  const lines = stateComplaintRecipient(state.code);
  const office = state.stateComplaintOffice;
  // Without a complaint office of its own, complaints go to the State educational agency (300.153(a)).
  const field =
    trusted(office.confidence) && office.value !== null ? office : state.educationAgency;
  return {
    text: lines === null ? null : both(() => `${lines.join(', ')}.`),
    source: field.source,
    confidence: field.confidence,
  };
}

function ieeResponse(state: StateProcedures): Answer {
  const field = state.ieeResponse;
  if (field.value === null && field.status === 'federal_default') {
    return {
      text: {
        en: 'No set number of days. The school must pay for the IEE or ask for a hearing without delay.',
        es: 'No hay un número fijo de días. La escuela debe pagar la IEE o pedir una audiencia sin demora.',
      },
      source: field.source,
      confidence: field.confidence,
    };
  }
  return sourced(field, (duration, lang) =>
    lang === 'en'
      ? `${durationText(duration, lang)} to pay for the IEE or ask for a hearing.`
      : `${durationText(duration, lang)} para pagar la IEE o pedir una audiencia.`,
  );
}

function evaluationRequestResponse(state: StateProcedures): Answer {
  const clock = EVALUATION_REQUEST_RESPONSE[state.code];
  if (clock === undefined) return { text: null, source: null, confidence: 'unknown' };
  return {
    text: both((lang) =>
      lang === 'en'
        ? `${durationText(clock.duration, lang)} to answer your request.`
        : `${durationText(clock.duration, lang)} para contestar su pedido.`,
    ),
    source: clock.source,
    confidence: clock.confidence,
  };
}

function objectionWindow(state: StateProcedures): Answer {
  const window = OBJECTION_WINDOWS[state.code];
  if (window === undefined) return { text: null, source: null, confidence: 'unknown' };
  return { text: window.text, source: window.source, confidence: window.confidence };
}

const ANSWERS: Readonly<Record<GuideStateFactId, (state: StateProcedures) => Answer>> = {
  due_process_limit: dueProcessLimit,
  state_complaint_limit: stateComplaintLimit,
  evaluation_timeline: evaluationTimeline,
  hearing_body: hearingBody,
  objection_window: objectionWindow,
  iee_response: ieeResponse,
  evaluation_request_response: evaluationRequestResponse,
  state_complaint_office: stateComplaintOffice,
};

/**
 * Every state fact a guide or rights card can show, in this order.
 *
 * @example
 * ```ts
 * guideStateFactIds[0]; // 'due_process_limit'
 * ```
 */
export const guideStateFactIds: readonly GuideStateFactId[] = Object.keys(
  ANSWERS,
) as GuideStateFactId[];

/**
 * A state's own facts for a guide, in the reader's language, each with its citation and
 * confidence; unknown or low-confidence facts say "unknown — check your state's procedural
 * safeguards notice". Throws {@link RulesInputError} for an unknown state code.
 *
 * @example
 * ```ts
 * guideStateFacts('AZ', ['evaluation_timeline'], 'en')[0]?.text;
 * // 'After you sign the consent form, your state gives the school 60 days to finish.'
 * ```
 */
export function guideStateFacts(
  stateCode: unknown,
  ids: readonly GuideStateFactId[],
  lang: Lang,
): GuideStateFact[] {
  const state = getState(stateCode);
  return ids.map((id) => fact(id, state, ANSWERS[id](state), lang));
}
