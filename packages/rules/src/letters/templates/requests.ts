import type { LetterBlock } from '../document.js';
import {
  districtHead,
  heading,
  list,
  onDate,
  paragraph,
  salutation,
  signature,
  subjectLine,
  type TemplateContext,
} from './common.js';

/** A filled template before it is wrapped into a `LetterDocument`. */
export interface TemplateOutput {
  readonly title: string;
  readonly blocks: LetterBlock[];
}

function required<T>(value: T | undefined): T {
  // validateLetterFacts has already checked the template's required facts.
  if (value === undefined)
    throw new Error('internal: required letter fact missing after validation');
  return value;
}

/** Written objections after an IEP meeting (34 CFR 300.503, 300.322, 300.324). */
export function iepObjection(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const meeting = ctx.date(required(facts.meetingDate));
  const title = t(
    'Written objections to the IEP meeting',
    'Objeciones por escrito a la reunión del IEP',
  );
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(
      ctx,
      t(
        `Written objections to the IEP meeting of ${meeting}`,
        `Objeciones por escrito a la reunión del IEP del ${meeting}`,
      ),
    ),
    salutation(ctx),
    paragraph(
      t(
        `I took part in the IEP meeting for my child, ${facts.student.name}, on ${meeting}. I am writing so that my disagreement is on the record.`,
        `Participé en la reunión del IEP (Programa de Educación Individualizado) de mi hijo(a), ${facts.student.name}, el ${meeting}. Le escribo para que mi desacuerdo quede por escrito.`,
      ),
    ),
  ];
  if (facts.decision !== undefined) {
    blocks.push(
      paragraph(
        t(
          `At the meeting, the district proposed or refused the following: ${facts.decision}`,
          `En la reunión, el distrito propuso o rechazó lo siguiente: ${facts.decision}`,
        ),
      ),
    );
  }
  blocks.push(
    paragraph(t('I object to the following:', 'Me opongo a lo siguiente:')),
    list(required(facts.objections), true),
  );
  if (facts.proposedResolution !== undefined) {
    blocks.push(
      paragraph(t('I ask the district to:', 'Pido al distrito que:')),
      list(facts.proposedResolution),
    );
  }
  blocks.push(
    paragraph(
      t(
        "Please attach this letter to the IEP and keep it in my child's education record.",
        'Por favor, adjunte esta carta al IEP y guárdela en el expediente educativo de mi hijo(a).',
      ),
    ),
    paragraph(
      t(
        'If the district plans to carry out a proposal I object to, or refuses a request I made, please send me prior written notice as 34 CFR 300.503 requires: what the district proposes or refuses, why, the evaluations, records and reports it relied on, the other options the team considered and why they were rejected, and any other factors relevant to the decision.',
        'Si el distrito piensa llevar a cabo una propuesta a la que me opongo, o rechaza una solicitud que hice, por favor envíeme la notificación previa por escrito que exige 34 CFR 300.503: qué propone o rechaza el distrito, por qué, las evaluaciones, registros e informes en que se basó, las otras opciones que consideró el equipo y por qué las rechazó, y cualquier otro factor relevante para la decisión.',
      ),
    ),
    paragraph(
      t(
        'I want to keep working with the team. Please contact me to schedule a follow-up meeting.',
        'Quiero seguir trabajando con el equipo. Por favor, comuníquese conmigo para programar una reunión de seguimiento.',
      ),
    ),
    signature(ctx, true),
  );
  return { title, blocks };
}

