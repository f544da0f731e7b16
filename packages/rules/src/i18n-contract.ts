/*
 * ============================================================================================
 * STAND-IN FOR THE RULES MESSAGE CATALOG — REPLACE AT MERGE (issue #12).
 *
 * The rules engineer (branch wt-rules) is adding the real bilingual catalog of deadline notes,
 * deadline titles, event labels and proceeding-kind labels to this package, with exactly the
 * five exports below. This file is a minimal stand-in so the API and the portal could be built
 * against that contract before it lands: words for every rule id, event type and proceeding
 * kind known in December 2026, and `renderRulesMessage` that knows only the `legacy` message
 * (the English note stored before deadlines carried a message).
 *
 * The lead deletes this file when merging wt-rules, and points the `./i18n-contract.js`
 * export in index.ts at the real catalog (or drops it if the catalog exports these names).
 * Nothing else in packages/rules depends on it.
 * ============================================================================================
 */
import type { Lang } from './intake/lang.js';
import type { ProceedingKind } from './proceedings/types.js';

/**
 * A deadline note (or any text the rules produce) as a key and its parameters, so that it can
 * be written in the reader's language at the time it is read.
 *
 * @example
 * ```ts
 * const message: RulesMessage = { key: 'legacy', params: { en: '30 days after ...' } };
 * ```
 */
export interface RulesMessage {
  key: string;
  params: Record<string, string | number | boolean | null>;
}

type Words = Readonly<Record<Lang, string>>;

/**
 * The message a deadline stored before the catalog existed carries: its English note, as
 * computed then. It is rendered in English only; other languages get `null`.
 */
const LEGACY_KEY = 'legacy';

/**
 * Writes a rules message in a language, or `null` when this catalog does not know the key (a
 * message stored by another release) or has no words for it in that language.
 *
 * @example
 * ```ts
 * renderRulesMessage({ key: 'legacy', params: { en: '30 days after ...' } }, 'en'); // '30 days after ...'
 * renderRulesMessage({ key: 'legacy', params: { en: '30 days after ...' } }, 'es'); // null
 * renderRulesMessage({ key: 'no_such_key', params: {} }, 'en'); // null
 * ```
 */
export function renderRulesMessage(message: RulesMessage, lang: Lang): string | null {
  if (message.key !== LEGACY_KEY) return null;
  const en = message.params.en;
  return lang === 'en' && typeof en === 'string' ? en : null;
}

const KIND_LABELS: Readonly<Record<ProceedingKind, Words>> = {
  pwn_request: {
    en: 'Prior written notice request',
    es: 'Solicitud de notificación previa por escrito',
  },
  records_request: { en: 'Records request', es: 'Solicitud de expedientes' },
  iee_request: {
    en: 'Independent educational evaluation request',
    es: 'Solicitud de evaluación educativa independiente',
  },
  evaluation_request: { en: 'Evaluation request', es: 'Solicitud de evaluación' },
  evaluation: { en: 'Initial evaluation', es: 'Evaluación inicial' },
  iep: { en: 'IEP', es: 'IEP (programa de educación individualizado)' },
  iep_meeting_request: { en: 'IEP meeting request', es: 'Solicitud de reunión del IEP' },
  facilitation: { en: 'IEP facilitation', es: 'Facilitación del IEP' },
  mediation: { en: 'Mediation', es: 'Mediación' },
  state_complaint: { en: 'State complaint', es: 'Queja estatal' },
  due_process: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
  expedited_due_process: {
    en: 'Expedited due process hearing',
    es: 'Audiencia de debido proceso acelerada',
  },
  discipline: { en: 'Discipline', es: 'Disciplina' },
  ocr_complaint: {
    en: 'Office for Civil Rights complaint',
    es: 'Queja ante la Oficina para Derechos Civiles',
  },
};

/**
 * A proceeding kind in words.
 *
 * @example
 * ```ts
 * proceedingKindLabel('due_process', 'es'); // 'Audiencia de debido proceso'
 * ```
 */
