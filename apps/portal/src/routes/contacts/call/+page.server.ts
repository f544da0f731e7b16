import {
  execute,
  GraphQLRequestError,
  LogCallDocument,
  LogCallPageDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** "Log a call": who, their number, what about; one click. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'create', 'Contact');
  try {
    const { data } = await execute(fetch, LogCallPageDocument);
    return { lists: data.reportLists };
  } catch (error) {
    handleApiError(error, url);
  }
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const values = {
      name: text(form, 'name'),
      phone: text(form, 'phone'),
      topic: text(form, 'topic'),
    };
    const errors: FormError[] = [];
    if (!values.name) errors.push({ field: 'name', message: m.people_required_name() });
    if (!values.phone) errors.push({ field: 'phone', message: m.people_required_phone() });
    if (!values.topic) errors.push({ field: 'topic', message: m.people_required_topic() });
    if (errors.length) return fail(400, { values, errors });
    try {
      const { data } = await execute(fetch, LogCallDocument, { input: values });
      return { logged: data.logCall.personName };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
        // The words the parent center typed stay in the form.
        return fail(400, { values, errors: [describeApiError(error, getLocale())] });
      }
      throw error;
    }
  },
};
