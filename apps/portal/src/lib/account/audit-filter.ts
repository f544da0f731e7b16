import type { AuditEventFilter } from '@continuum/graphql-client';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { DEFAULT_TIME_ZONE, startOfDay } from '$lib/time-zone';

/** The audit log's filters as they sit in the address, so a filtered view can be shared. */
export interface AuditFilterValues {
  action: string;
  actor: string;
  subject: string;
  from: string;
  to: string;
}

export interface AuditQuery {
  values: AuditFilterValues;
  filter: AuditEventFilter;
  after: string | null;
  errors: FormError[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function nextDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the filters from the address. Days are whole days in the organization's time zone
 * (the zone the events' times are shown in) and both ends are included: "to" becomes the
 * start of the following day, since the API's `to` is exclusive. A day that is not a date is
 * reported against its field and left out of the filter.
 */
export function readAuditQuery(
  params: URLSearchParams,
  locale: Locale,
  timeZone: string = DEFAULT_TIME_ZONE,
): AuditQuery {
  const get = (name: string) => params.get(name)?.trim() ?? '';
  const values: AuditFilterValues = {
    action: get('action'),
    actor: get('actor'),
    subject: get('subject'),
    from: get('from'),
    to: get('to'),
  };
  const errors: FormError[] = [];
  const filter: AuditEventFilter = {};
  if (values.action) filter.actions = [values.action];
  if (values.actor) filter.actorUserId = values.actor;
  if (values.subject) filter.subjectType = values.subject;

  const fromOk = values.from !== '' && isDay(values.from);
  const toOk = values.to !== '' && isDay(values.to);
  if (values.from && !fromOk) {
    errors.push({ field: 'from', message: m.audit_error_date({}, { locale }) });
  }
  if (values.to && !toOk) {
    errors.push({ field: 'to', message: m.audit_error_date({}, { locale }) });
  }
  if (fromOk && toOk && values.from > values.to) {
    errors.push({ field: 'to', message: m.audit_error_range({}, { locale }) });
  } else {
    if (fromOk) filter.from = startOfDay(values.from, timeZone).toISOString();
    if (toOk) filter.to = startOfDay(nextDay(values.to), timeZone).toISOString();
  }
  const after = get('after');
  return { values, filter, after: after || null, errors };
}

/** The address of the next (older) page: the same filters, and the API's cursor. */
export function olderEventsSearch(values: AuditFilterValues, cursor: string): string {
  const params = new URLSearchParams();
  for (const name of ['action', 'actor', 'subject', 'from', 'to'] as const) {
    if (values[name]) params.set(name, values[name]);
  }
  params.set('after', cursor);
  return `?${params.toString()}`;
}
