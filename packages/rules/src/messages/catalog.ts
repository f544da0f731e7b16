import type { Lang } from '../intake/lang.js';
import { EVALUATION_REQUEST_RESPONSE, getState, type StateProcedures } from '../states/index.js';
import { PARENT_CENTER_MESSAGES } from './parent-centers.js';
import { MissingParam, type Reader } from './reader.js';

/** One message in both languages: each template reads its parameters from the reader. */
export interface MessageDef {
  en: (r: Reader) => string;
  es: (r: Reader) => string;
}

/** The state named by the `state` parameter (a code); a code this version does not know fails. */
function stateOf(r: Reader): StateProcedures {
  try {
    return getState(r.text('state'));
  } catch {
    throw new MissingParam('state');
  }
}

/**
 * ` (citation)` for a `source` parameter, or nothing when the source is only the research
 * dataset (`state-procedures.json (XX)`): a file name is not a citation a family can look up.
 */
function cite(r: Reader, param = 'source'): string {
  const source = r.text(param);
  return source.startsWith('state-procedures.json') ? '' : ` (${source})`;
}

/** `; citation` for use inside a parenthesis, or nothing for the research dataset. */
function citeIn(r: Reader, param = 'source'): string {
  const source = r.text(param);
  return source.startsWith('state-procedures.json') ? '' : `; ${source}`;
}

/** A state's name: proper names stay as they are in both languages. */
const name = (r: Reader) => stateOf(r).name;

const amended = (r: Reader) =>
  !r.flag('amended') ? '' : r.lang === 'en' ? ' (restarted by the amended complaint)' : ' (el plazo volvió a empezar con la queja modificada)';

const texas = (r: Reader) =>
  !r.flag('texas') ? '' : r.lang === 'en' ? '; Texas does not allow these timelines to be extended (19 TAC 89.1185(a))' : '; Texas no permite extender estos plazos (19 TAC 89.1185(a))';

const EXCEPTIONS: Record<Lang, string> = {
  en: 'exceptions when the district misrepresented or withheld information (34 CFR 300.511(f))',
  es: 'hay excepciones si el distrito dio información falsa o retuvo información (34 CFR 300.511(f))',
};

