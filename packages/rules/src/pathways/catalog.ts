import { formatLongDate, type Lang } from '../intake/lang.js';
import type { Duration } from '../states/index.js';
import type { PathwayId } from './types.js';

/*
 * Every sentence a parent reads in a recommendation. Written for a stressed parent: short
 * sentences, everyday words, no acronyms; a test checks each at or below 8th grade by
 * Flesch-Kincaid (English) and at or above 60 by Fernández-Huerta (Spanish). Citations stay
 * in `basis`, never in these texts.
 */

type Text = Readonly<Record<Lang, string>>;

/**
 * The main reason for each pathway. `recommend` adds the state's own facts around some of
 * them: the state complaint opens with the state's education office
 * (`stateComplaintOfficeText`), the evaluation request ends with the state's clock
 * (`evaluationClockText`), due process with the state's filing limit (`dueProcessLimitText`).
 */
export const PATHWAY_REASONS: Readonly<Record<PathwayId, Text>> = {
  written_follow_up: {
    en: 'Write a short letter or email to the school. Say what went wrong and what you want them to do. Keep a copy. A dated record helps you later.',
    es: 'Escriba una carta o un correo corto a la escuela. Diga qué salió mal y qué quiere que hagan. Guarde una copia. Un papel con fecha le ayuda después.',
  },
  pwn_request: {
    en: 'Ask the school to put its decision in writing. The law calls this prior written notice. It must say what the school decided, why, and what facts it used. You will need this paper for every next step.',
    es: 'Pida a la escuela que le dé su decisión por escrito. La ley lo llama notificación previa por escrito. Debe decir qué decidió la escuela, por qué y en qué datos se basó. Va a necesitar este papel para cada paso que siga.',
  },
  section_504_notice_request: {
    en: 'Ask the school in writing for its notice under Section 504. The notice tells you what the school decided about your child and why. You will need this paper for every next step.',
    es: 'Pida por escrito a la escuela su notificación bajo la Sección 504. La notificación le dice qué decidió la escuela sobre su hijo y por qué. Va a necesitar este papel para cada paso que siga.',
  },
  records_request: {
    en: "Ask in writing to see your child's school records. The school must show you within 45 days, and before any meeting or hearing. Then you know what the school knows.",
    es: 'Pida por escrito ver el archivo escolar de su hijo. La escuela se lo debe mostrar en 45 días o menos, y antes de una reunión o audiencia. Así sabrá lo mismo que sabe la escuela.',
  },
  evaluation_request: {
    en: 'Ask in writing for the school to test your child for special education.',
    es: 'Pida por escrito que la escuela evalúe a su hijo para educación especial.',
  },
  iee_request: {
    en: "If you do not agree with the school's testing, ask for a new test by an outside expert. The school pays for it. The school must say yes or ask for a hearing, and it must not drag its feet.",
    es: 'Si no está de acuerdo con la evaluación de la escuela, pida otra hecha por un experto de afuera. La escuela la paga. La escuela debe decir que sí o pedir una audiencia, y no puede tardar sin razón.',
  },
  iep_meeting_request: {
    en: "Ask in writing for a meeting with your child's school team. Bring a short list of what you want to change. Bring notes, grades and reports that show why.",
    es: 'Pida por escrito una reunión con el equipo escolar de su hijo. Lleve una lista corta de lo que quiere cambiar. Lleve notas, calificaciones e informes que muestren por qué.',
  },
  section_504_meeting: {
    en: "Ask in writing for a meeting of your child's 504 team. This is its own step, apart from any other meeting. Bring a short list of what you want to change, and notes or reports that show why.",
    es: 'Pida por escrito una reunión del equipo 504 de su hijo. Es un paso propio, aparte de otras reuniones. Lleve una lista corta de lo que quiere cambiar, y notas o informes que muestren por qué.',
  },
  facilitation: {
    en: 'Ask for a team meeting led by a facilitator. This is a neutral helper who keeps the talk calm and on track. The facilitator does not take sides or decide anything.',
    es: 'Pida una reunión del equipo con un facilitador. Es una persona neutral que ayuda a que todos hablen con calma y en orden. El facilitador no toma partido ni decide nada.',
  },
  mediation: {
    en: 'Ask for mediation. A neutral person helps you and the school work out a deal. It is free and private. You keep your right to a hearing. A signed deal must be followed.',
    es: 'Pida una mediación. Una persona neutral les ayuda a usted y a la escuela a llegar a un acuerdo. Es gratis y privada. Usted no pierde su derecho a una audiencia. Un acuerdo firmado se debe cumplir.',
  },
  state_complaint: {
    en: 'It is free, and you do not need a lawyer. The problem must be less than 1 year old. The state looks into it and must decide in 60 days. It can order the school to make up lost services. It works best when a clear rule was broken.',
    es: 'Es gratis y no necesita abogado. El problema debe tener menos de 1 año. El estado la revisa y debe decidir en 60 días. Puede ordenar a la escuela que reponga los servicios perdidos. Sirve más cuando se rompió una regla clara.',
  },
  section_504_grievance: {
    en: "Use the school district's own complaint process for disability problems. It is called a grievance. Write what happened and what you want fixed. The district must look into it fairly and fast.",
    es: 'Use el proceso de quejas del distrito escolar para problemas por discapacidad. Se llama queja formal o reclamo. Escriba qué pasó y qué quiere que se arregle. El distrito debe revisarlo de forma justa y rápida.',
  },
  ferpa_complaint: {
    en: 'If the school still will not show you the records, file a complaint. It goes to the Student Privacy Policy Office at the U.S. Department of Education. You have 180 days from the refusal, or from when you learned of it.',
    es: 'Si la escuela todavía no le muestra el archivo, presente una queja. Hágalo ante la Oficina de Política de Privacidad Estudiantil del Departamento de Educación federal. Tiene 180 días desde que se negó, o desde que usted lo supo.',
  },
  section_504_hearing: {
    en: 'Ask the school district for a fair hearing under Section 504. An impartial hearing officer listens to you and the school, then decides. You may bring a lawyer. If you do not agree with the result, you can ask for a review. Ask the district for its rules and time limits for this hearing.',
    es: 'Pida al distrito escolar una audiencia imparcial bajo la Sección 504. Un funcionario de audiencias imparcial los escucha a usted y a la escuela, y luego decide. Puede llevar un abogado. Si no está de acuerdo con el resultado, puede pedir una revisión. Pida al distrito sus reglas y plazos para esta audiencia.',
  },
  due_process: {
    en: "Ask for a due process hearing. This is a formal hearing before an impartial hearing officer, who acts like a judge. It is the place to decide if the school's plan is right for your child. You may want a lawyer or an advocate.",
    es: 'Pida una audiencia de debido proceso. Es una audiencia formal ante un funcionario de audiencias imparcial, que actúa como un juez. Ahí se decide si el plan de la escuela es el correcto para su hijo. Tal vez quiera un abogado o un defensor.',
  },
  expedited_due_process: {
    en: 'Ask for a fast hearing about the discipline decision. The hearing must happen within 20 school days. The decision must come within 10 school days after that.',
    es: 'Pida una audiencia rápida sobre la decisión de disciplina. La audiencia debe ser en 20 días de clases o menos. La decisión debe llegar 10 días de clases después, como máximo.',
  },
  manifestation_determination_request: {
    en: "Ask for a meeting to decide if the behavior came from your child's disability. The school must hold it within 10 school days of deciding to remove your child. If the answer is yes, your child will most often go back to the old class.",
    es: 'Pida una reunión para decidir si la conducta vino de la discapacidad de su hijo. La escuela debe hacerla en 10 días de clases desde que decide sacar a su hijo. Si la respuesta es sí, casi siempre su hijo vuelve a su clase de antes.',
  },
  ocr_complaint: {
    en: 'File a complaint with the Office for Civil Rights at the U.S. Department of Education. Do this if the school treated your child unfairly because of a disability, or punished you for speaking up. You most often have 180 days.',
    es: 'Presente una queja ante la Oficina para Derechos Civiles del Departamento de Educación federal. Hágalo si la escuela trató mal a su hijo por su discapacidad, o lo castigó a usted por reclamar. Casi siempre tiene 180 días.',
  },
};

