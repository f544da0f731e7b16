import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { entryHref, type FormValues } from '$lib/caselogs/log-form';
import { apiFailure, formFailure, formText } from '$lib/server/form-actions';

type Fetch = RequestEvent['fetch'];

/** A required answer left out, named by its input's `name`. */
export interface MissingAnswer {
  name: string;
  message: string;
}

/**
 * One kind of case-log entry (a meeting, a communication, a note, ...) as its forms post it.
 * The same fields serve the "log" form and each entry's "edit" form; the helpers below turn
 * it into the page's form actions.
 */
export interface LogEntrySpec<Values extends FormValues> {
  /** Prefix of the form inputs' ids: `meeting-heldOn`, and `meeting-<id>-heldOn` when editing. */
  prefix: string;
  /** The posted answers, kept as typed so a refused form comes back filled in. */
  read(form: FormData): Values;
  /** What is missing or malformed, checked before a round trip (the API checks again). */
  check(values: Values): MissingAnswer[];
  create(fetch: Fetch, caseId: string, values: Values): Promise<unknown>;
  update(fetch: Fetch, id: string, values: Values): Promise<unknown>;
  remove: Remove;
}

type Remove = (fetch: Fetch, id: string) => Promise<unknown>;

/** The input id of a field: in the log form, or in the edit form of entry `id`. */
export function fieldId(prefix: string, name: string, id?: string): string {
  return id ? `${prefix}-${id}-${name}` : `${prefix}-${name}`;
}

function missingErrors(prefix: string, missing: MissingAnswer[], id?: string): FormError[] {
  return missing.map(({ name, message }) => ({ field: fieldId(prefix, name, id), message }));
}

/**
 * The form actions `log`, `update` and `delete` of one kind of entry. Every failure answers
 * with `form` (which form), `id` (which entry), the `values` typed and the `errors`, each
 * naming the input it is about; a change or a deletion then goes back to the plain list.
 */
export function logActions<Values extends FormValues>(spec: LogEntrySpec<Values>) {
  const { prefix } = spec;
  const toField = (id?: string) => (name: string) => fieldId(prefix, name, id);

  return {
    log: async ({ request, params, fetch, url }: RequestEvent) => {
      const values = spec.read(await request.formData());
      const missing = spec.check(values);
      if (missing.length) return formFailure('log', missingErrors(prefix, missing), { values });
      try {
        await spec.create(fetch, params.caseId ?? '', values);
      } catch (error) {
        return apiFailure(error, url, 'log', { fieldId: toField(), extra: { values } });
      }
      return { form: 'log', saved: true };
    },

    update: async ({ request, fetch, url }: RequestEvent) => {
      const form = await request.formData();
      const id = formText(form, 'id');
      const values = spec.read(form);
      const missing = spec.check(values);
      if (missing.length) {
        return formFailure('update', missingErrors(prefix, missing, id), { id, values });
      }
      try {
        await spec.update(fetch, id, values);
      } catch (error) {
        return apiFailure(error, url, 'update', { fieldId: toField(id), extra: { id, values } });
      }
      // Back to the plain list (a search stays): the form that was open has done its work.
      redirect(303, entryHref(url, null));
    },

    delete: deleteAction(prefix, spec.remove),
  };
}

/**
 * The form action that deletes entry `id` after the question was answered; also used alone
 * for an entry that is logged and corrected by forms of its own (a service session).
 */
export function deleteAction(prefix: string, remove: Remove) {
  return async ({ request, fetch, url }: RequestEvent) => {
    const id = formText(await request.formData(), 'id');
    try {
      await remove(fetch, id);
    } catch (error) {
      return apiFailure(error, url, 'delete', {
        fieldId: () => fieldId(prefix, 'delete', id),
        extra: { id },
      });
    }
    redirect(303, entryHref(url, null));
  };
}