/** Request for prior written notice (34 CFR 300.503(a)-(c)). */
export function pwnRequest(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const title = t(
    'Request for prior written notice',
    'Solicitud de notificación previa por escrito',
  );
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking for prior written notice under 34 CFR 300.503 about the following decision concerning my child, ${facts.student.name}${onDate(ctx, facts.decisionDate) === '' ? '' : `, made${onDate(ctx, facts.decisionDate)}`}:`,
        `Solicito una notificación previa por escrito, según 34 CFR 300.503, sobre la siguiente decisión acerca de mi hijo(a), ${facts.student.name}${onDate(ctx, facts.decisionDate) === '' ? '' : `, tomada${onDate(ctx, facts.decisionDate)}`}:`,
      ),
    ),
    paragraph(required(facts.decision), true),
    paragraph(
      t(
        'Under 34 CFR 300.503(b), the notice must include:',
        'Según 34 CFR 300.503(b), la notificación debe incluir:',
      ),
    ),
    list(
      [
        t(
          'a description of the action the district proposes or refuses;',
          'una descripción de la acción que el distrito propone o rechaza;',
        ),
        t(
          'an explanation of why the district proposes or refuses the action;',
          'una explicación de por qué el distrito propone o rechaza la acción;',
        ),
        t(
          'a description of each evaluation procedure, assessment, record or report the district used as a basis for its decision;',
          'una descripción de cada procedimiento de evaluación, prueba, registro o informe que el distrito usó como base de su decisión;',
        ),
        t(
          'a statement that I have protection under the procedural safeguards and how I can get a copy of them;',
          'una declaración de que tengo protección bajo las garantías procesales y de cómo obtener una copia;',
        ),
        t(
          'sources I can contact for help in understanding these rules;',
          'fuentes a las que puedo acudir para obtener ayuda para entender estas reglas;',
        ),
        t(
          'a description of the other options the team considered and why they were rejected; and',
          'una descripción de las otras opciones que consideró el equipo y por qué se rechazaron; y',
        ),
        t(
          'a description of any other factors relevant to the decision.',
          'una descripción de cualquier otro factor relevante para la decisión.',
        ),
      ],
      true,
    ),
    paragraph(
      t(
        'Please write the notice in language I can understand (34 CFR 300.503(c)) and send it to me as soon as possible.',
        'Por favor, escriba la notificación en español, mi lengua materna, de forma que yo la pueda entender (34 CFR 300.503(c)), y envíemela lo antes posible.',
      ),
    ),
    signature(ctx, true),
  ];
  return { title, blocks };
}

/** Request to inspect and review education records (34 CFR 300.613, 300.617; 34 CFR 99.10). */
export function recordsRequest(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const title = t(
    'Request to inspect and review education records',
    'Solicitud para revisar el expediente educativo',
  );
  const records = facts.records ?? [
    t(
      'every IEP and draft IEP, with meeting notes and notices',
      'todos los IEP y borradores de IEP, con notas y avisos de reuniones',
    ),
    t(
      'every evaluation and assessment report, with test scores',
      'todos los informes de evaluaciones y pruebas, con sus puntajes',
    ),
    t(
      'progress reports and the data behind them',
      'los informes de progreso y los datos en que se basan',
    ),
    t(
      'service logs showing the special education and related services delivered',
      'los registros de los servicios de educación especial y servicios relacionados que se prestaron',
    ),
    t('discipline and attendance records', 'los registros de disciplina y asistencia'),
    t(
      'prior written notices, consent forms and correspondence about my child, including email',
      'las notificaciones previas por escrito, los formularios de consentimiento y la correspondencia sobre mi hijo(a), incluido el correo electrónico',
    ),
  ];
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking to inspect and review the education records of my child, ${facts.student.name}, under 34 CFR 300.613 and the Family Educational Rights and Privacy Act (34 CFR 99.10). This includes:`,
        `Solicito revisar el expediente educativo de mi hijo(a), ${facts.student.name}, según 34 CFR 300.613 y la Ley de Derechos Educativos y Privacidad de la Familia (34 CFR 99.10). Esto incluye:`,
      ),
    ),
    list(records),
    paragraph(
      t(
        'The district must let me see the records without unnecessary delay, before any IEP meeting, due process hearing or resolution meeting, and in no case more than 45 days after this request (34 CFR 300.613(a)).',
        'El distrito debe permitirme ver el expediente sin demoras innecesarias, antes de cualquier reunión del IEP, audiencia de debido proceso o reunión de resolución, y nunca más de 45 días después de esta solicitud (34 CFR 300.613(a)).',
      ),
    ),
  ];
  if (facts.respondBy !== undefined) {
    blocks.push(
      paragraph(
        t(
          `Counting 45 days from the date of this letter, that is no later than ${ctx.date(facts.respondBy)}.`,
          `Contando 45 días desde la fecha de esta carta, el plazo termina a más tardar el ${ctx.date(facts.respondBy)}.`,
        ),
      ),
    );
  }
  if (facts.meetingDate !== undefined) {
    blocks.push(
      paragraph(
        t(
          `A meeting about my child is scheduled for ${ctx.date(facts.meetingDate)}. Please give me access before that date.`,
          `Hay una reunión sobre mi hijo(a) programada para el ${ctx.date(facts.meetingDate)}. Por favor, permítame revisar el expediente antes de esa fecha.`,
        ),
      ),
    );
  }
  blocks.push(
    paragraph(
      t(
        'I also ask for copies of these records. The district may not charge a fee to search for or retrieve records (34 CFR 300.617).',
        'También pido copias de estos documentos. El distrito no puede cobrar por buscar o recuperar el expediente (34 CFR 300.617).',
      ),
    ),
    paragraph(
      t(
        'Please contact me to arrange a time.',
        'Por favor, comuníquese conmigo para acordar una fecha y hora.',
      ),
    ),
    signature(ctx, true),
  );
  return { title, blocks };
}

