import {
  AddTrainingAttendeeDocument,
  execute,
  FindPeopleDocument,
  GraphQLRequestError,
  ImportSignInSheetDocument,
  SetTrainingHeadcountDocument,
  TrainingPageDocument,
} from '@continuum/graphql-client';
import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { UUID } from '$lib/server/api-proxy';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch, params }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Training');
  if (!UUID.test(params.trainingId)) error(404, 'not found');
  try {
    const { data } = await execute(fetch, TrainingPageDocument, { id: params.trainingId });
    // "Add someone we know": people found by `?find=` a name, email or phone.
    const find = (url.searchParams.get('find') ?? '').trim().slice(0, 200);
    const found = find
      ? (await execute(fetch, FindPeopleDocument, { search: find })).data.people
      : null;
    return { training: data.training, find, found };
  } catch (cause) {
    if (cause instanceof GraphQLRequestError && cause.code === 'NOT_FOUND') error(404, 'not found');
    handleApiError(cause, url);
  }
};

export const actions: Actions = {
  attendee: async ({ request, fetch, params }) => {
    const personId = (await request.formData()).get('personId');
    if (typeof personId !== 'string' || !UUID.test(personId))
      return fail(400, {
        form: 'attendee',
        errors: [{ field: 'find', message: m.people_training_choose_person() }],
      });
    try {
      const { data } = await execute(fetch, AddTrainingAttendeeDocument, {
        input: { trainingId: params.trainingId, personId },
      });
      return { form: 'attendee', added: data.addTrainingAttendee.id };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { form: 'attendee', errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
  },
  // The portal reads the uploaded file and passes its text; the API parses and checks it.
  import: async ({ request, fetch, params }) => {
    const file = (await request.formData()).get('sheet');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, {
        form: 'import',
        errors: [{ field: 'sheet', message: m.trainings_import_choose() }],
      });
    if (file.size > 1_000_000)
      return fail(400, {
        form: 'import',
        errors: [{ field: 'sheet', message: m.words_error_sign_in_too_large() }],
      });
    try {
      const { data } = await execute(fetch, ImportSignInSheetDocument, {
        trainingId: params.trainingId,
        csv: await file.text(),
      });
      return { form: 'import', imported: data.importSignInSheet };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { form: 'import', errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
  },
  headcount: async ({ request, fetch, params }) => {
    const form = await request.formData();
    const role = form.get('role');
    const count = Number(form.get('count'));
    if (!Number.isInteger(count) || count < 0)
      return fail(400, {
        form: 'headcount',
        errors: [{ field: 'count', message: m.words_error_count_invalid() }],
      });
    try {
      await execute(fetch, SetTrainingHeadcountDocument, {
        trainingId: params.trainingId,
        role: role === 'professional' || role === 'student' ? role : 'parent',
        count,
      });
      return { form: 'headcount', saved: true };
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { form: 'headcount', errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
  },
};
