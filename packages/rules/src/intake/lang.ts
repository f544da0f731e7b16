import { RulesInputError } from '../errors.js';
import { parseIsoDate, type IsoDate } from '../days/index.js';

/**
 * The languages every family-facing text in this package is written in.
 *
 * @example
 * ```ts
 * const lang: Lang = 'es';
 * ```
 */
export type Lang = 'en' | 'es';

/**
 * The supported languages, in the order the portal offers them.
 *
 * @example
 * ```ts
 * languages.includes('es'); // true
 * ```
 */
export const languages: readonly Lang[] = ['en', 'es'];

/**
 * Checks a language code from user input (`--lang`, an API argument). `undefined` means
 * English; anything other than `en` or `es` is a `RulesInputError` naming `field`.
 *
 * @example
 * ```ts
 * parseLang('es');        // 'es'
 * parseLang(undefined);   // 'en'
 * parseLang('fr', 'lang'); // throws RulesInputError('lang', 'fr', ...)
 * ```
 */
export function parseLang(value: unknown, field = 'lang'): Lang {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'es') return value;
  throw new RulesInputError(field, value, 'must be "en" or "es"');
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/**
 * Writes a plain date the way a letter or a parent reads it: "March 1, 2027" in English,
 * "1 de marzo de 2027" in Spanish. No time zone is involved.
 *
 * @example
 * ```ts
 * formatLongDate('2027-03-01', 'en'); // 'March 1, 2027'
 * formatLongDate('2027-03-01', 'es'); // '1 de marzo de 2027'
 * ```
 */
export function formatLongDate(date: IsoDate, lang: Lang): string {
  const iso = parseIsoDate(date, 'date');
  const year = Number(iso.slice(0, 4));
  const month = MONTHS[lang][Number(iso.slice(5, 7)) - 1] ?? '';
  const day = Number(iso.slice(8, 10));
  return lang === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}
