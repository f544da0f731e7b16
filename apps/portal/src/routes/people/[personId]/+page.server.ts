import {
  execute,
  GraphQLRequestError,
  PersonPageDocument,
  UpdatePersonDocument,
} from '@continuum/graphql-client';
import { error, fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { PERSON_ROLES } from '$lib/people/words';
import { UUID } from '$lib/server/api-proxy';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** One person: their details, contacts, trainings attended and case communications. */
export const load: PageServerLoad = async ({ parent, url, fetch, params }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Person');
  if (!UUID.test(params.personId)) error(404, 'not found');
  try {
    const { data } = await execute(fetch, PersonPageDocument, { id: params.personId });
    return {
      person: data.person,
      contacts: data.contacts,
      lists: data.reportLists,
      merged: Number(url.searchParams.get('merged') ?? NaN),
    };
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
      name: text(form, 'name'),
      role: text(form, 'role'),
      email: text(form, 'email'),
      phone: text(form, 'phone'),
    };
    const errors: FormError[] = [];
    if (!values.name) errors.push({ field: 'name', message: m.people_person_name_required() });
    const role = PERSON_ROLES.find((r) => r === values.role);
    if (!role) errors.push({ field: 'role', message: m.people_person_role_required() });
    if (errors.length || !role) return fail(400, { values, errors });
    try {
      await execute(fetch, UpdatePersonDocument, {
        input: {
          id: params.personId,
          name: values.name,
          role,
          // An emptied field removes the email or phone on record.
          email: values.email || null,
          phone: values.phone || null,
        },
      });
      return { saved: true };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { values, errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
  },
};
