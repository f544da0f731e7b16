import type { Locale } from '$lib/paraglide/runtime';

const STYLES = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An instant in the reader's language (and, once in the browser, their time zone). The
 * server does not know the reader's zone, so it renders UTC and says so; see LocalTime.svelte.
 */
export function formatInstant(
  iso: string,
  locale: Locale,
  style: keyof typeof STYLES,
  timeZone?: string,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { ...STYLES[style] };
  if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    ...options,
    ...(timeZone === 'UTC' && style === 'dateTime' ? { timeZoneName: 'short' } : {}),
  }).format(date);
}
