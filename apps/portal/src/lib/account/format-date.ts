import type { Locale } from '$lib/paraglide/runtime';

// Spelled out rather than dateStyle/timeStyle: Intl refuses a time zone name beside those.
const STYLES = {
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  dateTime: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An instant in the reader's language and the organization's time zone (named in the date
 * and time style); see LocalTime.svelte.
 */
export function formatInstant(
  iso: string,
  locale: Locale,
  style: keyof typeof STYLES,
  timeZone = 'UTC',
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    ...STYLES[style],
    timeZone,
  }).format(date);
}
