import type { Lang } from '../intake/lang.js';
import type { ProceedingKind } from '../proceedings/types.js';

type Words = Readonly<Record<Lang, string>>;

const KINDS: Readonly<Record<ProceedingKind, Words>> = {
  pwn_request: { en: 'Request for prior written notice', es: 'Solicitud de notificación previa por escrito' },
  records_request: { en: 'Records request', es: 'Solicitud de expedientes' },
  iee_request: { en: 'Independent educational evaluation request', es: 'Solicitud de evaluación educativa independiente' },
  evaluation_request: { en: 'Evaluation request', es: 'Solicitud de evaluación' },
  evaluation: { en: 'Initial evaluation', es: 'Evaluación inicial' },
  iep: { en: 'IEP cycle', es: 'Ciclo del IEP' },
  iep_meeting_request: { en: 'IEP meeting request', es: 'Solicitud de reunión del IEP' },
  facilitation: { en: 'IEP facilitation', es: 'Facilitación del IEP' },
  mediation: { en: 'Mediation', es: 'Mediación' },
  state_complaint: { en: 'State complaint', es: 'Queja estatal' },
  due_process: { en: 'Due process complaint', es: 'Queja de debido proceso' },
  expedited_due_process: { en: 'Expedited due process hearing', es: 'Audiencia de debido proceso acelerada' },
  discipline: { en: 'Discipline', es: 'Disciplina' },
  ocr_complaint: { en: 'Office for Civil Rights complaint', es: 'Queja ante la Oficina para Derechos Civiles' },
};

/** Event labels by type; `BY_KIND` overrides a type whose meaning depends on the kind. */
const EVENTS: Readonly<Record<string, Words>> = {
  request_sent: { en: 'Request sent', es: 'Solicitud enviada' },
  request_received: { en: 'District received the request', es: 'El distrito recibió la solicitud' },
  pwn_received: { en: 'Prior written notice received', es: 'Se recibió la notificación previa por escrito' },
  withdrawn: { en: 'Request withdrawn', es: 'Se retiró la solicitud' },
  meeting_scheduled: { en: 'Meeting scheduled', es: 'Reunión programada' },
  hearing_scheduled: { en: 'Hearing scheduled', es: 'Audiencia programada' },
  records_provided: { en: 'Records made available', es: 'Se entregaron los expedientes' },
  district_agreed: { en: 'District agreed to pay', es: 'El distrito aceptó pagar' },
  district_filed_due_process: { en: 'District filed for due process', es: 'El distrito presentó una queja de debido proceso' },
  district_denied: { en: 'District refused', es: 'El distrito se negó' },
  iee_completed: { en: 'Independent evaluation completed', es: 'Se completó la evaluación independiente' },
  consent_requested: { en: 'District asked for consent to evaluate', es: 'El distrito pidió el consentimiento para evaluar' },
  refusal_notice_received: { en: 'Refusal received in prior written notice', es: 'Se recibió la negativa en una notificación previa por escrito' },
  consent_received: { en: 'District received consent to evaluate', es: 'El distrito recibió el consentimiento para evaluar' },
  evaluation_completed: { en: 'Evaluation completed', es: 'Evaluación completada' },
  eligibility_determined: { en: 'Eligibility decided', es: 'Se decidió la elegibilidad' },
  consent_refused: { en: 'Parent refused consent', es: 'Los padres negaron el consentimiento' },
  iep_meeting_held: { en: 'IEP meeting held', es: 'Se realizó la reunión del IEP' },
  services_ended: { en: 'Special education ended', es: 'Terminó la educación especial' },
  meeting_held: { en: 'Meeting held', es: 'Se realizó la reunión' },
  requested: { en: 'Requested', es: 'Se pidió' },
  scheduled: { en: 'Facilitated meeting scheduled', es: 'Reunión facilitada programada' },
  held: { en: 'Facilitated meeting held', es: 'Se realizó la reunión facilitada' },
  declined: { en: 'Facilitation declined', es: 'Se rechazó la facilitación' },
  session_scheduled: { en: 'Mediation session scheduled', es: 'Sesión de mediación programada' },
  session_held: { en: 'Mediation session held', es: 'Se realizó la sesión de mediación' },
  agreement_signed: { en: 'Mediation agreement signed', es: 'Se firmó el acuerdo de mediación' },
  ended_without_agreement: { en: 'Mediation ended without agreement', es: 'La mediación terminó sin acuerdo' },
  violation_occurred: { en: 'Violation happened', es: 'Ocurrió la violación' },
  complaint_filed: { en: 'Complaint filed', es: 'Se presentó la queja' },
  complaint_received: { en: 'Complaint received', es: 'Queja recibida' },
  extension_granted: { en: 'Extension granted', es: 'Se concedió una prórroga' },
  decision_issued: { en: 'Decision issued', es: 'Se emitió la decisión' },
  knew_or_should_have_known: { en: 'Parent knew or should have known', es: 'Los padres supieron o debieron saber' },
  district_notice: { en: 'District’s written notice of its proposal or refusal', es: 'Aviso por escrito del distrito sobre su propuesta o negativa' },
  complaint_amended: { en: 'Complaint amended', es: 'Se modificó la queja' },
  sufficiency_challenged: { en: 'Complaint challenged as insufficient', es: 'Se impugnó la queja por insuficiente' },
  resolution_meeting_held: { en: 'Resolution meeting held', es: 'Se realizó la reunión de resolución' },
  resolution_waived: { en: 'Resolution meeting waived in writing', es: 'Se renunció por escrito a la reunión de resolución' },
  resolution_agreement_impossible: { en: 'Agreed in writing that no agreement is possible', es: 'Acordaron por escrito que no es posible un acuerdo' },
  mediation_continued: { en: 'Agreed in writing to continue mediation', es: 'Acordaron por escrito continuar la mediación' },
  mediation_withdrawn: { en: 'A party withdrew from mediation', es: 'Una parte se retiró de la mediación' },
  settlement_signed: { en: 'Settlement signed', es: 'Se firmó el acuerdo de resolución' },
  settlement_voided: { en: 'Settlement voided', es: 'Se anuló el acuerdo de resolución' },
  review_requested: { en: 'State review requested', es: 'Se pidió la revisión estatal' },
  review_decision_issued: { en: 'State review decision issued', es: 'Se emitió la decisión de la revisión estatal' },
  hearing_held: { en: 'Hearing held', es: 'Se realizó la audiencia' },
  removal: { en: 'Removal from school (suspension)', es: 'Suspensión (retiro de la escuela)' },
  removal_decision: { en: 'Decision to change placement', es: 'Decisión de cambiar la ubicación' },
  special_circumstances_removal: { en: 'Removal to an interim setting (weapons, drugs, serious injury)', es: 'Traslado a un entorno provisional (armas, drogas, lesión grave)' },
  manifestation_determination_held: { en: 'Manifestation determination held', es: 'Se realizó la determinación de manifestación' },
  returned_to_placement: { en: 'Returned to the prior placement', es: 'Regresó a la ubicación anterior' },
  discrimination_occurred: { en: 'Discrimination happened', es: 'Ocurrió la discriminación' },
  complaint_opened: { en: 'OCR opened an investigation', es: 'La Oficina para Derechos Civiles abrió una investigación' },
  resolved: { en: 'OCR resolved the complaint', es: 'La Oficina para Derechos Civiles resolvió la queja' },
  dismissed: { en: 'OCR dismissed the complaint', es: 'La Oficina para Derechos Civiles desestimó la queja' },
};