/**
 * The basis of a facilitation step where the state's own source is not known, in the
 * reader's language (no English in a Spanish answer).
 */
export const FACILITATION_BASIS_TEXT: Text = {
  en: 'State IEP facilitation program (where offered)',
  es: 'Programa estatal de facilitación del IEP (donde se ofrece)',
};

/** Extra sentences that depend on the family's facts. */
export const REASON_NOTES = {
  stayPut: {
    en: 'If you file before the change starts, your child stays in the current class while the case goes on.',
    es: 'Si la pide antes de que empiece el cambio, su hijo se queda en su clase de ahora mientras dure el caso.',
  },
  recordsFerpa: {
    en: "Ask in writing to see your child's school records. The school must show you within 45 days. Then you know what the school knows.",
    es: 'Pida por escrito ver el archivo escolar de su hijo. La escuela se lo debe mostrar en 45 días o menos. Así sabrá lo mismo que sabe la escuela.',
  },
  recordsBeforeMeeting: {
    en: 'A meeting is coming. Ask now, so you have the records before it.',
    es: 'Se acerca una reunión. Pida ahora, para tener el archivo antes de la reunión.',
  },
  recordsBeforeManifestation: {
    en: 'Ask before the meeting about the behavior, so you can read what the team will read.',
    es: 'Pídalo antes de la reunión sobre la conducta, para leer lo mismo que leerá el equipo.',
  },
  basisOfKnowledge: {
    en: 'If your child has no plan yet, these rules still protect your child when the school already had reason to think your child has a disability.',
    es: 'Si su hijo todavía no tiene un plan, estas reglas lo protegen igual cuando la escuela ya tenía razones para pensar que su hijo tiene una discapacidad.',
  },
  review504: {
    en: 'For a child with a 504 plan, the school must review the case before a long removal.',
    es: 'Para un niño con un plan 504, la escuela debe revisar el caso antes de sacarlo por mucho tiempo.',
  },
  facilitationOffered: {
    en: 'Your state offers this help.',
    es: 'Su estado da esta ayuda.',
  },
  facilitationUnknown: {
    en: 'Ask your state if it offers this help.',
    es: 'Pregunte a su estado si ofrece esta ayuda.',
  },
} as const satisfies Record<string, Text>;