export function proceedingKindLabel(kind: ProceedingKind, lang: Lang): string {
  return KIND_LABELS[kind]?.[lang] ?? (lang === 'es' ? 'Proceso' : 'Proceeding');
}

const REQUEST_WITHDRAWN: Words = { en: 'Request withdrawn', es: 'Solicitud retirada' };
const COMPLAINT_WITHDRAWN: Words = { en: 'Complaint withdrawn', es: 'Queja retirada' };
const REQUEST_SENT: Words = { en: 'Request sent', es: 'Solicitud enviada' };
const REQUEST_RECEIVED: Words = {
  en: 'The district received the request',
  es: 'El distrito recibió la solicitud',
};
const HEARING_SCHEDULED: Words = { en: 'Hearing date set', es: 'Fecha de audiencia fijada' };
const REFUSAL_NOTICE: Words = {
  en: 'The district refused in prior written notice',
  es: 'El distrito se negó en una notificación previa por escrito',
};

/** Event types by kind: the same id can mean a different step in another kind. */
const EVENT_LABELS: Readonly<Record<ProceedingKind, Readonly<Record<string, Words>>>> = {
  pwn_request: {
    request_sent: REQUEST_SENT,
    request_received: REQUEST_RECEIVED,
    pwn_received: {
      en: 'Prior written notice received',
      es: 'Se recibió la notificación previa por escrito',
    },
    withdrawn: REQUEST_WITHDRAWN,
  },
  records_request: {
    request_sent: REQUEST_SENT,
    request_received: REQUEST_RECEIVED,
    meeting_scheduled: {
      en: 'IEP meeting or resolution session date set',
      es: 'Fecha fijada para una reunión del IEP o sesión de resolución',
    },
    hearing_scheduled: HEARING_SCHEDULED,
    records_provided: {
      en: 'The district made the records available',
      es: 'El distrito puso los expedientes a disposición',
    },
    withdrawn: REQUEST_WITHDRAWN,
  },
  iee_request: {
    request_sent: REQUEST_SENT,
    request_received: REQUEST_RECEIVED,
    district_agreed: {
      en: 'The district agreed to pay for the evaluation',
      es: 'El distrito aceptó pagar la evaluación',
    },
    district_filed_due_process: {
      en: 'The district asked for a hearing to defend its evaluation',
      es: 'El distrito pidió una audiencia para defender su evaluación',
    },
    district_denied: {
      en: 'The district refused without asking for a hearing',
      es: 'El distrito se negó sin pedir una audiencia',
    },
    iee_completed: {
      en: 'Independent evaluation completed',
      es: 'Evaluación independiente terminada',
    },
    withdrawn: REQUEST_WITHDRAWN,
  },
  evaluation_request: {
    request_sent: REQUEST_SENT,
    request_received: REQUEST_RECEIVED,
    consent_requested: {
      en: 'The district asked for consent to evaluate',
      es: 'El distrito pidió el consentimiento para evaluar',
    },
    refusal_notice_received: REFUSAL_NOTICE,
    withdrawn: REQUEST_WITHDRAWN,
  },
  evaluation: {
    consent_received: {
      en: 'The district received consent to evaluate',
      es: 'El distrito recibió el consentimiento para evaluar',
    },
    evaluation_completed: { en: 'Evaluation completed', es: 'Evaluación terminada' },
    eligibility_determined: { en: 'Eligibility decided', es: 'Se decidió la elegibilidad' },
    consent_refused: {
      en: 'The parent refused consent',
      es: 'La familia negó el consentimiento',
    },
  },
  iep: {
    eligibility_determined: {
      en: 'The child was found eligible',
      es: 'Se decidió que el niño es elegible',
    },
    iep_meeting_held: { en: 'IEP meeting held', es: 'Reunión del IEP realizada' },
    evaluation_completed: {
      en: 'Evaluation or reevaluation completed',
      es: 'Evaluación o reevaluación terminada',
    },
    services_ended: { en: 'Special education ended', es: 'Terminó la educación especial' },
  },
  iep_meeting_request: {
    request_sent: REQUEST_SENT,
    request_received: REQUEST_RECEIVED,
    meeting_scheduled: { en: 'Meeting date set', es: 'Fecha de reunión fijada' },
    meeting_held: { en: 'Meeting held', es: 'Reunión realizada' },
    refusal_notice_received: REFUSAL_NOTICE,
    withdrawn: REQUEST_WITHDRAWN,
  },
  facilitation: {
    requested: { en: 'Facilitation requested', es: 'Se pidió la facilitación' },
    scheduled: {
      en: 'Facilitated meeting date set',
      es: 'Fecha fijada para la reunión con facilitador',
    },
    held: { en: 'Facilitated meeting held', es: 'Reunión con facilitador realizada' },
    declined: {
      en: 'The district or the state declined',
      es: 'El distrito o el estado se negó',
    },
    withdrawn: REQUEST_WITHDRAWN,
  },
  mediation: {
    requested: { en: 'Mediation requested', es: 'Se pidió la mediación' },
    session_scheduled: {
      en: 'Mediation session date set',
      es: 'Fecha fijada para la sesión de mediación',
    },
    session_held: { en: 'Mediation session held', es: 'Sesión de mediación realizada' },
    agreement_signed: {
      en: 'Written agreement signed',
      es: 'Se firmó un acuerdo por escrito',
    },
    ended_without_agreement: {
      en: 'Mediation ended without agreement',
      es: 'La mediación terminó sin acuerdo',
    },
    withdrawn: { en: 'A party withdrew', es: 'Una de las partes se retiró' },
  },
  state_complaint: {
    violation_occurred: { en: 'The violation happened', es: 'Ocurrió la violación' },
    complaint_filed: { en: 'Complaint sent to the state', es: 'Queja enviada al estado' },
    complaint_received: {
      en: 'The state received the complaint',
      es: 'El estado recibió la queja',
    },
    extension_granted: {
      en: 'The 60-day limit was extended',
      es: 'Se extendió el plazo de 60 días',
    },
    decision_issued: {
      en: 'The state issued its decision',
      es: 'El estado emitió su decisión',
    },
    withdrawn: COMPLAINT_WITHDRAWN,
  },
  due_process: {
    knew_or_should_have_known: {
      en: 'The parent knew or should have known of the action',
      es: 'La familia supo o debió saber de la acción',
    },
    district_notice: {
      en: 'The district’s written notice of the action',
      es: 'La notificación por escrito del distrito sobre la acción',
    },
    complaint_filed: {
      en: 'Due process complaint sent',
      es: 'Queja de debido proceso enviada',
    },
    complaint_received: {
      en: 'The other party received the complaint',
      es: 'La otra parte recibió la queja',
    },
    complaint_amended: {
      en: 'Complaint amended (every timeline starts again)',
      es: 'Queja modificada (todos los plazos empiezan de nuevo)',
    },
    sufficiency_challenged: {
      en: 'The complaint was challenged as insufficient',
      es: 'Se impugnó la queja por insuficiente',
    },
    resolution_meeting_held: {
      en: 'Resolution meeting held',
      es: 'Reunión de resolución realizada',
    },
    resolution_waived: {
      en: 'Both parties waived the resolution meeting in writing',
      es: 'Ambas partes renunciaron por escrito a la reunión de resolución',
    },
    resolution_agreement_impossible: {
      en: 'Both parties agreed in writing that no agreement is possible',
      es: 'Ambas partes acordaron por escrito que no es posible llegar a un acuerdo',
    },
    mediation_withdrawn: {
      en: 'A party withdrew from mediation continued past day 30',
      es: 'Una de las partes se retiró de la mediación continuada después del día 30',
    },
    settlement_signed: {
      en: 'Settlement signed at the resolution meeting',
      es: 'Acuerdo firmado en la reunión de resolución',
    },
    settlement_voided: {
      en: 'A party voided the settlement',
      es: 'Una de las partes anuló el acuerdo',
    },
    hearing_scheduled: HEARING_SCHEDULED,
    extension_granted: {
      en: 'The hearing officer granted an extension',
      es: 'El funcionario de audiencias imparcial concedió una prórroga',
    },
    decision_issued: {
      en: 'The hearing officer issued the decision',
      es: 'El funcionario de audiencias imparcial emitió la decisión',
    },
    review_requested: {
      en: 'State-level review requested',
      es: 'Se pidió la revisión a nivel estatal',
    },
    review_decision_issued: {
      en: 'The state review officer issued the decision',
      es: 'El funcionario de revisión estatal emitió la decisión',
    },
    withdrawn: COMPLAINT_WITHDRAWN,
  },
  expedited_due_process: {
    complaint_filed: {
      en: 'Expedited due process complaint sent',
      es: 'Queja de debido proceso acelerada enviada',
    },
    complaint_received: {
      en: 'The other party received the complaint',
      es: 'La otra parte recibió la queja',
    },
    resolution_meeting_held: {
      en: 'Resolution meeting held',
      es: 'Reunión de resolución realizada',
    },
    resolution_waived: {
      en: 'Both parties waived the resolution meeting in writing',
      es: 'Ambas partes renunciaron por escrito a la reunión de resolución',
    },
    hearing_scheduled: HEARING_SCHEDULED,
    hearing_held: { en: 'Hearing held', es: 'Audiencia realizada' },
    decision_issued: {
      en: 'The hearing officer issued the decision',
      es: 'El funcionario de audiencias imparcial emitió la decisión',
    },
    review_requested: {
      en: 'State-level review requested',
      es: 'Se pidió la revisión a nivel estatal',
    },
    review_decision_issued: {
      en: 'The state review officer issued the decision',
      es: 'El funcionario de revisión estatal emitió la decisión',
    },
    withdrawn: COMPLAINT_WITHDRAWN,
  },
  discipline: {
    removal: {
      en: 'Removal from school (suspension)',
      es: 'Retiro de la escuela (suspensión)',
    },
    removal_decision: {
      en: 'The district decided to change the placement',
      es: 'El distrito decidió cambiar la ubicación',
    },
    special_circumstances_removal: {
      en: 'Removal to an interim setting (weapons, drugs or serious bodily injury)',
      es: 'Traslado a un entorno provisional (armas, drogas o lesión corporal grave)',
    },
    manifestation_determination_held: {
      en: 'Manifestation determination review held',
      es: 'Revisión de determinación de manifestación realizada',
    },
    returned_to_placement: {
      en: 'The child returned to the prior placement',
      es: 'El niño regresó a la ubicación anterior',
    },
  },
  ocr_complaint: {
    discrimination_occurred: {
      en: 'The discrimination happened',
      es: 'Ocurrió la discriminación',
    },
    complaint_filed: {
      en: 'Complaint sent to the Office for Civil Rights',
      es: 'Queja enviada a la Oficina para Derechos Civiles',
    },
    complaint_opened: {
      en: 'The Office for Civil Rights opened an investigation',
      es: 'La Oficina para Derechos Civiles abrió una investigación',
    },
    resolved: {
      en: 'The Office for Civil Rights resolved the complaint',
      es: 'La Oficina para Derechos Civiles resolvió la queja',
    },
    dismissed: {
      en: 'The Office for Civil Rights dismissed the complaint',
      es: 'La Oficina para Derechos Civiles desestimó la queja',
    },
    withdrawn: COMPLAINT_WITHDRAWN,
  },
};

