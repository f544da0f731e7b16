import type { ServiceDayBasis, ServicePeriodStatus } from '@continuum/graphql-client';

/**
 * Minutes as people read them, and the numbers the service chart draws. Pure, so the chart and
 * the table beside it are fed the same figures and both can be unit-tested without a browser.
 */

/**
 * A count of minutes, with hours spelled out once it reaches an hour.
 *
 * @example
 *   formatMinutes(45, 'en'); // '45 min'
 *   formatMinutes(150, 'en'); // '150 min (2 h 30 min)'
 */
export function formatMinutes(minutes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const base = `${number.format(minutes)} min`;
  if (Math.abs(minutes) < 60) return base;
  const hours = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  return `${base} (${number.format(hours)} h${rest ? ` ${rest} min` : ''})`;
}

export interface PeriodFigures {
  start: string;
  end: string;
  weekdays: number;
  schoolDays: number;
  countedOn: ServiceDayBasis;
  requiredMinutes: number;
  deliveredMinutes: number;
  missedMinutes: number;
  shortfallMinutes: number;
  owedMinutes: number;
  owedMissedMinutes: number;
  owedNotLoggedMinutes: number;
  status: ServicePeriodStatus;
  elapsed: boolean;
}

export interface ServiceChartData {
  labels: string[];
  required: number[];
  delivered: number[];
  missed: number[];
}

/** One bar group per period, oldest first, labelled by the period's first day. */
export function serviceChartData(
  periods: readonly PeriodFigures[],
  label: (period: PeriodFigures) => string,
): ServiceChartData {
  return {
    labels: periods.map(label),
    required: periods.map((period) => period.requiredMinutes),
    delivered: periods.map((period) => period.deliveredMinutes),
    missed: periods.map((period) => period.missedMinutes),
  };
}