const COMPLAINT_WITHDRAWN: Words = { en: 'Complaint withdrawn', es: 'Se retiró la queja' };

const BY_KIND: Readonly<Partial<Record<ProceedingKind, Readonly<Record<string, Words>>>>> = {
  records_request: { meeting_scheduled: { en: 'IEP meeting or resolution session scheduled', es: 'Reunión del IEP o sesión de resolución programada' } },
  facilitation: { requested: { en: 'Facilitation requested', es: 'Se pidió la facilitación' } },
  mediation: {
    requested: { en: 'Mediation requested', es: 'Se pidió la mediación' },
    withdrawn: { en: 'A party withdrew', es: 'Una parte se retiró' },
  },
  state_complaint: { withdrawn: COMPLAINT_WITHDRAWN, complaint_received: { en: 'State received the complaint', es: 'El estado recibió la queja' } },
  due_process: { withdrawn: COMPLAINT_WITHDRAWN, decision_issued: { en: 'Hearing decision issued', es: 'Se emitió la decisión de la audiencia' } },
  expedited_due_process: { withdrawn: COMPLAINT_WITHDRAWN, decision_issued: { en: 'Hearing decision issued', es: 'Se emitió la decisión de la audiencia' } },
  ocr_complaint: { withdrawn: COMPLAINT_WITHDRAWN },
};