/** Fixed warning texts. */
export const WARNING_TEXTS = {
  stay_put: {
    en: "The school plans to change your child's class or school. If you ask for a due process hearing before the change starts, your child can stay put until the case ends. A state complaint does not do this. Act fast.",
    es: 'La escuela quiere cambiar a su hijo de clase o de escuela. Si pide una audiencia de debido proceso antes de que empiece el cambio, su hijo se queda donde está hasta que acabe el caso. Una queja ante el estado no hace esto. Actúe rápido.',
  },
  no_written_notice: {
    en: 'The school has not given you its decision in writing. Ask for it in writing now. The school must tell you what it decided and why.',
    es: 'La escuela no le ha dado su decisión por escrito. Pídala por escrito ahora. La escuela le debe decir qué decidió y por qué.',
  },
  interim_setting: {
    en: 'If you appeal a discipline decision, your child stays where the school sent your child for the discipline. This lasts until the hearing officer decides or the removal ends, whichever comes first. It is not the usual stay-put rule. Under that rule, a child stays in the old class during a hearing.',
    es: 'Si apela una decisión de disciplina, su hijo se queda donde la escuela lo mandó por la disciplina. Esto dura hasta que el funcionario de audiencias decida o se acabe el tiempo fuera de clase, lo que pase primero. No es la regla de siempre. Con esa regla, el niño se queda en su clase de antes durante una audiencia.',
  },
  change_of_placement_504: {
    en: 'Your child has been sent out of school for more than 10 school days. That is a big change. The school must look again at what your child needs first.',
    es: 'Su hijo ha sido sacado de la escuela por más de 10 días de clases. Es un cambio grande. Antes, la escuela debe revisar de nuevo lo que su hijo necesita.',
  },
} as const satisfies Record<string, Text>;

