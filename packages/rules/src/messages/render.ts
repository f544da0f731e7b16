import type { Lang } from '../intake/lang.js';
import { CATALOG } from './catalog.js';
import { MissingParam, Reader, type RulesMessage } from './reader.js';

const UNKNOWN: Record<Lang, string> = {
  en: "unknown — check your state's procedural safeguards notice",
  es: 'desconocido — consulte el aviso de garantías procesales de su estado',
};

const CALENDAR: Record<Lang, Record<'missing' | 'too_short', string>> = {
  en: {
    missing: "counted in school days: add the district's school calendar to date it",
    too_short: 'counted in school days, and the school calendar given ends before this date: add a calendar that reaches further',
  },
  es: {
    missing: 'se cuenta en días escolares: agregue el calendario escolar del distrito para calcular la fecha',
    too_short: 'se cuenta en días escolares y el calendario escolar que se dio termina antes de esta fecha: agregue un calendario que llegue más lejos',
  },
};

/**
 * A rules message in the reader's language, or `null` when this version cannot render it (an
 * unknown key, or parameters it does not expect: a message stored by an older version; show
 * the stored English note then). Two parameters apply to every key: `unknown: true` opens the
 * note with "unknown — check your state's procedural safeguards notice", and
 * `calendar: 'missing' | 'too_short'` closes it saying a school calendar is needed.
 *
 * @example
 * ```ts
 * renderRulesMessage({ key: 'deadline.resolution_period_end', params: { amended: false } }, 'es');
 * // 'termina el período de resolución de 30 días; si la queja no se resuelve, la audiencia puede seguir adelante'
 * renderRulesMessage({ key: 'no.such.key', params: {} }, 'en'); // null
 * ```
 */
export function renderRulesMessage(message: RulesMessage, lang: Lang): string | null {
  if (typeof message !== 'object' || message === null || typeof message.key !== 'string') return null;
  const def = Object.prototype.hasOwnProperty.call(CATALOG, message.key) ? CATALOG[message.key] : undefined;
  if (def === undefined) return null;
  const params = typeof message.params === 'object' && message.params !== null ? message.params : {};
  const reader = new Reader(lang, params);
  try {
    let text = def[lang](reader);
    if (reader.flag('unknown')) text = `${UNKNOWN[lang]}. ${text}`;
    if (reader.has('calendar')) text = `${text}; ${CALENDAR[lang][reader.choice('calendar', ['missing', 'too_short'] as const)]}`;
    return text;
  } catch (error) {
    if (error instanceof MissingParam) return null;
    throw error;
  }
}

/**
 * Whether this version's catalog has a message key.
 *
 * @example
 * ```ts
 * hasRulesMessage('deadline.hearing_decision'); // true
 * ```
 */
export function hasRulesMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}