const TITLES: Readonly<Record<string, Words>> = {
  lea_response: { en: 'District’s response to the complaint', es: 'Respuesta del distrito a la queja' },
  parent_response: { en: 'Parent’s response to the complaint', es: 'Respuesta de los padres a la queja' },
  sufficiency_challenge: { en: 'Last day to challenge the complaint as insufficient', es: 'Último día para impugnar la queja por insuficiente' },
  resolution_meeting: { en: 'Resolution meeting', es: 'Reunión de resolución' },
  resolution_period_end: { en: 'End of the resolution period', es: 'Fin del período de resolución' },
  hearing_decision: { en: 'Hearing decision', es: 'Decisión de la audiencia' },
  settlement_void: { en: 'Last day to void the settlement', es: 'Último día para anular el acuerdo' },
  five_day_disclosure: { en: 'Sharing evidence five business days before the hearing', es: 'Entrega de pruebas cinco días hábiles antes de la audiencia' },
  civil_action: { en: 'Last day to file a civil action', es: 'Último día para presentar una demanda civil' },
  civil_action_state_court: { en: 'Last day to file a civil action in state court', es: 'Último día para presentar una demanda civil en un tribunal estatal' },
  notice_of_intention: { en: 'Notice of intention to seek review', es: 'Aviso de intención de pedir la revisión' },
  state_review_request: { en: 'Last day to ask for state review', es: 'Último día para pedir la revisión estatal' },
  state_review_decision: { en: 'State review decision', es: 'Decisión de la revisión estatal' },
  filing_limit: { en: 'Last day to file', es: 'Último día para presentar la queja' },
  expedited_resolution_meeting: { en: 'Resolution meeting (expedited)', es: 'Reunión de resolución (acelerada)' },
  expedited_resolution_period_end: { en: 'End of the resolution period (expedited)', es: 'Fin del período de resolución (acelerado)' },
  expedited_hearing: { en: 'Expedited hearing', es: 'Audiencia acelerada' },
  expedited_decision: { en: 'Expedited hearing decision', es: 'Decisión de la audiencia acelerada' },
  complaint_decision: { en: 'State complaint decision', es: 'Decisión sobre la queja estatal' },
  records_access: { en: 'Access to the records', es: 'Acceso a los expedientes' },
  initial_evaluation: { en: 'Initial evaluation', es: 'Evaluación inicial' },
  district_response: { en: 'District’s answer', es: 'Respuesta del distrito' },
  initial_iep_meeting: { en: 'First IEP meeting', es: 'Primera reunión del IEP' },
  annual_review: { en: 'Annual IEP review', es: 'Revisión anual del IEP' },
  reevaluation: { en: 'Reevaluation', es: 'Reevaluación' },
  manifestation_determination: { en: 'Manifestation determination', es: 'Determinación de manifestación' },
  interim_setting_limit: { en: 'End of the interim setting', es: 'Fin del entorno provisional' },
  change_of_placement: { en: 'Change of placement (11th day of removal)', es: 'Cambio de ubicación (día 11 de retiro)' },
  mediation_session: { en: 'Mediation session', es: 'Sesión de mediación' },
  facilitation_response: { en: 'Answer to the facilitation request', es: 'Respuesta a la solicitud de facilitación' },
};

const GENERIC_TITLE: Words = { en: 'Deadline', es: 'Fecha límite' };
const GENERIC_EVENT: Words = { en: 'Event', es: 'Evento' };

/**
 * A deadline's title by its rule id, in the reader's language; a rule id this version does not
 * know reads "Deadline" / "Fecha límite" (never the id itself).
 *
 * @example
 * ```ts
 * deadlineTitle('resolution_period_end', 'en'); // 'End of the resolution period'
 * deadlineTitle('resolution_period_end', 'es'); // 'Fin del período de resolución'
 * ```
 */
export function deadlineTitle(ruleId: string, lang: Lang): string {
  return (Object.prototype.hasOwnProperty.call(TITLES, ruleId) ? TITLES[ruleId] : undefined)?.[lang] ?? GENERIC_TITLE[lang];
}

/**
 * An event's label in the reader's language; an event this version does not know reads
 * "Event" / "Evento" (never the code).
 *
 * @example
 * ```ts
 * eventLabel('due_process', 'complaint_received', 'en'); // 'Complaint received'
 * eventLabel('due_process', 'complaint_received', 'es'); // 'Queja recibida'
 * ```
 */
export function eventLabel(kind: ProceedingKind, type: string, lang: Lang): string {
  const own = BY_KIND[kind];
  const words =
    (own !== undefined && Object.prototype.hasOwnProperty.call(own, type) ? own[type] : undefined) ??
    (Object.prototype.hasOwnProperty.call(EVENTS, type) ? EVENTS[type] : undefined);
  return words?.[lang] ?? GENERIC_EVENT[lang];
}

/**
 * A proceeding kind's name in the reader's language.
 *
 * @example
 * ```ts
 * proceedingKindLabel('due_process', 'es'); // 'Queja de debido proceso'
 * ```
 */
export function proceedingKindLabel(kind: ProceedingKind, lang: Lang): string {
  return (Object.prototype.hasOwnProperty.call(KINDS, kind) ? KINDS[kind] : undefined)?.[lang] ?? GENERIC_EVENT[lang];
}