/**
 * An event of a proceeding kind in words; an event this catalog does not know gets a generic
 * label, never its id.
 *
 * @example
 * ```ts
 * eventLabel('due_process', 'complaint_received', 'en'); // 'The other party received the complaint'
 * ```
 */
export function eventLabel(kind: ProceedingKind, type: string, lang: Lang): string {
  const byKind = EVENT_LABELS[kind];
  const words = byKind && Object.hasOwn(byKind, type) ? byKind[type] : undefined;
  return words?.[lang] ?? (lang === 'es' ? 'Evento registrado' : 'Event recorded');
}

const DEADLINE_TITLES: Readonly<Record<string, Words>> = {
  annual_review: { en: 'Annual IEP review', es: 'Revisión anual del IEP' },
  change_of_placement: {
    en: 'Removals add up to a change of placement',
    es: 'Las suspensiones suman un cambio de ubicación',
  },
  civil_action: {
    en: 'Last day to appeal to court',
    es: 'Último día para apelar ante un tribunal',
  },
  complaint_decision: {
    en: 'State’s decision on the complaint',
    es: 'Decisión del estado sobre la queja',
  },
  district_response: { en: 'District’s answer', es: 'Respuesta del distrito' },
  expedited_decision: {
    en: 'Decision of the expedited hearing',
    es: 'Decisión de la audiencia acelerada',
  },
  expedited_hearing: { en: 'Expedited hearing', es: 'Audiencia acelerada' },
  expedited_resolution_meeting: {
    en: 'Resolution meeting (expedited)',
    es: 'Reunión de resolución (acelerada)',
  },
  expedited_resolution_period_end: {
    en: 'End of the expedited resolution period',
    es: 'Fin del período de resolución acelerado',
  },
  facilitation_response: {
    en: 'Answer to the facilitation request',
    es: 'Respuesta a la solicitud de facilitación',
  },
  filing_limit: { en: 'Last day to file', es: 'Último día para presentar' },
  five_day_disclosure: {
    en: 'Share evidence 5 business days before the hearing',
    es: 'Entregar las pruebas 5 días hábiles antes de la audiencia',
  },
  hearing_decision: { en: 'Hearing decision', es: 'Decisión de la audiencia' },
  initial_evaluation: {
    en: 'Initial evaluation complete',
    es: 'Evaluación inicial terminada',
  },
  initial_iep_meeting: { en: 'First IEP meeting', es: 'Primera reunión del IEP' },
  interim_setting_limit: {
    en: 'Last day in the interim setting',
    es: 'Último día en el entorno provisional',
  },
  lea_response: {
    en: 'District’s response to the complaint',
    es: 'Respuesta del distrito a la queja',
  },
  manifestation_determination: {
    en: 'Manifestation determination review',
    es: 'Revisión de determinación de manifestación',
  },
  mediation_session: { en: 'Mediation session', es: 'Sesión de mediación' },
  parent_response: {
    en: 'Parent’s response to the district’s complaint',
    es: 'Respuesta de la familia a la queja del distrito',
  },
  records_access: { en: 'Access to the records', es: 'Acceso a los expedientes' },
  reevaluation: { en: 'Reevaluation', es: 'Reevaluación' },
  resolution_meeting: { en: 'Resolution meeting', es: 'Reunión de resolución' },
  resolution_period_end: {
    en: 'End of the resolution period',
    es: 'Fin del período de resolución',
  },
  settlement_void: {
    en: 'Last day to void the settlement',
    es: 'Último día para anular el acuerdo',
  },
  state_review_decision: {
    en: 'State review decision',
    es: 'Decisión de la revisión estatal',
  },
  state_review_request: {
    en: 'Last day to ask for state review',
    es: 'Último día para pedir la revisión estatal',
  },
  sufficiency_challenge: {
    en: 'Last day to challenge the complaint as insufficient',
    es: 'Último día para impugnar la queja por insuficiente',
  },
};

/**
 * A deadline's title by its rule id; an id this catalog does not know gets a generic title,
 * never the id.
 *
 * @example
 * ```ts
 * deadlineTitle('resolution_period_end', 'es'); // 'Fin del período de resolución'
 * ```
 */
export function deadlineTitle(ruleId: string, lang: Lang): string {
  const words = Object.hasOwn(DEADLINE_TITLES, ruleId) ? DEADLINE_TITLES[ruleId] : undefined;
  return words?.[lang] ?? (lang === 'es' ? 'Plazo' : 'Deadline');
}