/** The number of days before or after a deadline, in words. */
function whenText(daysLeft: number, lang: Lang): string {
  if (lang === 'en') {
    if (daysLeft === 0) return 'That is today';
    if (daysLeft === 1) return 'That is tomorrow';
    return `That is in ${daysLeft} days`;
  }
  if (daysLeft === 0) return 'Es hoy';
  if (daysLeft === 1) return 'Es mañana';
  return `Faltan ${daysLeft} días`;
}

/** "2 years", "12 months", "1 año". */
export function durationText(duration: Duration, lang: Lang): string {
  const { amount, unit } = duration;
  const one = amount === 1;
  const words: Record<Duration['unit'], [string, string, string, string]> = {
    days: ['day', 'days', 'día', 'días'],
    months: ['month', 'months', 'mes', 'meses'],
    years: ['year', 'years', 'año', 'años'],
    business_days: ['business day', 'business days', 'día hábil', 'días hábiles'],
    school_days: ['school day', 'school days', 'día de clases', 'días de clases'],
  };
  const [enOne, enMany, esOne, esMany] = words[unit];
  return lang === 'en' ? `${amount} ${one ? enOne : enMany}` : `${amount} ${one ? esOne : esMany}`;
}

/** Removal-days warning for a child protected by IDEA (34 CFR 300.536, 300.530(d), (e)). */
export function changeOfPlacementText(days: number, lang: Lang): string {
  return lang === 'en'
    ? `Your child has been sent out of school for ${days} school days this year. More than 10 days can count as a change of placement. Then the school must hold a special meeting within 10 school days. It must also keep teaching your child from the 11th day on.`
    : `Su hijo ha sido sacado de la escuela ${days} días de clases este año. Más de 10 días puede contar como un cambio de ubicación. Entonces la escuela debe hacer una reunión especial en 10 días de clases. También debe seguir dándole clases a su hijo desde el día 11.`;
}

/** The kind of limit a warning is about. */
export type LimitKind = 'due_process' | 'state_complaint' | 'ocr' | 'ferpa';

const LIMIT_NAME: Record<LimitKind, Text> = {
  due_process: {
    en: 'to ask for a due process hearing',
    es: 'para pedir una audiencia de debido proceso',
  },
  state_complaint: {
    en: 'to file a state complaint',
    es: 'para presentar una queja ante el estado',
  },
  ocr: {
    en: 'to file a complaint with the Office for Civil Rights',
    es: 'para presentar una queja ante la Oficina para Derechos Civiles',
  },
  ferpa: {
    en: 'to file a complaint with the federal student privacy office',
    es: 'para presentar una queja ante la oficina federal de privacidad estudiantil',
  },
};

/** Where the limit comes from: the state's own rule, or the federal rule the state follows. */
export type LimitOrigin = 'state' | 'federal_default' | 'federal';

function originText(origin: LimitOrigin, duration: Duration, lang: Lang): string {
  const length = durationText(duration, lang);
  switch (origin) {
    case 'state':
      return lang === 'en'
        ? `Your state gives you ${length} from the school's decision.`
        : `Su estado le da ${length} desde la decisión de la escuela.`;
    case 'federal_default':
      return lang === 'en'
        ? `Your state has no limit of its own, so the federal limit of ${length} from the school's decision applies.`
        : `Su estado no tiene un plazo propio, así que se usa el plazo federal de ${length} desde la decisión de la escuela.`;
    case 'federal':
      return lang === 'en'
        ? `The limit is ${length} from the school's decision.`
        : `El plazo es de ${length} desde la decisión de la escuela.`;
  }
}

/** A limit's name on a list of dates: "Last day to file a state complaint". */
export function limitTitleText(kind: LimitKind, lang: Lang): string {
  return lang === 'en' ? `Last day ${LIMIT_NAME[kind].en}` : `Último día ${LIMIT_NAME[kind].es}`;
}

