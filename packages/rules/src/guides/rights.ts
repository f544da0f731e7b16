import type { Lang } from '../intake/lang.js';
import { stateAgencyLines } from '../letters/recipients.js';
import { getState } from '../states/index.js';
import { guideStateFacts, guideStateFactIds, type GuideStateFact } from './state-facts.js';
import type { GuideText } from './types.js';

/** One right every family has under IDEA Part B, in plain words with its rule. */
export interface ParentRight {
  id: string;
  heading: GuideText;
  text: GuideText;
  basis: readonly string[];
}

/**
 * The family's main rights, for the rights card (restating idea-rules.md section A).
 *
 * @example
 * ```ts
 * PARENT_RIGHTS.find((r) => r.id === 'records')?.basis; // ['34 CFR 300.613', '34 CFR 300.617']
 * ```
 */
export const PARENT_RIGHTS: readonly ParentRight[] = [
  {
    id: 'notice',
    heading: { en: 'Written notice', es: 'Aviso por escrito' },
    text: {
      en: 'Before the school changes, or refuses to change, your child’s testing, class or services, it must tell you in writing what and why.',
      es: 'Antes de cambiar, o de negarse a cambiar, la evaluación, la clase o los servicios de su hijo, la escuela le debe decir por escrito qué y por qué.',
    },
    basis: ['34 CFR 300.503'],
  },
  {
    id: 'consent',
    heading: { en: 'Your consent', es: 'Su permiso' },
    text: {
      en: 'The school needs your consent in writing before it first tests your child. It needs it again before it first gives special help.',
      es: 'La escuela necesita su permiso por escrito antes de evaluar a su hijo por primera vez. Lo necesita otra vez antes de darle ayuda especial por primera vez.',
    },
    basis: ['34 CFR 300.300(a)', '34 CFR 300.300(b)'],
  },
  {
    id: 'meetings',
    heading: { en: 'A place on the team', es: 'Un lugar en el equipo' },
    text: {
      en: 'You are part of the IEP team. Meetings must be set at a time that works for you, with an interpreter if you need one.',
      es: 'Usted es parte del equipo del IEP. Las reuniones se deben hacer en un horario que le sirva, con un intérprete si lo necesita.',
    },
    basis: ['34 CFR 300.322'],
  },
  {
    id: 'records',
    heading: { en: 'Your child’s records', es: 'Los expedientes de su hijo' },
    text: {
      en: 'The school must show you the records within 45 days, and before any IEP meeting or hearing. It cannot charge you to find them.',
      es: 'La escuela le debe mostrar los expedientes en 45 días o menos, y antes de una reunión del IEP o una audiencia. No le puede cobrar por buscarlos.',
    },
    basis: ['34 CFR 300.613', '34 CFR 300.617'],
  },
  {
    id: 'iee',
    heading: { en: 'An independent evaluation', es: 'Una evaluación independiente' },
    text: {
      en: 'If you disagree with the school’s testing, you can ask for an IEE at public cost.',
      es: 'Si no está de acuerdo con la evaluación de la escuela, puede pedir una IEE pagada con fondos públicos.',
    },
    basis: ['34 CFR 300.502'],
  },
  {
    id: 'safeguards',
    heading: { en: 'A copy of your rights', es: 'Una copia de sus derechos' },
    text: {
      en: 'The school must give you a notice of your rights once a year, and any time you ask.',
      es: 'La escuela le debe dar un aviso de sus derechos una vez al año, y cada vez que lo pida.',
    },
    basis: ['34 CFR 300.504'],
  },
  {
    id: 'mediation',
    heading: { en: 'Free mediation', es: 'Mediación gratis' },
    text: {
      en: 'You can ask for mediation at any time. It is free and private. A signed deal must be followed.',
      es: 'Puede pedir mediación en cualquier momento. Es gratis y privada. Un acuerdo firmado se debe cumplir.',
    },
    basis: ['34 CFR 300.506'],
  },
  {
    id: 'state-complaint',
    heading: { en: 'A state complaint', es: 'Una queja estatal' },
    text: {
      en: 'You can tell your state in writing that the school broke a rule. The state must decide within 60 days.',
      es: 'Puede decirle por escrito a su estado que la escuela no cumplió una regla. El estado debe decidir en 60 días.',
    },
    basis: ['34 CFR 300.151', '34 CFR 300.152(a)', '34 CFR 300.153'],
  },
  {
    id: 'due-process',
    heading: { en: 'A hearing', es: 'Una audiencia' },
    text: {
      en: 'You can ask for a due process hearing. There, an impartial hearing officer hears both sides and decides.',
      es: 'Puede pedir una audiencia de debido proceso. En ella, un funcionario de audiencias imparcial oye a los dos lados y decide.',
    },
    basis: ['34 CFR 300.507', '34 CFR 300.511'],
  },
  {
    id: 'stay-put',
    heading: { en: 'Stay-put', es: 'Permanencia en la ubicación actual' },
    text: {
      en: 'While a hearing goes on, your child stays where they are now, unless you and the school agree to a change.',
      es: 'Mientras sigue una audiencia, su hijo se queda donde está ahora, a menos que usted y la escuela acuerden un cambio.',
    },
    basis: ['34 CFR 300.518'],
  },
];

/** A state's rights card: the rights, the state's own deadlines, and where to turn. */
export interface RightsCard {
  state: { code: string; name: string };
  rights: { id: string; heading: string; text: string; basis: readonly string[] }[];
  facts: GuideStateFact[];
  /** The State educational agency's name lines, or null when not known. */
  agency: readonly string[] | null;
}

/**
 * The rights card of a state in the reader's language. Throws {@link RulesInputError} for an
 * unknown state code.
 *
 * @example
 * ```ts
 * rightsCard('AZ', 'es').facts.find((f) => f.id === 'evaluation_timeline')?.known; // true
 * ```
 */
export function rightsCard(stateCode: unknown, lang: Lang): RightsCard {
  const state = getState(stateCode);
  return {
    state: { code: state.code, name: state.name },
    rights: PARENT_RIGHTS.map((r) => ({
      id: r.id,
      heading: r.heading[lang],
      text: r.text[lang],
      basis: r.basis,
    })),
    facts: guideStateFacts(state.code, guideStateFactIds, lang),
    agency: stateAgencyLines(state),
  };
}
