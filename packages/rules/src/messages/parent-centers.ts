import { getState } from '../states/index.js';
import type { MessageDef } from './catalog.js';
import { MissingParam, type Reader } from './reader.js';

/**
 * The state named by the `state` parameter, as a sentence says it; a code this version does not
 * know fails. State names stay as they are in both languages; the District takes its article.
 */
function stateName(r: Reader): string {
  let state;
  try {
    state = getState(r.text('state'));
  } catch {
    throw new MissingParam('state');
  }
  if (state.code !== 'DC') return state.name;
  return r.lang === 'en' ? 'the District of Columbia' : 'el Distrito de Columbia';
}

/**
 * The Parent Center directory's words (src/parent-centers): what to say where no center is
 * confirmed, the notice beside a center whose entry is uncertain or whose source is old, and
 * the names of the two kinds of center and of the national directory.
 */
export const PARENT_CENTER_MESSAGES: Readonly<Record<string, MessageDef>> = {
  'parent_centers.none_confirmed': {
    en: (r) =>
      `We could not confirm a Parent Center for ${stateName(r)}. Look for one in the national directory of Parent Centers.`,
    es: (r) =>
      `No pudimos confirmar un Centro de Padres en ${stateName(r)}. Busque uno en el directorio nacional de Centros de Padres.`,
  },
  // Built by parentCentersFor only when there is a doubt to tell: lower confidence, no date, or
  // an old source. A confirmed entry with a recent source has nothing to say.
  'parent_centers.notice': {
    en: (r) => notice(r),
    es: (r) => notice(r),
  },
  'parent_centers.type': {
    en: (r) =>
      r.choice('type', ['PTI', 'CPRC'] as const) === 'PTI'
        ? 'Parent Training and Information Center'
        : 'Community Parent Resource Center',
    es: (r) =>
      r.choice('type', ['PTI', 'CPRC'] as const) === 'PTI'
        ? 'Centro de Capacitación e Información para Padres'
        : 'Centro Comunitario de Recursos para Padres',
  },
  'parent_centers.national_directory': {
    en: () => 'National directory of Parent Centers (Center for Parent Information and Resources)',
    es: () =>
      'Directorio nacional de Centros de Padres (Center for Parent Information and Resources)',
  },
};

const NOTICE = {
  en: {
    probable:
      'We think this is an official Parent Center, but our source does not say so for sure.',
    unconfirmed:
      'We could not confirm that this group is an official Parent Center. It may still be able to help.',
    undated: 'Our source for it has no date, so details may have changed.',
    old: (year: number) =>
      `Our source for it is from ${year} or earlier, so details may have changed.`,
    check: 'Contact the center to check.',
  },
  es: {
    probable:
      'Creemos que este es un Centro de Padres oficial, pero nuestra fuente no lo dice con certeza.',
    unconfirmed:
      'No pudimos confirmar que este grupo sea un Centro de Padres oficial. Aun así, puede que le ayude.',
    undated: 'Nuestra fuente no tiene fecha, así que los datos pueden haber cambiado.',
    old: (year: number) =>
      `Nuestra fuente es de ${year} o de antes, así que los datos pueden haber cambiado.`,
    check: 'Comuníquese con el centro para confirmarlo.',
  },
} as const;

function notice(r: Reader): string {
  const words = NOTICE[r.lang];
  const confidence = r.choice('confidence', ['confirmed', 'probable', 'unconfirmed'] as const);
  const parts: string[] = [];
  if (confidence === 'probable') parts.push(words.probable);
  if (confidence === 'unconfirmed') parts.push(words.unconfirmed);
  if (!r.has('sourceYear')) parts.push(words.undated);
  else if (r.flag('old')) parts.push(words.old(r.num('sourceYear')));
  // Nothing to tell: not a notice this version builds.
  if (parts.length === 0) throw new MissingParam('confidence');
  return [...parts, words.check].join(' ');
}