/**
 * Where a limit's length comes from, for a list of dates: short sentences, since the list
 * shows no other text beside each date.
 */
export function limitOriginText(
  kind: LimitKind,
  origin: LimitOrigin,
  duration: Duration | null,
  lang: Lang,
): string {
  if (duration === null) return limitUnknownText(kind, lang);
  const length = durationText(duration, lang);
  switch (origin) {
    case 'state':
      return lang === 'en'
        ? `Your state gives you ${length} from the school's decision.`
        : `Su estado le da ${length} desde la decisión de la escuela.`;
    case 'federal_default':
      return lang === 'en'
        ? `Your state has no limit of its own. The federal limit of ${length} applies.`
        : `Su estado no tiene un plazo propio. Se usa el plazo federal de ${length}.`;
    case 'federal':
      return lang === 'en'
        ? `The limit is ${length} from the school's decision.`
        : `El plazo es de ${length} desde la decisión de la escuela.`;
  }
}

/** A limit that ends within 90 days (or today). */
export function limitNearText(
  kind: LimitKind,
  origin: LimitOrigin,
  duration: Duration,
  deadline: string,
  daysLeft: number,
  lang: Lang,
): string {
  const date = formatLongDate(deadline, lang);
  return lang === 'en'
    ? `Time is running out ${LIMIT_NAME[kind].en}. ${originText(origin, duration, lang)} That time ends on ${date}. ${whenText(daysLeft, lang)}. Act now.`
    : `Se acaba el tiempo ${LIMIT_NAME[kind].es}. ${originText(origin, duration, lang)} Ese tiempo termina el ${date}. ${whenText(daysLeft, lang)}. Actúe ya.`;
}

const PASSED_EXCEPTION: Record<LimitKind, Text> = {
  due_process: {
    en: 'There are exceptions, for example if the school misled you or held back facts it had to give you.',
    es: 'Hay excepciones, por ejemplo si la escuela le engañó o le ocultó datos que le debía dar.',
  },
  state_complaint: {
    en: 'Newer problems can still count.',
    es: 'Los problemas más nuevos sí pueden contar.',
  },
  ocr: {
    en: 'The office may still take a late complaint for a good reason.',
    es: 'La oficina puede aceptar una queja tarde si hay una buena razón.',
  },
  ferpa: {
    en: 'If you learned of the problem later, the 180 days may count from then.',
    es: 'Si usted supo del problema más tarde, los 180 días pueden contar desde entonces.',
  },
};

/** A limit that has already ended. */
export function limitPassedText(
  kind: LimitKind,
  origin: LimitOrigin,
  duration: Duration,
  deadline: string,
  lang: Lang,
): string {
  const date = formatLongDate(deadline, lang);
  return lang === 'en'
    ? `The usual time ${LIMIT_NAME[kind].en} may have passed. ${originText(origin, duration, lang)} That time ended on ${date}. ${PASSED_EXCEPTION[kind].en} Talk to an advocate soon.`
    : `Puede que ya pasó el tiempo normal ${LIMIT_NAME[kind].es}. ${originText(origin, duration, lang)} Ese tiempo terminó el ${date}. ${PASSED_EXCEPTION[kind].es} Hable pronto con un defensor.`;
}

/** The exact words the reference asks for when a state's limit is not known. */
export const UNKNOWN_LIMIT: Text = {
  en: "unknown — check your state's procedural safeguards notice",
  es: 'desconocido — consulte el aviso de garantías procesales de su estado',
};

/** A limit the reference does not know for this state: never guessed. */
export function limitUnknownText(kind: LimitKind, lang: Lang): string {
  return lang === 'en'
    ? `We do not know your state's time limit ${LIMIT_NAME[kind].en}: ${UNKNOWN_LIMIT.en}. The school must give you that notice. Act soon to be safe.`
    : `No sabemos el plazo de su estado ${LIMIT_NAME[kind].es}: ${UNKNOWN_LIMIT.es}. La escuela le debe dar ese aviso. Actúe pronto para estar seguro.`;
}