/** Request for an independent educational evaluation at public expense (34 CFR 300.502). */
export function ieeRequest(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const title = t(
    'Request for an independent educational evaluation at public expense',
    'Solicitud de una evaluación educativa independiente a costo público',
  );
  const what = facts.evaluationDescription === undefined ? '' : ` (${facts.evaluationDescription})`;
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I disagree with the evaluation of my child, ${facts.student.name}, that the district completed${onDate(ctx, facts.evaluationDate)}${what}.`,
        `No estoy de acuerdo con la evaluación de mi hijo(a), ${facts.student.name}, que el distrito terminó${onDate(ctx, facts.evaluationDate)}${what}.`,
      ),
    ),
    paragraph(
      t(
        'Under 34 CFR 300.502(b)(1), I request an independent educational evaluation at public expense.',
        'Según 34 CFR 300.502(b)(1), solicito una evaluación educativa independiente a costo público.',
      ),
      true,
    ),
    paragraph(
      t(
        'Under 34 CFR 300.502(b)(2), the district must, without unnecessary delay, either make sure the independent evaluation is provided at public expense or file a due process complaint to show that its own evaluation is appropriate.',
        'Según 34 CFR 300.502(b)(2), el distrito debe, sin demoras innecesarias, asegurar que la evaluación independiente se haga a costo público o presentar una queja de debido proceso para demostrar que su propia evaluación es adecuada.',
      ),
    ),
    paragraph(
      t(
        'Please send me the district’s criteria for independent evaluations and information about where I can get one (34 CFR 300.502(a)(2)). The criteria may not add conditions or timelines beyond those the district uses for its own evaluations (34 CFR 300.502(e)).',
        'Por favor, envíeme los criterios del distrito para las evaluaciones independientes e información sobre dónde puedo obtener una (34 CFR 300.502(a)(2)). Los criterios no pueden agregar condiciones ni plazos distintos de los que el distrito usa para sus propias evaluaciones (34 CFR 300.502(e)).',
      ),
    ),
    paragraph(
      t(
        'The district may ask why I disagree, but I am not required to explain, and the question may not delay the evaluation (34 CFR 300.502(b)(4)).',
        'El distrito puede preguntarme por qué no estoy de acuerdo, pero no estoy obligado(a) a explicarlo, y la pregunta no puede retrasar la evaluación (34 CFR 300.502(b)(4)).',
      ),
    ),
    signature(ctx, true),
  ];
  return { title, blocks };
}

/** Request for an initial evaluation (34 CFR 300.301(b), (c); 300.503; 300.504). */
export function evaluationRequest(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const title = t(
    'Request for a full and individual initial evaluation',
    'Solicitud de una evaluación inicial completa e individual',
  );
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking the district to conduct a full and individual initial evaluation of my child, ${facts.student.name}, to find out whether my child has a disability and needs special education and related services (34 CFR 300.301(b)).`,
        `Solicito que el distrito realice una evaluación inicial completa e individual de mi hijo(a), ${facts.student.name}, para determinar si tiene una discapacidad y necesita educación especial y servicios relacionados (34 CFR 300.301(b)).`,
      ),
      true,
    ),
    paragraph(t('I am concerned about:', 'Me preocupa lo siguiente:')),
    list(required(facts.concerns)),
    paragraph(
      t(
        'Please send me the consent form for the evaluation. The evaluation must be completed within 60 days of the district receiving my consent, or within the timeline my state sets (34 CFR 300.301(c)).',
        'Por favor, envíeme el formulario de consentimiento para la evaluación. La evaluación debe completarse dentro de los 60 días siguientes a que el distrito reciba mi consentimiento, o dentro del plazo que fije mi estado (34 CFR 300.301(c)).',
      ),
    ),
    paragraph(
      t(
        'If the district refuses to evaluate, please send me prior written notice of the refusal and its reasons (34 CFR 300.503).',
        'Si el distrito se niega a evaluar, por favor envíeme una notificación previa por escrito de la negativa y sus razones (34 CFR 300.503).',
      ),
    ),
    paragraph(
      t(
        'Please also send me a copy of the procedural safeguards notice (34 CFR 300.504).',
        'Por favor, envíeme también una copia del aviso de garantías procesales (34 CFR 300.504).',
      ),
    ),
    signature(ctx, true),
  ];
  return { title, blocks };
}

