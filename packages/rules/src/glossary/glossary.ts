import type { Lang } from '../intake/lang.js';

/**
 * The words families meet in special-education disputes, for the glossary and the acronym
 * decoder: each in plain language (grade 8 or below in English, Fernández-Huerta 60 or above
 * in Spanish) with the law it comes from. The definitions restate
 * ../shared/domain/idea-rules.md; nothing here is a rule the engine computes with.
 */
export interface GlossaryTerm {
  /** Stable id, used in links (`/glossary#iep`). */
  id: string;
  /** The short form a parent sees in letters and meetings, when there is one. */
  acronym: { en: string | null; es: string | null };
  name: Record<Lang, string>;
  definition: Record<Lang, string>;
  /** Citations: the federal rule or statute the word comes from. */
  basis: readonly string[];
}

/**
 * Every term, in the order a parent meets them on the ladder.
 *
 * @example
 * ```ts
 * GLOSSARY.find((t) => t.id === 'pwn')?.name.es; // 'Notificación previa por escrito'
 * ```
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'idea',
    acronym: { en: 'IDEA', es: 'IDEA' },
    name: {
      en: 'Individuals with Disabilities Education Act',
      es: 'Ley de Educación para Personas con Discapacidades',
    },
    definition: {
      en: 'The federal law that gives a child with a disability the right to free special education. It also gives parents ways to settle a fight with the school.',
      es: 'Es la ley federal que da a los niños con discapacidades el derecho a una educación especial gratis. También da a los padres formas de resolver un desacuerdo con la escuela.',
    },
    basis: ['20 U.S.C. 1400', '34 CFR part 300'],
  },
  {
    id: 'fape',
    acronym: { en: 'FAPE', es: 'FAPE' },
    name: {
      en: 'Free appropriate public education',
      es: 'Educación pública gratuita y apropiada',
    },
    definition: {
      en: 'The special education and services the public school gives your child at no cost. They are planned in an IEP to fit what your child needs.',
      es: 'Es la educación especial y los servicios que la escuela pública da a su hijo sin costo. Se planean en un IEP según lo que su hijo necesita.',
    },
    basis: ['34 CFR 300.17'],
  },
  {
    id: 'iep',
    acronym: { en: 'IEP', es: 'IEP' },
    name: {
      en: 'Individualized Education Program',
      es: 'Programa de Educación Individualizado',
    },
    definition: {
      en: 'The written plan for a child in special education. It lists goals, services and supports. You are part of the team that writes it.',
      es: 'Es el plan escrito para un niño en educación especial. Dice las metas, los servicios y los apoyos. Usted es parte del equipo que lo escribe.',
    },
    basis: ['34 CFR 300.320'],
  },
  {
    id: 'section-504',
    acronym: { en: '504', es: '504' },
    name: { en: 'Section 504 plan', es: 'Plan de la Sección 504' },
    definition: {
      en: 'A plan under a civil rights law for a child whose disability limits a major life activity. It lists the changes and supports the school must give so your child can take part like other children.',
      es: 'Es un plan bajo una ley de derechos civiles para un niño cuya discapacidad limita una actividad importante de la vida. Dice los cambios y apoyos que la escuela debe dar para que su hijo participe como los demás niños.',
    },
    basis: ['29 U.S.C. 794', '34 CFR part 104'],
  },
  {
    id: 'pwn',
    acronym: { en: 'PWN', es: null },
    name: { en: 'Prior written notice', es: 'Notificación previa por escrito' },
    definition: {
      en: 'A letter the school must send before it does, or refuses to do, something about your child’s evaluation, placement or services. It must say what and why.',
      es: 'Es una carta que la escuela debe mandar antes de hacer, o de negarse a hacer, algo sobre la evaluación, la ubicación o los servicios de su hijo. Debe decir qué y por qué.',
    },
    basis: ['34 CFR 300.503'],
  },
  {
    id: 'iee',
    acronym: { en: 'IEE', es: 'IEE' },
    name: {
      en: 'Independent educational evaluation',
      es: 'Evaluación educativa independiente',
    },
    definition: {
      en: 'A test of your child by someone who does not work for the school. If you disagree with the school’s evaluation, you can ask for one at public cost.',
      es: 'Es una evaluación de su hijo hecha por alguien que no trabaja para la escuela. Si no está de acuerdo con la evaluación de la escuela, puede pedir una pagada con fondos públicos.',
    },
    basis: ['34 CFR 300.502'],
  },
  {
    id: 'lre',
    acronym: { en: 'LRE', es: 'LRE' },
    name: { en: 'Least restrictive environment', es: 'Ambiente menos restrictivo' },
    definition: {
      en: 'Your child should learn with children without disabilities as much as makes sense. A separate class or school is only for when your child cannot do well there even with help.',
      es: 'Su hijo debe aprender con niños sin discapacidades tanto como se pueda. Una clase o escuela aparte es solo para cuando a su hijo no le va bien allí, aun con ayuda.',
    },
    basis: ['34 CFR 300.114'],
  },
  {
    id: 'esy',
    acronym: { en: 'ESY', es: 'ESY' },
    name: { en: 'Extended school year', es: 'Año escolar extendido' },
    definition: {
      en: 'Special help and services your child gets when school is out, like in summer. The IEP team decides if your child needs them.',
      es: 'Es la educación especial y los servicios que se dan cuando no hay clases, como en el verano, si el equipo del IEP decide que su hijo los necesita.',
    },
    basis: ['34 CFR 300.106'],
  },
  {
    id: 'sea',
    acronym: { en: 'SEA', es: null },
    name: { en: 'State educational agency', es: 'Agencia estatal de educación' },
    definition: {
      en: 'Your state’s department of education. It oversees schools and handles state complaints.',
      es: 'Es el departamento de educación de su estado. Vigila a las escuelas y atiende las quejas estatales.',
    },
    basis: ['34 CFR 300.41'],
  },
  {
    id: 'lea',
    acronym: { en: 'LEA', es: null },
    name: { en: 'Local educational agency', es: 'Agencia local de educación' },
    definition: {
      en: 'Your school district: the public body that runs your child’s schools.',
      es: 'Es su distrito escolar: la entidad pública que dirige las escuelas de su hijo.',
    },
    basis: ['34 CFR 300.28'],
  },
  {
    id: 'facilitation',
    acronym: { en: null, es: null },
    name: { en: 'IEP facilitation', es: 'Facilitación del IEP' },
    definition: {
      en: 'A neutral person, the facilitator, runs an IEP meeting to help the team talk and agree. Many states offer it for free. Check your state’s rules.',
      es: 'Una persona neutral, el facilitador, dirige una reunión del IEP para ayudar al equipo a hablar y ponerse de acuerdo. Muchos estados la ofrecen gratis. Revise las reglas de su estado.',
    },
    basis: [],
  },
  {
    id: 'mediation',
    acronym: { en: null, es: null },
    name: { en: 'Mediation', es: 'Mediación' },
    definition: {
      en: 'A free, private meeting with a trained, neutral mediator who helps you and the school reach an agreement. You both must agree to take part. A signed agreement must be followed.',
      es: 'Es una reunión gratis y privada con un mediador neutral y capacitado que les ayuda a usted y a la escuela a llegar a un acuerdo. Los dos deben aceptar participar. Un acuerdo firmado se debe cumplir.',
    },
    basis: ['34 CFR 300.506'],
  },
  {
    id: 'state-complaint',
    acronym: { en: null, es: null },
    name: { en: 'State complaint', es: 'Queja estatal' },
    definition: {
      en: 'A written complaint to your state’s department of education that the school broke a special education rule. The state looks into it and decides.',
      es: 'Es una queja por escrito al departamento de educación de su estado porque la escuela no cumplió una regla de educación especial. El estado la investiga y decide.',
    },
    basis: ['34 CFR 300.151', '34 CFR 300.153'],
  },
  {
    id: 'due-process',
    acronym: { en: null, es: null },
    name: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
    definition: {
      en: 'A hearing, like a short trial, where an impartial hearing officer decides a dispute between you and the school. It starts with a written complaint, and there are time limits to file.',
      es: 'Es una audiencia, como un juicio corto, en la que un funcionario de audiencias imparcial decide un desacuerdo entre usted y la escuela. Empieza con una queja por escrito, y hay un plazo para presentarla.',
    },
    basis: ['34 CFR 300.507', '34 CFR 300.511'],
  },
  {
    id: 'stay-put',
    acronym: { en: null, es: null },
    name: { en: 'Stay-put', es: 'Permanencia en la ubicación actual' },
    definition: {
      en: 'While a hearing or an appeal goes on, your child stays where they are now. This is true unless you and the school agree on a change.',
      es: 'Mientras sigue una audiencia o una apelación, su hijo se queda en su ubicación actual, a menos que usted y la escuela acuerden un cambio.',
    },
    basis: ['34 CFR 300.518'],
  },
  {
    id: 'manifestation-determination',
    acronym: { en: 'MDR', es: null },
    name: {
      en: 'Manifestation determination review',
      es: 'Revisión de determinación de manifestación',
    },
    definition: {
      en: 'A meeting held within 10 school days after the school decides to move your child for discipline. The team decides if the disability caused the behavior.',
      es: 'Es una reunión dentro de los 10 días de clases después de que la escuela decide cambiar la ubicación por disciplina. El equipo decide si la conducta fue causada por la discapacidad.',
    },
    basis: ['34 CFR 300.530(e)'],
  },
  {
    id: 'fba-bip',
    acronym: { en: 'FBA / BIP', es: null },
    name: {
      en: 'Functional behavioral assessment and behavior plan',
      es: 'Evaluación funcional de la conducta y plan de conducta',
    },
    definition: {
      en: 'A study of why a behavior happens, and a plan to help your child with it. The school must do them when behavior is found to be caused by the disability.',
      es: 'Es un estudio de por qué pasa una conducta, y un plan para ayudar a su hijo con ella. La escuela debe hacerlos cuando se decide que la conducta fue causada por la discapacidad.',
    },
    basis: ['34 CFR 300.530(f)'],
  },
  {
    id: 'ocr',
    acronym: { en: 'OCR', es: 'OCR' },
    name: { en: 'Office for Civil Rights', es: 'Oficina para Derechos Civiles' },
    definition: {
      en: 'A U.S. office that looks into unfair treatment because of a disability. Section 504 is one of the laws it checks. You most often must file within 180 days of what happened.',
      es: 'Es la parte del Departamento de Educación de EE. UU. que investiga la discriminación por discapacidad, también bajo la Sección 504. Por lo general, la queja se debe presentar dentro de los 180 días de lo que pasó.',
    },
    basis: ['34 CFR 100.7(b)', '34 CFR 104.61'],
  },
  {
    id: 'ferpa',
    acronym: { en: 'FERPA', es: 'FERPA' },
    name: {
      en: 'Family Educational Rights and Privacy Act',
      es: 'Ley de Derechos Educativos y Privacidad de la Familia',
    },
    definition: {
      en: 'The federal law that lets you see your child’s school records and keeps them private. Special education rules say the school must show them within 45 days, and before a meeting or hearing.',
      es: 'Es la ley federal que le permite ver los expedientes escolares de su hijo y los mantiene privados. Bajo las reglas de educación especial, la escuela debe dejarle verlos dentro de 45 días, y antes de una reunión o audiencia.',
    },
    basis: ['20 U.S.C. 1232g', '34 CFR part 99', '34 CFR 300.613'],
  },
  {
    id: 'pti',
    acronym: { en: 'PTI', es: null },
    name: {
      en: 'Parent Training and Information Center',
      es: 'Centro de Capacitación e Información para Padres',
    },
    definition: {
      en: 'A free center in your state, paid for by the federal government. It helps parents of a child with a disability learn their rights and work with the school.',
      es: 'Es un centro gratis en su estado, pagado por el gobierno federal. Ayuda a los padres de un niño con discapacidad a conocer sus derechos y a trabajar con la escuela.',
    },
    basis: ['20 U.S.C. 1471'],
  },
];

/**
 * The glossary term an acronym or name stands for (case does not matter), in either language.
 *
 * @example
 * ```ts
 * decodeAcronym('pwn')?.id; // 'pwn'
 * ```
 */
export function decodeAcronym(text: string): GlossaryTerm | null {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  return (
    GLOSSARY.find((term) =>
      [term.acronym.en, term.acronym.es, term.name.en, term.name.es].some(
        (form) => form !== null && form.toLowerCase() === wanted,
      ),
    ) ?? null
  );
}
