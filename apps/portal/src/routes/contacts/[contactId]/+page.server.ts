import {
  ContactPageDocument,
  DeleteContactDocument,
  execute,
  GraphQLRequestError,
  UpdateContactDocument,
} from '@continuum/graphql-client';
import { error, fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { CONTACT_HOWS, modeAndDelivery, PERSON_ROLES } from '$lib/people/words';
import { UUID } from '$lib/server/api-proxy';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** One contact: read, changed (audited by the API) or removed after a confirmation. */
export const load: PageServerLoad = async ({ parent, url, fetch, params }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Contact');
  if (!UUID.test(params.contactId)) error(404, 'not found');
  try {
    const { data } = await execute(fetch, ContactPageDocument, { id: params.contactId });
    return { contact: data.contact, lists: data.reportLists };
  } catch (cause) {
    if (cause instanceof GraphQLRequestError && cause.code === 'NOT_FOUND') error(404, 'not found');
    handleApiError(cause, url);
  }
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export const actions: Actions = {
  update: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const values = {
      role: text(form, 'role'),
      how: text(form, 'how'),
      topics: form.getAll('topics').filter((t): t is string => typeof t === 'string'),
      minutes: text(form, 'minutes'),
      notes: text(form, 'notes'),
      followUp: text(form, 'followUp'),
    };
    const errors: FormError[] = [];
    const role = PERSON_ROLES.find((r) => r === values.role);
    const how = CONTACT_HOWS.find((h) => h === values.how);
    const minutes = values.minutes === '' ? null : Number(values.minutes);
    if (!how) errors.push({ field: 'how', message: m.people_contact_how_required() });
    if (minutes !== null && !Number.isInteger(minutes))
      errors.push({ field: 'minutes', message: m.people_contact_minutes_invalid() });
    if (errors.length || !how) return fail(400, { form: 'update', values, errors });
    try {
      const { mode, delivery } = modeAndDelivery(how);
      await execute(fetch, UpdateContactDocument, {
        input: {
          id: params.contactId,
          role: role ?? null,
          mode,
          delivery,
          topics: values.topics,
          minutes,
          notes: values.notes,
          followUp: values.followUp,
        },
      });
      return { form: 'update', saved: true };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED') {
        const problem = describeApiError(cause, getLocale());
        // The API names mode or delivery; the form asks both in one question.
        const field =
          problem.field === 'mode' || problem.field === 'delivery' ? 'how' : problem.field;
        return fail(400, { form: 'update', values, errors: [{ ...problem, field }] });
      }
      throw cause;
    }
  },
  // First step of removing: the page asks to confirm.
  remove: () => ({ form: 'remove', confirm: true }),
  confirmRemove: async ({ fetch, params }) => {
    try {
      await execute(fetch, DeleteContactDocument, { id: params.contactId });
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { form: 'remove', errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
    redirect(303, `${resolve('/contacts')}?deleted=1`);
  },
};
