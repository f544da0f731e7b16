import {
  execute,
  GraphQLRequestError,
  LogOutreachDocument,
  OutreachPageDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** Outreach and dissemination (the annual report's Section V), with the form's kinds. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'OutreachActivity');
  try {
    const { data } = await execute(fetch, OutreachPageDocument);
    return { activities: data.outreachActivities, lists: data.reportLists };
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
      kind: text(form, 'kind'),
      occurredOn: text(form, 'occurredOn'),
      count: text(form, 'count'),
      description: text(form, 'description'),
    };
    const errors: FormError[] = [];
    const count = Number(values.count);
    if (!values.kind) errors.push({ field: 'kind', message: m.people_outreach_kind_required() });
    if (!values.occurredOn)
      errors.push({ field: 'occurredOn', message: m.people_outreach_date_required() });
    if (values.count === '' || !Number.isInteger(count) || count < 0)
      errors.push({ field: 'count', message: m.words_error_count_invalid() });
    if (errors.length) return fail(400, { values, errors });
    try {
      await execute(fetch, LogOutreachDocument, {
        input: {
          kind: values.kind,
          occurredOn: values.occurredOn,
          count,
          description: values.description || null,
        },
      });
      return { logged: true };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { values, errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
  },
};
