import type { FormError } from '$lib/forms/form-error';

/**
 * The answers of a case-log form as typed: text by input name, or a list for a group of
 * checkboxes. A refused form is sent back with them, so nothing a person typed is lost.
 */
export type FormValues = Record<string, string | string[]>;

/** A text answer ('' when absent or a list). */
export function textOf(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return typeof value === 'string' ? value : '';
}

/** A list answer ([] when absent; a single text becomes a list of one). */
export function listOf(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

/**
 * The address of an entry's edit form or delete question (`?edit=<id>`, `?delete=<id>`),
 * keeping the page's other parameters (a search) and dropping an action's name.
 */
export function entryHref(url: URL, param: 'edit' | 'delete' | null, id?: string): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete('edit');
  params.delete('delete');
  for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key);
  if (param && id) params.set(param, id);
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** A form action's address (`?/update`) that keeps the page's other parameters. */
export function actionHref(url: URL, action: string): string {
  const rest = new URL(entryHref(url, null), url).searchParams.toString();
  return rest ? `?/${action}&${rest}` : `?/${action}`;
}

/** What a case-log page's form actions answer (lib/server/caselogs/log-actions.ts). */
export interface LogActionResult {
  form?: string;
  id?: string;
  values?: FormValues;
  errors?: FormError[];
}

/** What a page's `fields` snippet gets: ids, answers to show and errors, per input name. */
export interface LogFields {
  id: (name: string) => string;
  values: FormValues;
  error: (name: string) => string | undefined;
  /** The entry being edited; undefined in the log form. */
  entryId?: string | undefined;
}

/** The words of one kind of entry. */
export interface LogText {
  none: string;
  create: string;
  createSubmit: string;
  save: string;
  editHeading: (label: string) => string;
  deleteQuestion: string;
  logged: string;
  updated: string;
  deleted: string;
}