const ROLL: Record<Lang, string> = {
  en: 'shown without rolling forward: a court may move a weekend or holiday last day to the next business day (Fed. R. Civ. P. 6(a)), but state courts differ',
  es: 'se muestra sin correrla: un tribunal puede pasar un último día que cae en fin de semana o feriado al siguiente día hábil (Fed. R. Civ. P. 6(a)), pero los tribunales estatales tienen sus propias reglas',
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** "June 30" / "30 de junio" from `dueMonth` and `dueDay`. */
function monthDay(r: Reader): string {
  const month = MONTHS[r.lang][r.num('dueMonth') - 1];
  if (month === undefined) throw new MissingParam('dueMonth');
  const day = r.num('dueDay');
  return r.lang === 'en' ? `${month} ${day}` : `${day} de ${month}`;
}

/** Where a decision's time runs from: the hearing decision or the state review decision. */
function fromDecision(r: Reader): string {
  const from = r.choice('from', ['hearing_decision', 'review_decision'] as const);
  if (r.lang === 'en') return from === 'hearing_decision' ? 'the hearing decision' : 'the state review decision';
  return from === 'hearing_decision' ? 'la decisión de la audiencia' : 'la decisión de la revisión estatal';
}

/** Courts named by id: Ohio's state court is its court of common pleas. */
function courtName(r: Reader, param: string): string {
  const court = r.choice(param, ['federal', 'state'] as const);
  if (court === 'federal') return r.lang === 'en' ? 'federal district court' : 'tribunal federal de distrito';
  const code = stateOf(r).code;
  if (code === 'OH') return r.lang === 'en' ? 'court of common pleas' : 'tribunal estatal de primera instancia del condado';
  return r.lang === 'en' ? 'state court' : 'tribunal estatal';
}

/**
 * Reviewed Spanish for the state rules whose English is reviewed data in `states/reviewed.ts`
 * (the English is read from there). A state missing here gets general words and its citation.
 */
const FILING_START_ES: Readonly<Record<string, string>> = {
  WI: 'un año después de la negativa o la propuesta del distrito, no desde que los padres se enteraron; si el distrito nunca dio aviso de los derechos de audiencia, un año después de darlo',
  AK: 'los padres presentan la queja a más tardar 12 meses después de que el distrito da aviso por escrito de la decisión con la que no están de acuerdo',
  OR: 'dos años después del acto u omisión que da derecho a una audiencia, no desde que los padres se enteraron; si el distrito actuó o dejó de actuar antes de su aviso por escrito, cuente desde ese día anterior; el plazo no se aplica si el distrito impidió presentar la queja dando información falsa o reteniendo información requerida (ORS 343.165(3)(b))',
  KS: 'el problema debe haber ocurrido a más tardar dos años antes de presentar la queja (y quien la presenta supo o debió saber de él); si el problema empezó antes del aviso por escrito, cuente desde ese día anterior',
  CO: 'la violación debe haber ocurrido dentro de los dos años antes de presentar la queja; si la violación empezó antes del aviso por escrito, cuente desde ese día anterior',
};

const REVIEW_FROM_ES: Readonly<Record<string, string>> = {
  NY: 'desde la fecha de la decisión del funcionario de audiencias imparcial; la solicitud se entrega en persona',
  OH: 'desde que recibe la decisión de la audiencia',
  NC: 'desde que recibe el aviso de la decisión del juez administrativo',
};

const CONTESTED_ES: Readonly<Record<string, string>> = {
  CT: 'las fuentes no coinciden: Regs. Conn. State Agencies 10-76d-13 cuenta 45 días escolares desde la remisión hasta que el IEP está en vigor, mientras que una página de datos del estado (CSDE) dice 60 días desde el consentimiento; ninguna está confirmada',
};

/** The state's evaluation rule: the dataset's words in English, general words and the citation in Spanish. */
function evaluationBase(r: Reader): string {
  const duration = r.duration();
  const t = stateOf(r).evaluationTimeline.value;
  if (r.lang === 'en') {
    if (t === null) return `${duration} from the parent’s consent${cite(r)}`;
    const extra = t.exclusions.length === 0 ? '' : `; exceptions: ${t.exclusions.join('; ')}`;
    return `${duration} from ${t.clockStart}, for: ${t.endpoint}${extra}`;
  }
  const extra = t !== null && t.exclusions.length > 0 ? '; la regla tiene excepciones: consulte la fuente' : '';
  return `la evaluación inicial dentro de ${duration} contados desde el consentimiento de los padres, según la regla de ${name(r)}${cite(r)}; lo que debe estar listo en esa fecha está en la fuente${extra}`;
}

/** Each deadline note, by key. Keys are stable: a stored message is rendered by its key. */
export const CATALOG: Readonly<Record<string, MessageDef>> = {
  // Due process (34 CFR 300.507-300.516)
  'deadline.lea_response': {
    en: (r) => `the district’s response within 10 days of receiving the complaint, if it has not already sent prior written notice on the subject${amended(r)}`,
    es: (r) => `el distrito responde dentro de 10 días después de recibir la queja, si aún no envió una notificación previa por escrito sobre el tema${amended(r)}`,
  },
  'deadline.parent_response': {
    en: (r) => `the parent’s response to the district’s complaint within 10 days of receiving it${amended(r)}`,
    es: (r) => `los padres responden a la queja del distrito dentro de 10 días después de recibirla${amended(r)}`,
  },
  'deadline.sufficiency_challenge': {
    en: (r) => `the receiving party may challenge the complaint as insufficient within 15 days of receiving it; otherwise it is deemed sufficient${amended(r)}`,
    es: (r) => `quien recibe la queja puede impugnarla por insuficiente dentro de 15 días después de recibirla; si no lo hace, la queja se considera suficiente${amended(r)}`,
  },
  'deadline.resolution_meeting': {
    en: (r) => `the district convenes a resolution meeting within 15 days of receiving the complaint, unless both waive it in writing or use mediation${amended(r)}`,
    es: (r) => `el distrito convoca una reunión de resolución dentro de 15 días después de recibir la queja, salvo que ambas partes renuncien por escrito o usen la mediación${amended(r)}`,
  },
  'deadline.resolution_period_end': {
    en: (r) => `the 30-day resolution period ends; if the complaint is not resolved, the hearing may go ahead${amended(r)}`,
    es: (r) => `termina el período de resolución de 30 días; si la queja no se resuelve, la audiencia puede seguir adelante${amended(r)}`,
  },
  'deadline.hearing_decision': {
    en: (r) => {
      const start = r.choice('start', ['period_end', 'waived', 'no_agreement', 'mediation_withdrawn'] as const);
      let why: string;
      if (start === 'period_end') {
        why = `the 45 days start when the 30-day resolution period ends (300.510(b)(2))${r.flag('ignoredWithdrawal') ? '; a withdrawal from mediation moves it only when it comes after day 30 from mediation both parties agreed in writing to continue (300.510(c)(3))' : ''}`;
      } else if (start === 'waived') {
        why = `the 45 days start the day after ${r.date('date')}, when both parties waived the resolution meeting in writing (300.510(c)(1))`;
      } else if (start === 'no_agreement') {
        why = `the 45 days start the day after ${r.date('date')}, when both parties agreed in writing that no agreement is possible (300.510(c)(2))`;
      } else {
        why = `the 45 days start the day after ${r.date('date')}, when a party withdrew from the mediation both parties agreed in writing on ${r.date('continued')} to continue past the resolution period (300.510(c)(3))`;
      }
      return `the hearing decision is reached and mailed within 45 days: ${why}; a target date the hearing officer may extend at a party’s request (300.515(c))`;
    },
    es: (r) => {
      const start = r.choice('start', ['period_end', 'waived', 'no_agreement', 'mediation_withdrawn'] as const);
      let why: string;
      if (start === 'period_end') {
        why = `los 45 días empiezan cuando termina el período de resolución de 30 días (300.510(b)(2))${r.flag('ignoredWithdrawal') ? '; retirarse de la mediación solo cambia la fecha si ocurre después del día 30 y ambas partes habían acordado por escrito continuar la mediación (300.510(c)(3))' : ''}`;
      } else if (start === 'waived') {
        why = `los 45 días empiezan el día después del ${r.date('date')}, cuando ambas partes renunciaron por escrito a la reunión de resolución (300.510(c)(1))`;
      } else if (start === 'no_agreement') {
        why = `los 45 días empiezan el día después del ${r.date('date')}, cuando ambas partes acordaron por escrito que no es posible un acuerdo (300.510(c)(2))`;
      } else {
        why = `los 45 días empiezan el día después del ${r.date('date')}, cuando una parte se retiró de la mediación que ambas partes acordaron por escrito el ${r.date('continued')} continuar después del período de resolución (300.510(c)(3))`;
      }
      return `el funcionario de audiencias imparcial decide y envía la decisión dentro de 45 días: ${why}; es una fecha meta que el funcionario puede extender si una parte lo pide (300.515(c))`;
    },
  },
  'deadline.hearing_decision.extended': {
    en: (r) => `the hearing officer granted an extension on ${r.date('date')}; the decision is due on the date the officer set`,
    es: (r) => `el funcionario de audiencias imparcial concedió una prórroga el ${r.date('date')}; la decisión vence en la fecha que él fijó`,
  },
  'deadline.hearing_decision.mediation_continued': {
    en: (r) => `no date yet: on ${r.date('date')} both parties agreed in writing to continue mediation past the 30-day resolution period, so the 45-day hearing clock starts the day after either party withdraws from mediation (300.510(c)(3)); record the withdrawal when it happens`,
    es: (r) => `todavía no hay fecha: el ${r.date('date')} ambas partes acordaron por escrito continuar la mediación después del período de resolución de 30 días, así que el plazo de 45 días para la audiencia empieza el día después de que una de las partes se retire de la mediación (300.510(c)(3)); anote el retiro cuando ocurra`,
  },
  'deadline.hearing_decision.district_filed': {
    en: (r) => `a district’s complaint has no resolution period (300.510 covers the parent’s complaint); most states then start the 45-day clock at receipt (decision by ${r.date('reference')}), but the reference says to confirm per state`,
    es: (r) => `una queja presentada por el distrito no tiene período de resolución (300.510 se aplica a la queja de los padres); la mayoría de los estados empieza entonces el plazo de 45 días al recibirla (decisión para el ${r.date('reference')}), pero hay que confirmarlo en cada estado`,
  },
  'deadline.settlement_void': {
    en: () => 'either party may void the resolution settlement within 3 business days of signing (weekends and federal holidays skipped)',
    es: () => 'cualquiera de las partes puede anular el acuerdo de resolución dentro de 3 días hábiles después de firmarlo (sin contar fines de semana ni feriados federales)',
  },
  'deadline.five_day_disclosure': {
    en: (r) => `each party shares its evaluations and recommendations at least 5 business days before the hearing on ${r.date('hearing')}`,
    es: (r) => `cada parte entrega sus evaluaciones y recomendaciones al menos 5 días hábiles antes de la audiencia del ${r.date('hearing')}`,
  },
  'deadline.filing_limit.knew': {
    en: (r) => {
      const whose = r.flag('federalDefault') ? 'the federal limit; the reference found no other limit for this state' : `the ${name(r)} limit`;
      const trigger = stateOf(r).dueProcessLimitationTrigger.value;
      return `${r.duration()} from when the parent knew or should have known (${whose})${trigger === null ? '' : `; the rule: ${trigger}`}; ${EXCEPTIONS.en}`;
    },
    es: (r) => {
      const whose = r.flag('federalDefault') ? 'el plazo federal; no se encontró otro plazo para este estado' : `el plazo de ${name(r)}`;
      return `${r.duration()} desde que los padres supieron o debieron saber de la acción (${whose}${citeIn(r)}); ${EXCEPTIONS.es}`;
    },
  },
  'deadline.filing_limit.district_notice': {
    en: (r) => {
      const rule = stateOf(r).dueProcessLimitationStart.note;
      return `${r.duration()} from the district’s written notice of ${r.date('notice')} (the ${name(r)} limit)${rule === undefined ? '' : `; the rule: ${rule}`}; ${EXCEPTIONS.en}`;
    },
    es: (r) => {
      const code = stateOf(r).code;
      const rule = FILING_START_ES[code] ?? `en ${name(r)} el plazo cuenta desde la acción del distrito, no desde que los padres se enteraron`;
      return `${r.duration()} desde el aviso por escrito del distrito del ${r.date('notice')} (el plazo de ${name(r)}${citeIn(r)}); la regla: ${rule}; ${EXCEPTIONS.es}`;
    },
  },
  'deadline.filing_limit.needs_district_notice': {
    en: (r) => `${name(r)} counts ${r.duration()} from the district’s action, not from when the parent knew${cite(r)}: record the date of the district’s written notice of the proposal or refusal at issue to date it`,
    es: (r) => `${name(r)} cuenta ${r.duration()} desde la acción del distrito, no desde que los padres se enteraron${cite(r)}: anote la fecha del aviso por escrito del distrito sobre la propuesta o la negativa en disputa para calcular la fecha`,
  },
  'deadline.filing_limit.needs_knew': {
    en: (r) => `${name(r)} counts ${r.duration()} from when the parent knew or should have known of the action, which may be before the district’s written notice (at a meeting, say): record that date to count from it`,
    es: (r) => `${name(r)} cuenta ${r.duration()} desde que los padres supieron o debieron saber de la acción, lo que puede ser antes del aviso por escrito del distrito (por ejemplo, en una reunión): anote esa fecha para contar desde ella`,
  },
  // A case whose intake and student record name different states (apps/api cases/case-state):
  // no rule is counted until staff say which state is right.
  'deadline.state_unconfirmed': {
    en: (r) => {
      const said = (param: string) => { try { return getState(r.text(param)).name; } catch { throw new MissingParam(param); } };
      return `no date until the student’s state is confirmed: the intake says ${said('intakeState')}, the student’s record says ${said('studentState')}`;
    },
    es: (r) => {
      const said = (param: string) => { try { return getState(r.text(param)).name; } catch { throw new MissingParam(param); } };
      return `no hay fecha hasta que se confirme el estado del estudiante: la solicitud dice ${said('intakeState')} y el registro del estudiante dice ${said('studentState')}`;
    },
  },
  'deadline.filing_limit.unknown': {
    en: (r) => `the reference has no verified ${name(r)} filing limit${r.has('reference') ? `; where a State sets no explicit limit, the federal limit is 2 years from when the parent knew or should have known (${r.date('reference')})` : ''}`,
    es: (r) => `no hay un plazo verificado de ${name(r)} para presentar la queja${r.has('reference') ? `; si el estado no fija un plazo, el plazo federal es de 2 años desde que los padres supieron o debieron saber (${r.date('reference')})` : ''}`,
  },
  'deadline.civil_action': {
    en: (r) => {
      const who = r.flag('federalDefault') ? 'the federal period' : `the ${name(r)} period`;
      const tiers = r.flag('tiersUnknown') ? '; in a two-tier state the civil action runs from the state review decision instead' : '';
      return `${r.duration()} from ${fromDecision(r)} (${who}); ${ROLL.en}${tiers}`;
    },
    es: (r) => {
      const who = r.flag('federalDefault') ? 'el plazo federal' : `el plazo de ${name(r)}`;
      const tiers = r.flag('tiersUnknown') ? '; en un estado con dos niveles, la demanda civil cuenta desde la decisión de la revisión estatal' : '';
      return `${r.duration()} desde ${fromDecision(r)} para presentar una demanda civil (${who}); ${ROLL.es}${tiers}`;
    },
  },
  'deadline.civil_action.unknown': {
    en: (r) => `the reference has no verified ${name(r)} period for a civil action; where a State sets none, the federal period is 90 days from ${fromDecision(r)} (${r.date('reference')})${r.flag('tiersUnknown') ? '; in a two-tier state the civil action runs from the state review decision instead' : ''}`,
    es: (r) => `no hay un plazo verificado de ${name(r)} para una demanda civil; si el estado no fija uno, el plazo federal es de 90 días desde ${fromDecision(r)} (${r.date('reference')})${r.flag('tiersUnknown') ? '; en un estado con dos niveles, la demanda civil cuenta desde la decisión de la revisión estatal' : ''}`,
  },
  'deadline.civil_action.court': {
    en: (r) => {
      const safe = r.flag('safe')
        ? 'the safe date: the earlier of the two court deadlines, so filing by then keeps every court open'
        : `not the safe date: a case in the ${courtName(r, 'otherCourt')} must be filed earlier, by ${r.date('otherDate')}`;
      return `${r.duration()} from ${fromDecision(r)} to bring a civil action in the ${courtName(r, 'court')}${cite(r)}; ${safe}; ${ROLL.en}`;
    },
    es: (r) => {
      const safe = r.flag('safe')
        ? 'es la fecha segura: la primera de las dos fechas de los tribunales, así que presentar la demanda para entonces mantiene abiertos los dos tribunales'
        : `no es la fecha segura: una demanda en el ${courtName(r, 'otherCourt')} debe presentarse antes, a más tardar el ${r.date('otherDate')}`;
      return `${r.duration()} desde ${fromDecision(r)} para presentar una demanda civil en el ${courtName(r, 'court')}${cite(r)}; ${safe}; ${ROLL.es}`;
    },
  },
  'deadline.state_review_request': {
    en: (r) => {
      const review = stateOf(r).stateReview;
      const from = review.value?.runsFrom ?? 'the hearing decision';
      return `ask for state review within ${r.duration()} of ${from}${review.note === undefined ? '' : `; ${review.note}`}`;
    },
    es: (r) => `pida la revisión estatal dentro de ${r.duration()} ${REVIEW_FROM_ES[stateOf(r).code] ?? 'desde la decisión de la audiencia'}${cite(r)}`,
  },
  'deadline.state_review_request.unknown': {
    en: (r) => `${name(r)} has a second tier (state review); the reference has no verified time limit to ask for it`,
    es: (r) => `${name(r)} tiene un segundo nivel (revisión estatal); no hay un plazo verificado para pedirla`,
  },
  'deadline.state_review_request.tiers_unknown': {
    en: (r) => `the reference does not say whether ${name(r)} has one or two hearing tiers`,
    es: (r) => `no se sabe si ${name(r)} tiene uno o dos niveles de audiencia`,
  },
  'deadline.notice_of_intention': {
    en: (r) => `serve a notice of intention to seek review within ${r.duration()} after the date of the hearing decision${cite(r)}; the request for review itself is due within ${r.duration('requestAmount', 'requestUnit')}`,
    es: (r) => `entregue un aviso de intención de pedir la revisión dentro de ${r.duration()} después de la fecha de la decisión de la audiencia${cite(r)}; la solicitud de revisión vence dentro de ${r.duration('requestAmount', 'requestUnit')}`,
  },
  'deadline.state_review_decision': {
    en: () => 'the reviewing official decides within 30 days of receiving the request for review; a target date that may be extended at a party’s request (300.515(c))',
    es: () => 'el funcionario de revisión decide dentro de 30 días después de recibir la solicitud de revisión; es una fecha meta que se puede extender si una parte lo pide (300.515(c))',
  },
  // Expedited due process (34 CFR 300.532)
  'deadline.expedited_resolution_meeting': {
    en: (r) => `a resolution meeting within 7 days of receiving the complaint, unless waived in writing or mediation is used${texas(r)}`,
    es: (r) => `una reunión de resolución dentro de 7 días después de recibir la queja, salvo que se renuncie por escrito o se use la mediación${texas(r)}`,
  },
  'deadline.expedited_resolution_period_end': {
    en: (r) => `the hearing may go ahead unless the matter is resolved to both parties’ satisfaction within 15 days of receipt${texas(r)}`,
    es: (r) => `la audiencia puede seguir adelante salvo que el asunto se resuelva a satisfacción de ambas partes dentro de 15 días después de recibir la queja${texas(r)}`,
  },
  'deadline.expedited_hearing': {
    en: (r) => `the hearing takes place within 20 school days of the date the complaint is filed${r.flag('fromReceipt') ? ' (counted from receipt; record when the complaint was filed if it was earlier)' : ''}${texas(r)}`,
    es: (r) => `la audiencia se realiza dentro de 20 días escolares desde la fecha en que se presenta la queja${r.flag('fromReceipt') ? ' (contado desde que se recibió; anote cuándo se presentó la queja si fue antes)' : ''}${texas(r)}`,
  },
  'deadline.expedited_decision': {
    en: (r) => `the decision within 10 school days after the hearing${r.flag('fromScheduled') ? ' (counted from the scheduled hearing date; record when the hearing is held)' : ''}${texas(r)}`,
    es: (r) => `la decisión dentro de 10 días escolares después de la audiencia${r.flag('fromScheduled') ? ' (contado desde la fecha programada de la audiencia; anote cuándo se realice)' : ''}${texas(r)}`,
  },
  // State complaint and OCR
  'deadline.state_complaint.filing_limit': {
    en: () => 'the state must receive the complaint not more than one year after the violation',
    es: () => 'el estado debe recibir la queja a más tardar un año después de la violación',
  },
  'deadline.complaint_decision': {
    en: (r) => (r.flag('fromSent') ? 'a written decision within 60 days after the complaint is received; counted here from the day it was sent (record when the state received it)' : 'a written decision within 60 days after the state received the complaint'),
    es: (r) => (r.flag('fromSent') ? 'una decisión por escrito dentro de 60 días después de que se recibe la queja; aquí se cuenta desde el día en que se envió (anote cuándo la recibió el estado)' : 'una decisión por escrito dentro de 60 días después de que el estado recibió la queja'),
  },
  'deadline.complaint_decision.extended': {
    en: (r) => `the 60-day limit was extended on ${r.date('date')} (exceptional circumstances or agreement to try mediation); the state sets the new date`,
    es: (r) => `el plazo de 60 días se extendió el ${r.date('date')} (por circunstancias excepcionales o por acuerdo para intentar la mediación); el estado fija la nueva fecha`,
  },
  'deadline.ocr.filing_limit': {
    en: () => 'file within 180 days of the discrimination; OCR may waive the limit for good cause',
    es: () => 'presente la queja dentro de 180 días después de la discriminación; la Oficina para Derechos Civiles puede dispensar el plazo por una causa justificada',
  },
  // Requests
  'deadline.records_access': {
    en: (r) => `without unnecessary delay and no more than 45 days after ${r.flag('fromSent') ? 'the request was sent (the law counts from the request; record when the district received it)' : 'the district received the request'}, and before any IEP meeting, hearing or resolution session`,
    es: (r) => `sin demoras innecesarias y a más tardar 45 días después de que ${r.flag('fromSent') ? 'se envió la solicitud (la ley cuenta desde la solicitud; anote cuándo la recibió el distrito)' : 'el distrito recibió la solicitud'}, y antes de cualquier reunión del IEP, audiencia o sesión de resolución`,
  },
  'deadline.records_access.before': {
    en: (r) => `the day before the ${r.choice('before', ['meeting', 'hearing'] as const)} on ${r.date('date')}, which comes before the 45-day limit after ${r.flag('fromSent') ? 'the request was sent (the law counts from the request; record when the district received it)' : 'the district received the request'}`,
    es: (r) => `el día antes de la ${r.choice('before', ['meeting', 'hearing'] as const) === 'meeting' ? 'reunión' : 'audiencia'} del ${r.date('date')}, que llega antes del plazo de 45 días después de que ${r.flag('fromSent') ? 'se envió la solicitud (la ley cuenta desde la solicitud; anote cuándo la recibió el distrito)' : 'el distrito recibió la solicitud'}`,
  },
  'deadline.pwn.district_response': {
    en: () => 'prior written notice is due a reasonable time before the district acts on (or refuses) the change; federal law sets no number of days',
    es: () => 'la notificación previa por escrito debe llegar un tiempo razonable antes de que el distrito haga el cambio (o lo niegue); la ley federal no fija un número de días',
  },
  'deadline.iee.district_response': {
    en: () => 'the district must, without unnecessary delay, either pay for the evaluation or file due process to show its own evaluation is appropriate; the law sets no number of days',
    es: () => 'el distrito debe, sin demoras innecesarias, pagar la evaluación o presentar una queja de debido proceso para mostrar que su propia evaluación es adecuada; la ley no fija un número de días',
  },
  'deadline.iee.district_response.state': {
    en: (r) => `within ${r.duration()} of the request the district either agrees to pay for the independent evaluation or files for due process to show its own evaluation is appropriate${cite(r)}${r.flag('fromSent') ? '; counted from the day the request was sent, as the rule counts from receipt: record when the district received it' : ''}`,
    es: (r) => `dentro de ${r.duration()} después de la solicitud, el distrito acepta pagar la evaluación independiente o presenta una queja de debido proceso para mostrar que su propia evaluación es adecuada${cite(r)}${r.flag('fromSent') ? '; contado desde el día en que se envió la solicitud, porque la regla cuenta desde que el distrito la recibe: anote cuándo la recibió' : ''}`,
  },
  'deadline.evaluation_request.none': {
    en: (r) => `federal law sets no number of days: the district must ask for consent to evaluate or refuse in prior written notice; the reference records no ${name(r)} answer clock`,
    es: (r) => `la ley federal no fija un número de días: el distrito debe pedir el consentimiento para evaluar o negarse en una notificación previa por escrito; no hay un plazo de ${name(r)} registrado para responder`,
  },
  'deadline.evaluation_request.state': {
    en: (r) => EVALUATION_REQUEST_RESPONSE[stateOf(r).code]?.note ?? `the district answers a written evaluation request within ${r.duration()}${cite(r)}`,
    es: (r) => `el distrito responde a la solicitud de evaluación dentro de ${r.duration()}${cite(r)}`,
  },
  'deadline.iep_meeting_request.district_response': {
    en: () => 'federal law sets no number of days to hold a requested meeting; it must be at a mutually agreed time and place, and a refusal comes with prior written notice',
    es: () => 'la ley federal no fija un número de días para realizar una reunión pedida; debe ser en un momento y lugar acordados por ambas partes, y una negativa llega con una notificación previa por escrito',
  },
  'deadline.facilitation_response': {
    en: (r) => {
      const offered = r.choice('offered', ['yes', 'no', 'unknown'] as const);
      const availability =
        offered === 'yes'
          ? `${name(r)} offers IEP facilitation (${r.confidence()} confidence)`
          : offered === 'no'
            ? `${name(r)} does not offer IEP facilitation`
            : `whether ${name(r)} offers IEP facilitation is unknown — check your state's procedural safeguards notice`;
      return `facilitation is voluntary and no law sets a response time; ${availability}`;
    },
    es: (r) => {
      const offered = r.choice('offered', ['yes', 'no', 'unknown'] as const);
      const availability =
        offered === 'yes'
          ? `${name(r)} ofrece reuniones del IEP con un facilitador (confianza ${r.confidence()})`
          : offered === 'no'
            ? `${name(r)} no ofrece reuniones del IEP con un facilitador`
            : `no se sabe si ${name(r)} ofrece reuniones del IEP con un facilitador — consulte el aviso de garantías procesales de su estado`;
      return `la facilitación es voluntaria y ninguna ley fija un plazo para responder; ${availability}`;
    },
  },
  'deadline.mediation_session': {
    en: () => 'each session is scheduled in a timely manner at a convenient place; no number of days is set, and mediation may not be used to delay a hearing (34 CFR 300.506(b)(1))',
    es: () => 'cada sesión se programa a tiempo y en un lugar conveniente; no se fija un número de días, y la mediación no puede usarse para retrasar una audiencia (34 CFR 300.506(b)(1))',
  },
  // Evaluation and the IEP cycle
  'deadline.initial_evaluation': {
    en: (r) => `${evaluationBase(r)}${r.has('dueMonth') ? `; near the end of the school year the report may instead be due ${monthDay(r)} (${r.text('endOfYearSource')})` : ''}`,
    es: (r) => `${evaluationBase(r)}${r.has('dueMonth') ? `; cerca del fin del año escolar el informe puede vencer el ${monthDay(r)} (${r.text('endOfYearSource')})` : ''}`,
  },
  'deadline.initial_evaluation.breaks': {
    en: (r) => `${evaluationBase(r)}. This clock stops during school breaks; count it on the district calendar. It cannot end before ${r.date('earliest')}`,
    es: (r) => `${evaluationBase(r)}. Este plazo se detiene durante las vacaciones escolares; cuéntelo con el calendario del distrito. No puede terminar antes del ${r.date('earliest')}`,
  },
  'deadline.initial_evaluation.ceiling': {
    en: (r) => `${evaluationBase(r)}; ${r.duration()} or ${r.duration('ceilingAmount', 'ceilingUnit')} from consent, whichever is less${r.has('cap') ? `: no later than ${r.date('cap')}, earlier if the school days run out first; add the district's school calendar to date it` : ''}`,
    es: (r) => `${evaluationBase(r)}; ${r.duration()} o ${r.duration('ceilingAmount', 'ceilingUnit')} desde el consentimiento, lo que sea menor${r.has('cap') ? `: a más tardar el ${r.date('cap')}, antes si los días escolares se acaban primero; agregue el calendario escolar del distrito para calcular la fecha` : ''}`,
  },
  'deadline.initial_evaluation.unknown': {
    en: (r) => `the reference has no verified ${name(r)} evaluation timeline; where a State sets none, the federal rule is 60 days from consent (${r.date('reference')})`,
    es: (r) => `no hay un plazo verificado de ${name(r)} para la evaluación; si el estado no fija uno, la regla federal es de 60 días desde el consentimiento (${r.date('reference')})`,
  },
  'deadline.initial_evaluation.contested': {
    en: (r) => {
      const t = stateOf(r).evaluationTimeline;
      const lead = (t.note ?? '').replace(/^unknown — check your state's procedural safeguards notice\. /, '');
      return `${name(r)}: ${lead === '' ? 'the sources disagree on the evaluation timeline' : lead}`;
    },
    es: (r) => `${name(r)}: ${CONTESTED_ES[stateOf(r).code] ?? 'las fuentes no coinciden sobre el plazo de la evaluación; consulte las fuentes'}`,
  },
  'deadline.initial_evaluation.june30': {
    en: (r) => `consent came ${r.num('count')} school days before the last instructional day (${r.date('lastDay')}): at least ${r.num('min')} but fewer than ${r.num('amount')}, so the evaluation report is due ${r.date('due')}${cite(r)}`,
    es: (r) => `el consentimiento llegó ${r.num('count')} días escolares antes del último día de clases (${r.date('lastDay')}): al menos ${r.num('min')} pero menos de ${r.num('amount')}, así que el informe de la evaluación vence el ${r.date('due')}${cite(r)}`,
  },
  'deadline.initial_evaluation.run_on': {
    en: (r) => `consent came ${r.num('count')} school days before the last instructional day (${r.date('lastDay')}), fewer than ${r.num('min')}: the ${r.num('amount')} school days run on into the next school year${cite(r)}${r.flag('needsNextYear') ? "; add the district's school calendar for the next school year to date it" : ''}`,
    es: (r) => `el consentimiento llegó ${r.num('count')} días escolares antes del último día de clases (${r.date('lastDay')}), menos de ${r.num('min')}: los ${r.num('amount')} días escolares continúan en el próximo año escolar${cite(r)}${r.flag('needsNextYear') ? '; agregue el calendario escolar del distrito del próximo año escolar para calcular la fecha' : ''}`,
  },
  'deadline.initial_iep_meeting': {
    en: () => 'a meeting to develop the first IEP within 30 days of the decision that the child needs special education',
    es: () => 'una reunión para preparar el primer IEP dentro de 30 días después de decidir que el niño necesita educación especial',
  },
  'deadline.annual_review': {
    en: () => 'the IEP is reviewed at least once every 12 months: one year after the last IEP meeting (February 29 becomes February 28)',
    es: () => 'el IEP se revisa al menos una vez cada 12 meses: un año después de la última reunión del IEP (el 29 de febrero pasa al 28 de febrero)',
  },
  'deadline.reevaluation': {
    en: () => 'a reevaluation at least once every 3 years unless the parent and the district agree it is not needed',
    es: () => 'una reevaluación al menos una vez cada 3 años, salvo que los padres y el distrito acuerden que no hace falta',
  },
  // Discipline (34 CFR 300.530-300.536)
  'deadline.manifestation_determination': {
    en: () => 'the manifestation determination review within 10 school days of the decision to change placement; written notice and the procedural safeguards are due the same day as the decision (300.530(h))',
    es: () => 'la revisión de determinación de manifestación dentro de 10 días escolares después de la decisión de cambiar la ubicación; el aviso por escrito y las garantías procesales se entregan el mismo día de la decisión (300.530(h))',
  },
  'deadline.interim_setting_limit': {
    en: () => 'removal to an interim alternative educational setting for weapons, drugs or serious bodily injury lasts at most 45 school days',
    es: () => 'el traslado a un entorno educativo alternativo provisional por armas, drogas o lesión corporal grave dura como máximo 45 días escolares',
  },
  'deadline.change_of_placement': {
    en: (r) => `${r.num('total')} school days of removal this school year: from the 11th day (${r.date('day')}${r.flag('exact') ? '' : ", which falls inside this removal; add the district's school calendar to date it exactly"}) the district must provide services; more than 10 consecutive school days, or a series that forms a pattern, is a change of placement that needs notice the same day and a manifestation determination`,
    es: (r) => `${r.num('total')} días escolares de retiro este año escolar: desde el día 11 (${r.date('day')}${r.flag('exact') ? '' : ', que cae dentro de este retiro; agregue el calendario escolar del distrito para calcular la fecha exacta'}) el distrito debe dar servicios; más de 10 días escolares seguidos, o una serie que forma un patrón, es un cambio de ubicación que requiere aviso el mismo día y una determinación de manifestación`,
  },
  ...PARENT_CENTER_MESSAGES,
};
