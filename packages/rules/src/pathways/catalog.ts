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

/** The main reason for each pathway. */
export const PATHWAY_REASONS: Readonly<Record<PathwayId, Text>> = {
  written_follow_up: {
    en: 'Write a short letter or email to the school. Say what went wrong and what you want them to do. Keep a copy. A dated record helps you later.',
    es: 'Escriba una carta o un correo corto a la escuela. Diga qué salió mal y qué quiere que hagan. Guarde una copia. Un papel con fecha le ayuda después.',
  },
  pwn_request: {
    en: 'Ask the school to put its decision in writing. The law calls this prior written notice. It must say what the school decided, why, and what facts it used. You will need this paper for every next step.',
    es: 'Pida a la escuela que le dé su decisión por escrito. La ley lo llama aviso previo por escrito. Debe decir qué decidió la escuela, por qué y en qué datos se basó. Va a necesitar este papel para cada paso que siga.',
  },
  records_request: {
    en: "Ask to see your child's school records. The school must show you within 45 days, and before any meeting or hearing. Then you know what the school knows.",
    es: 'Pida ver el archivo escolar de su hijo. La escuela se lo debe mostrar en 45 días o menos, y antes de una reunión o audiencia. Así sabrá lo mismo que sabe la escuela.',
  },
  evaluation_request: {
    en: 'Ask in writing for the school to test your child for special education. After you sign the consent form, the school must finish in 60 days, unless your state sets a different time.',
    es: 'Pida por escrito que la escuela evalúe a su hijo para educación especial. Cuando usted firme el permiso, la escuela tiene 60 días para terminar, salvo que su estado fije otro plazo.',
  },
  iee_request: {
    en: "If you do not agree with the school's testing, ask for a new test by an outside expert. The school pays for it. The school must say yes or ask for a hearing, and it must not drag its feet.",
    es: 'Si no está de acuerdo con la evaluación de la escuela, pida otra hecha por un experto de afuera. La escuela la paga. La escuela debe decir que sí o pedir una audiencia, y no puede tardar sin razón.',
  },
  iep_meeting_request: {
    en: "Ask in writing for a meeting with your child's school team. Bring a short list of what you want to change. Bring notes, grades and reports that show why.",
    es: 'Pida por escrito una reunión con el equipo escolar de su hijo. Lleve una lista corta de lo que quiere cambiar. Lleve notas, calificaciones e informes que muestren por qué.',
  },
  facilitation: {
    en: 'Ask for a team meeting led by a neutral helper. The helper keeps the talk calm and on track. The helper does not take sides or decide anything.',
    es: 'Pida una reunión del equipo con un guía neutral. El guía ayuda a que todos hablen con calma y en orden. No toma partido ni decide nada.',
  },
  mediation: {
    en: 'Ask for mediation. A neutral person helps you and the school work out a deal. It is free and private. You keep your right to a hearing. A signed deal must be followed.',
    es: 'Pida una mediación. Una persona neutral les ayuda a usted y a la escuela a llegar a un acuerdo. Es gratis y privada. Usted no pierde su derecho a una audiencia. Un acuerdo firmado se debe cumplir.',
  },
  state_complaint: {
    en: "File a complaint with your state's education office. It is free, and you do not need a lawyer. The state looks into it and must decide in 60 days. It can order the school to make up lost services. It works best when a clear rule was broken.",
    es: 'Presente una queja ante la oficina de educación de su estado. Es gratis y no necesita abogado. El estado la revisa y debe decidir en 60 días. Puede ordenar a la escuela que reponga los servicios perdidos. Sirve más cuando se rompió una regla clara.',
  },
  due_process: {
    en: "Ask for a due process hearing. This is a formal hearing before a neutral officer, who acts like a judge. It is the place to decide if the school's plan is right for your child. You may want a lawyer or an advocate.",
    es: 'Pida una audiencia de debido proceso. Es una audiencia formal ante un oficial neutral, que actúa como un juez. Ahí se decide si el plan de la escuela es el correcto para su hijo. Tal vez quiera un abogado o un defensor.',
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
    es: 'Presente una queja ante la Oficina de Derechos Civiles del Departamento de Educación federal. Hágalo si la escuela trató mal a su hijo por su discapacidad, o lo castigó a usted por reclamar. Casi siempre tiene 180 días.',
  },
};

/** Extra sentences that depend on the family's facts. */
export const REASON_NOTES = {
  stayPut: {
    en: 'If you file before the change starts, your child stays in the current class while the case goes on.',
    es: 'Si la pide antes de que empiece el cambio, su hijo se queda en su clase de ahora mientras dure el caso.',
  },
  hearing504: {
    en: 'For a child with a 504 plan, the school must offer a fair hearing too.',
    es: 'Para un niño con un plan 504, la escuela también debe ofrecer una audiencia justa.',
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
export type LimitKind = 'due_process' | 'state_complaint' | 'ocr';

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
    es: 'para presentar una queja ante la Oficina de Derechos Civiles',
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