/*
 * The state's own numbers in the reasons (rules-corrections-2026-12.md: reasons quote the
 * state's rule where the reference has it; "unknown — check your state's procedural
 * safeguards notice" where it does not; never "unless your state sets a different time").
 */

/**
 * Where a state's number comes from: its own rule (`state`), the federal rule it follows
 * because it sets none (`federal_default`), or not known (`unknown`).
 */
export type StateNumber =
  | { readonly origin: 'state' | 'federal_default'; readonly duration: Duration }
  | { readonly origin: 'unknown' };

/** The initial evaluation clock (34 CFR 300.301(c)(1): the State's timeframe replaces 60 days). */
export function evaluationClockText(
  clock: StateNumber,
  pausesForBreaks: boolean,
  lang: Lang,
  ceiling?: Duration,
): string {
  if (clock.origin === 'unknown') {
    return lang === 'en'
      ? `Your state's time limit for the testing: ${UNKNOWN_LIMIT.en}.`
      : `El plazo de su estado para la evaluación: ${UNKNOWN_LIMIT.es}.`;
  }
  const length = durationText(clock.duration, lang);
  const breaks = pausesForBreaks
    ? lang === 'en'
      ? ' Some school breaks do not count.'
      : ' Algunas vacaciones escolares no cuentan.'
    : '';
  if (clock.origin === 'federal_default') {
    return lang === 'en'
      ? `Your state has no time limit of its own, so the federal one applies: ${length} after you sign the consent form.${breaks}`
      : `Su estado no tiene un plazo propio, así que se usa el federal: ${length} después de que usted firme el permiso.${breaks}`;
  }
  // Delaware: "45 school days or 90 calendar days from consent, whichever is less".
  const either =
    ceiling === undefined
      ? ''
      : lang === 'en'
        ? ` or ${durationText(ceiling, lang)}, whichever comes first,`
        : ` o ${durationText(ceiling, lang)}, lo que llegue antes,`;
  return lang === 'en'
    ? `After you sign the consent form, your state gives the school ${length}${either} to finish.${breaks}`
    : `Cuando usted firme el permiso, su estado le da a la escuela ${length}${either} para terminar.${breaks}`;
}

/** A state's clock for answering a written evaluation request (WA, MA, MI, TX, PA). */
export function evaluationResponseText(duration: Duration, lang: Lang): string {
  const length = durationText(duration, lang);
  return lang === 'en'
    ? `Your state gives the school ${length} to answer your request.`
    : `Su estado le da a la escuela ${length} para contestar su pedido.`;
}

/** The time limit to ask for due process (the state's, else 2 years: 300.507(a)(2), 300.511(e)). */
export function dueProcessLimitText(limit: StateNumber, lang: Lang): string {
  if (limit.origin === 'unknown') {
    return lang === 'en'
      ? `Your state's time limit to ask for this hearing is ${UNKNOWN_LIMIT.en}.`
      : `El plazo de su estado para pedir esta audiencia es ${UNKNOWN_LIMIT.es}.`;
  }
  const length = durationText(limit.duration, lang);
  return limit.origin === 'state'
    ? lang === 'en'
      ? `In your state, you have ${length} to ask for this hearing.`
      : `En su estado, tiene ${length} para pedir esta audiencia.`
    : lang === 'en'
      ? `Your state has no time limit of its own, so the federal limit of ${length} applies.`
      : `Su estado no tiene un plazo propio, así que se usa el plazo federal de ${length}.`;
}

/** The state complaint's first sentence, naming the state's education agency when known. */
export function stateComplaintOfficeText(agency: string | null, lang: Lang): string {
  if (agency === null) {
    return lang === 'en'
      ? "File a complaint with your state's education office."
      : 'Presente una queja ante la oficina de educación de su estado.';
  }
  return lang === 'en'
    ? `File a complaint with your state's education office, the ${agency}.`
    : `Presente una queja ante la oficina de educación de su estado: ${agency}.`;
}