/** Request for an IEP meeting (34 CFR 300.322, 300.324). */
export function iepMeetingRequest(ctx: TemplateContext): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('Request for an IEP meeting', 'Solicitud de una reunión del IEP');
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking for a meeting of the IEP team for my child, ${facts.student.name}, to discuss:`,
        `Solicito una reunión del equipo del IEP (Programa de Educación Individualizado) de mi hijo(a), ${facts.student.name}, para hablar de:`,
      ),
    ),
    list(required(facts.concerns), true),
  ];
  if (facts.availability === undefined) {
    blocks.push(
      paragraph(
        t(
          'Please propose dates. The meeting should be at a time and place we agree on (34 CFR 300.322(a)).',
          'Por favor, proponga fechas. La reunión debe ser en una fecha, hora y lugar que acordemos (34 CFR 300.322(a)).',
        ),
      ),
    );
  } else {
    blocks.push(
      paragraph(
        t(
          'I am available at these times. The meeting should be at a time and place we agree on (34 CFR 300.322(a)):',
          'Estoy disponible en estas fechas. La reunión debe ser en una fecha, hora y lugar que acordemos (34 CFR 300.322(a)):',
        ),
      ),
      list(facts.availability),
    );
  }
  blocks.push(
    paragraph(
      t(
        'Please send me written notice of the meeting with its purpose, time and place and who will attend (34 CFR 300.322(b)). Please also send me, before the meeting, any drafts, evaluations and data the team will discuss.',
        'Por favor, envíeme un aviso por escrito de la reunión con su propósito, fecha, hora y lugar, y quiénes asistirán (34 CFR 300.322(b)). También le pido que me envíe, antes de la reunión, los borradores, evaluaciones y datos que el equipo va a revisar.',
      ),
    ),
    signature(ctx, true),
  );
  return { title, blocks };
}

/** Request for a facilitated IEP meeting (state programs; not a federal requirement). */
export function facilitationRequest(
  ctx: TemplateContext,
  program: { readonly agency: string | null; readonly offered: boolean | null },
): TemplateOutput {
  const { facts, t } = ctx;
  const title = t(
    'Request for a facilitated IEP meeting',
    'Solicitud de una reunión del IEP con facilitador',
  );
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking for a facilitated IEP meeting for my child, ${facts.student.name}. A neutral facilitator helps the team talk and reach agreement; the facilitator does not decide anything.`,
        `Solicito una reunión del IEP con un facilitador para mi hijo(a), ${facts.student.name}. Un facilitador neutral ayuda al equipo a conversar y llegar a acuerdos; el facilitador no toma decisiones.`,
      ),
    ),
    paragraph(
      t(
        'Our team has had trouble agreeing on:',
        'El equipo ha tenido dificultades para ponerse de acuerdo sobre:',
      ),
    ),
    list(required(facts.concerns), true),
  ];
  if (program.offered === true && program.agency !== null) {
    blocks.push(
      paragraph(
        t(
          `${program.agency} offers IEP facilitation. Please tell me whether the district agrees, so that we can ask for a facilitator together.`,
          `${program.agency} ofrece facilitación de reuniones del IEP. Por favor, dígame si el distrito está de acuerdo, para que podamos pedir un facilitador juntos.`,
        ),
      ),
    );
  } else {
    blocks.push(
      paragraph(
        t(
          'Please tell me whether the state or the district offers IEP facilitation and whether the district agrees to use it.',
          'Por favor, dígame si el estado o el distrito ofrecen facilitación de reuniones del IEP y si el distrito acepta usarla.',
        ),
      ),
    );
  }
  blocks.push(
    paragraph(
      t(
        'Mediation and a due process hearing remain available to me if we cannot agree (34 CFR 300.506, 300.507).',
        'Si no llegamos a un acuerdo, sigo teniendo derecho a la mediación y a una audiencia de debido proceso (34 CFR 300.506, 300.507).',
      ),
    ),
    signature(ctx, true),
  );
  return { title, blocks };
}

