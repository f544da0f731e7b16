import {
  CreateTrainingDocument,
  execute,
  GraphQLRequestError,
  TrainingsPageDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { DEFAULT_TIME_ZONE, localInstant, timeZoneNames } from '$lib/time-zone';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Training');
  try {
    const { data } = await execute(fetch, TrainingsPageDocument);
    return { trainings: data.trainings };
  } catch (error) {
    handleApiError(error, url);
  }
};

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export const actions: Actions = {
  default: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = {
      title: text(form, 'title'),
      delivery: text(form, 'delivery') === 'virtual' ? 'virtual' : 'in_person',
      funded: form.get('funded') === 'yes',
      sessions: [text(form, 'session1'), text(form, 'session2'), text(form, 'session3')],
    };
    const errors: FormError[] = [];
    if (!values.title) errors.push({ field: 'title', message: m.trainings_required_title() });
    if (!values.sessions[0])
      errors.push({ field: 'session1', message: m.trainings_required_session() });
    if (errors.length) return fail(400, { values, errors });
    // The date and time typed are the organization's local time.
    const asked = text(form, 'zone');
    const zone = timeZoneNames().includes(asked) ? asked : DEFAULT_TIME_ZONE;
    if (values.sessions.some((local) => local && Number.isNaN(Date.parse(`${local}:00Z`))))
      return fail(400, {
        values,
        errors: [{ field: 'session1', message: m.trainings_required_session() }],
      });
    let id: string;
    try {
      const { data } = await execute(fetch, CreateTrainingDocument, {
        input: {
          title: values.title,
          delivery: values.delivery as 'in_person' | 'virtual',
          funded: values.funded,
          sessions: values.sessions
            .filter(Boolean)
            .map((local) => ({ startsAt: localInstant(local, zone).toISOString() })),
        },
      });
      id = data.createTraining.id;
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED')
        return fail(400, { values, errors: [describeApiError(error, getLocale())] });
      handleApiError(error, url);
    }
    redirect(303, resolve('/trainings/[trainingId]', { trainingId: id }));
  },
};
