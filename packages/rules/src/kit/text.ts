import type { Lang } from '../intake/lang.js';
import type { IssueId, PlanType } from '../pathways/types.js';
import type { KitLetterRule } from './letter-choice.js';

/*
 * The starter kit's own words. Written like the recommendation's reasons: short sentences,
 * everyday words, no acronyms, no citations (those follow each date as "Rule: ..."). A test
 * checks each at or below 8th grade by Flesch-Kincaid (English) and at or above 60 by
 * Fernández-Huerta (Spanish). What goes into the letter itself is formal and lives beside the
 * letter's facts below.
 */

type Text = Readonly<Record<Lang, string>>;
type TextWith<A extends unknown[]> = Readonly<Record<Lang, (...args: A) => string>>;

export const KIT_TEXT = {
  title: {
    en: (child: string) => `Your starter kit for ${child}`,
    es: (child: string) => `Su kit de inicio para ${child}`,
  } satisfies TextWith<[string]>,
  intro: {
    en: (date: string) =>
      `We made this kit from your answers on ${date}. It has your plan, the dates to know, a list of papers to gather and your first letter. It is general help, not legal advice. A Parent Center can help you for free.`,
    es: (date: string) =>
      `Hicimos este kit con sus respuestas el ${date}. Tiene su plan, las fechas que debe saber, una lista de papeles para reunir y su primera carta. Es ayuda general, no es consejo legal. Un Centro de Padres le puede ayudar gratis.`,
  } satisfies TextWith<[string]>,
  warnings: { en: 'Read this first', es: 'Lea esto primero' } satisfies Text,
  plan: { en: 'Your action plan', es: 'Su plan de acción' } satisfies Text,
  planIntro: {
    en: 'Do these steps in this order. Do the first one today.',
    es: 'Haga estos pasos en este orden. Haga el primero hoy.',
  } satisfies Text,
  sendLetter: {
    en: (title: string, date: string) =>
      `Send the letter at the end of this kit today, ${date}. It is called "${title}". Fill in the blank lines, sign it and keep a copy. Send it by email, or hand it in and ask for a dated receipt.`,
    es: (title: string, date: string) =>
      `Mande hoy, ${date}, la carta que está al final de este kit. Se llama "${title}". Llene las líneas en blanco, fírmela y guarde una copia. Mándela por correo electrónico, o entréguela y pida un recibo con la fecha.`,
  } satisfies TextWith<[string, string]>,
  dates: { en: 'Dates to know', es: 'Fechas que debe saber' } satisfies Text,
  datesIntro: {
    en: 'Each date comes with the rule it comes from. Keep this list where you can see it.',
    es: 'Cada fecha dice de qué regla viene. Tenga esta lista donde la pueda ver.',
  } satisfies Text,
  noDates: {
    en: 'Your answers do not start a time limit we can count. Ask a Parent Center if you are not sure.',
    es: 'Sus respuestas no abren un plazo que podamos contar. Pregunte a un Centro de Padres si tiene dudas.',
  } satisfies Text,
  rule: { en: 'Rule', es: 'Regla' } satisfies Text,
  passed: {
    en: 'This day has passed. Ask a Parent Center for help right away.',
    es: 'Esta fecha ya pasó. Pida ayuda a un Centro de Padres enseguida.',
  } satisfies Text,
  noDecisionDate: {
    en: 'It counts from the day the school made its decision.',
    es: 'Se cuenta desde el día en que la escuela tomó su decisión.',
  } satisfies Text,
  checklist: { en: 'Papers to gather', es: 'Papeles para reunir' } satisfies Text,
  checklistIntro: {
    en: 'Check off each one when you have it. Make copies, and keep the first copy safe.',
    es: 'Marque cada uno cuando lo tenga. Haga copias, y guarde bien el primer papel.',
  } satisfies Text,
  letter: { en: 'Your first letter', es: 'Su primera carta' } satisfies Text,
  letterBlanks: {
    en: 'The letter is on the next page. Fill in each blank line before you send it.',
    es: 'La carta está en la página que sigue. Llene cada línea en blanco antes de mandarla.',
  } satisfies Text,
} as const;