/** Request for mediation (34 CFR 300.506). */
export function mediationRequest(ctx: TemplateContext, stateAgency: string | null): TemplateOutput {
  const { facts, t } = ctx;
  const title = t('Request for mediation', 'Solicitud de mediación');
  const blocks: LetterBlock[] = [
    ...districtHead(ctx),
    subjectLine(ctx, title),
    salutation(ctx),
    paragraph(
      t(
        `I am asking for mediation under 34 CFR 300.506 to resolve a disagreement with the district about my child, ${facts.student.name}.`,
        `Solicito mediación según 34 CFR 300.506 para resolver un desacuerdo con el distrito sobre mi hijo(a), ${facts.student.name}.`,
      ),
      true,
    ),
    heading(t('The disagreement', 'El desacuerdo')),
    paragraph(required(facts.problem)),
  ];
  if (facts.proposedResolution !== undefined) {
    blocks.push(
      paragraph(
        t('I would like the mediation to address:', 'Me gustaría que la mediación tratara:'),
      ),
      list(facts.proposedResolution),
    );
  }
  blocks.push(
    paragraph(
      t(
        'Mediation is voluntary, the State pays for it, and what is said in mediation is confidential (34 CFR 300.506(b)). It may not be used to deny or delay my right to a due process hearing (34 CFR 300.506(b)(1)).',
        'La mediación es voluntaria, el Estado la paga, y lo que se dice en ella es confidencial (34 CFR 300.506(b)). No se puede usar para negar o retrasar mi derecho a una audiencia de debido proceso (34 CFR 300.506(b)(1)).',
      ),
    ),
    paragraph(
      t(
        'Please tell me whether the district agrees to mediate, so that a mediator can be scheduled at a time and place convenient to both of us.',
        'Por favor, dígame si el distrito acepta la mediación, para programar a un mediador en una fecha y lugar convenientes para ambas partes.',
      ),
    ),
    signature(ctx, true),
  );
  if (stateAgency !== null) {
    blocks.push({ type: 'address', lines: [t(`cc: ${stateAgency}`, `Copia: ${stateAgency}`)] });
  }
  return { title, blocks };
}