/** What each date is, by the clock or rule it comes from. */
export const DATE_LABELS = {
  records_response: {
    en: 'The school must let you see the records by this day, if you ask today. If a meeting comes first, it must be before the meeting.',
    es: 'La escuela le debe mostrar el archivo a más tardar este día, si lo pide hoy. Si antes hay una reunión, debe ser antes de la reunión.',
  },
  due_process: {
    en: 'Last day to ask for a due process hearing about this decision.',
    es: 'El último día para pedir una audiencia de debido proceso por esta decisión.',
  },
  state_complaint: {
    en: 'Last day to file a complaint with the state about this decision.',
    es: 'Último día para poner una queja ante el estado por esta decisión.',
  },
  ocr: {
    en: 'Last day to file a complaint with the Office for Civil Rights.',
    es: 'Es el último día para poner una queja. Se pone ante la Oficina para Derechos Civiles.',
  },
  ferpa: {
    en: 'Last day to tell the federal privacy office that the school broke the records rules.',
    es: 'Último día para poner una queja por el archivo ante la oficina federal.',
  },
} as const satisfies Record<string, Text>;

/** Why the kit's letter is this one, one text per branch of `chooseKitLetter`. */
export const LETTER_REASONS: Readonly<Record<KitLetterRule, Text>> = {
  no_written_notice: {
    en: 'The school has not given you its decision in writing. This letter asks for it. You will need it for every next step.',
    es: 'La escuela no le ha dado su decisión por escrito. Esta carta la pide. La va a necesitar para cada paso que siga.',
  },
  iep_decision_in_writing: {
    en: "You do not agree with a decision about your child's plan. This letter puts that on paper. Send it soon: the school may start its plan a short time after it gives you written notice.",
    es: 'Usted no está de acuerdo con una decisión sobre el plan de su hijo. Esta carta lo deja por escrito. Mándela pronto: la escuela puede empezar su plan poco después de darle el aviso por escrito.',
  },
  first_ranked: {
    en: 'This is the first step in your plan that starts with a letter.',
    es: 'Es el primer paso de su plan que empieza con una carta.',
  },
  records_fallback: {
    en: 'No step in your plan starts with a letter of its own. Seeing the records helps with every step, so this letter asks for them.',
    es: 'Ningún paso de su plan empieza con una carta propia. Ver el archivo ayuda en cada paso, así que esta carta lo pide.',
  },
};

/** The papers every family gathers, then the plan's own. */
export const CHECKLIST_COMMON: readonly Text[] = [
  {
    en: 'Letters, emails and notes from the school, with their dates.',
    es: 'Cartas, correos y notas de la escuela, con sus fechas.',
  },
  {
    en: 'Report cards, progress reports and test results.',
    es: 'Boletas de notas, informes de progreso y resultados de pruebas.',
  },
  {
    en: "Notes from doctors or therapists about your child's needs.",
    es: 'Notas de médicos o terapeutas sobre lo que su hijo necesita.',
  },
  {
    en: 'A list of what happened: the date, who was there and what was said.',
    es: 'Una lista de lo que pasó: la fecha, quién estaba y qué se dijo.',
  },
];

export const CHECKLIST_PLAN: Readonly<Partial<Record<PlanType, Text>>> = {
  iep: {
    en: "Your child's plan, called the IEP, and any draft of a new one.",
    es: 'El plan de su hijo, llamado IEP, y cualquier borrador de uno nuevo.',
  },
  '504': {
    en: "Your child's 504 plan.",
    es: 'El plan 504 de su hijo.',
  },
};

export const CHECKLIST_WRITTEN_NOTICE: Text = {
  en: "The school's written notice of its decision.",
  es: 'El aviso por escrito de la escuela con su decisión.',
};

export const CHECKLIST_ISSUES: Readonly<Record<IssueId, Text>> = {
  evaluation_refused: {
    en: 'Your request for testing, and any answer from the school.',
    es: 'Su pedido de evaluación, y cualquier respuesta de la escuela.',
  },
  evaluation_disputed: {
    en: "The school's report on the testing of your child.",
    es: 'El informe de la escuela sobre la evaluación de su hijo.',
  },
  evaluation_late: {
    en: 'The consent form you signed for the testing, with its date.',
    es: 'El permiso que usted firmó para la evaluación, con su fecha.',
  },
  eligibility_denied: {
    en: 'The testing report, and the paper that says your child does not qualify.',
    es: 'El informe de la evaluación, y el papel que dice que su hijo no califica.',
  },
  services_insufficient: {
    en: 'School work and notes that show where your child still needs help.',
    es: 'Tareas y notas que muestran en qué su hijo aún necesita ayuda.',
  },
  services_not_provided: {
    en: 'Your notes of each missed session or help, with dates.',
    es: 'Sus notas de cada sesión o ayuda que faltó, con fechas.',
  },
  placement_change: {
    en: "The school's notice about the change of class or school.",
    es: 'El aviso de la escuela sobre el cambio de clase o de escuela.',
  },
  discipline: {
    en: 'Each paper about a suspension, and a count of the days your child was sent home.',
    es: 'Cada papel sobre una suspensión, y la cuenta de los días que mandaron a su hijo a casa.',
  },
  procedural_violation: {
    en: 'Meeting notices, and any paper about a choice made without you.',
    es: 'Los avisos de reuniones, y cualquier papel de una decisión tomada sin usted.',
  },
  records_denied: {
    en: 'Your request to see the records, and the answer from the school.',
    es: 'Su pedido para ver el archivo, y la respuesta de la escuela.',
  },
  communication_breakdown: {
    en: 'The emails and letters you sent, and any answers.',
    es: 'Los correos y cartas que usted mandó, y las respuestas.',
  },
  discrimination: {
    en: 'Notes of what happened, when, and who saw it.',
    es: 'Notas de lo que pasó, cuándo, y quién lo vio.',
  },
};

/*
 * Words that go into the letter. The letter is formal (it cites the regulations), so these are
 * written to be precise rather than checked for grade level, like the letter templates.
 */

/** What a blank line to fill in by hand says it is for. */
export const BLANKS = {
  name: {
    en: 'Name: ______________________________',
    es: 'Nombre: ______________________________',
  },
  district: {
    en: 'School district: ______________________________',
    es: 'Distrito escolar: ______________________________',
  },
  address: {
    en: 'Address: ______________________________',
    es: 'Dirección: ______________________________',
  },
  phone: {
    en: 'Phone: ______________________________',
    es: 'Teléfono: ______________________________',
  },
  more: {
    en: 'Other: ______________________________',
    es: 'Otro: ______________________________',
  },
} as const;

/** The decision the family disagrees with, as a prior written notice request names it. */
export const LETTER_DECISIONS: Readonly<Record<IssueId, Text>> = {
  evaluation_refused: {
    en: "the district's refusal to evaluate my child for special education",
    es: 'la negativa del distrito a evaluar a mi hijo(a) para educación especial',
  },
  evaluation_disputed: {
    en: "the results of the district's evaluation of my child",
    es: 'los resultados de la evaluación de mi hijo(a) hecha por el distrito',
  },
  evaluation_late: {
    en: "the delay in completing my child's evaluation",
    es: 'la demora en terminar la evaluación de mi hijo(a)',
  },
  eligibility_denied: {
    en: 'the decision that my child is not eligible for special education',
    es: 'la decisión de que mi hijo(a) no es elegible para educación especial',
  },
  services_insufficient: {
    en: "the services in my child's plan, which do not meet my child's needs",
    es: 'los servicios del plan de mi hijo(a), que no cubren sus necesidades',
  },
  services_not_provided: {
    en: "the district's failure to provide the services my child's plan requires",
    es: 'que el distrito no presta los servicios que exige el plan de mi hijo(a)',
  },
  placement_change: {
    en: "the proposed change of my child's class or school",
    es: 'el cambio propuesto de clase o de escuela de mi hijo(a)',
  },
  discipline: {
    en: 'the removal of my child from school for discipline',
    es: 'la exclusión de mi hijo(a) de la escuela por disciplina',
  },
  procedural_violation: {
    en: 'a decision about my child made without following the required procedures',
    es: 'una decisión sobre mi hijo(a) tomada sin seguir los procedimientos exigidos',
  },
  records_denied: {
    en: "the refusal or delay in letting me see my child's records",
    es: 'la negativa o la demora en dejarme ver el expediente de mi hijo(a)',
  },
  communication_breakdown: {
    en: 'the lack of answers to my requests about my child',
    es: 'la falta de respuesta a mis pedidos sobre mi hijo(a)',
  },
  discrimination: {
    en: 'the treatment of my child because of a disability',
    es: 'el trato dado a mi hijo(a) por su discapacidad',
  },
};

/** The objections an IEP decision gets in the written objections letter. */
export const LETTER_OBJECTIONS: Readonly<Partial<Record<IssueId, Text>>> = {
  services_insufficient: {
    en: "The services and minutes in the IEP are not enough to meet my child's needs.",
    es: 'Los servicios y minutos del IEP no son suficientes para cubrir las necesidades de mi hijo(a).',
  },
  placement_change: {
    en: "I do not agree with the proposed change of my child's placement.",
    es: 'No estoy de acuerdo con el cambio propuesto de la ubicación de mi hijo(a).',
  },
};
