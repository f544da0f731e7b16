import {
  execute,
  GraphQLRequestError,
  MergePeopleDocument,
  PersonDuplicatesPageDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { UUID } from '$lib/server/api-proxy';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** Records that may be one person, for an org admin to merge (merging deletes one record). */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'delete', 'Person');
  try {
    const { data } = await execute(fetch, PersonDuplicatesPageDocument);
    return { pairs: data.personDuplicates };
  } catch (error) {
    handleApiError(error, url);
  }
};

/** The pair a form names, as which record is kept and which is merged into it. */
function chosen(form: FormData): { keepId: string; mergeId: string } | null {
  const [first, second, keep] = ['first', 'second', 'keep'].map((name) => form.get(name));
  if (typeof first !== 'string' || typeof second !== 'string') return null;
  if (!UUID.test(first) || !UUID.test(second)) return null;
  if (keep === first) return { keepId: first, mergeId: second };
  if (keep === second) return { keepId: second, mergeId: first };
  return null;
}

export const actions: Actions = {
  // First step: which record stays; the page then asks to confirm, naming both.
  choose: async ({ request }) => {
    const form = await request.formData();
    const pair = chosen(form);
    const ids = ['first', 'second'].map((name) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    });
    if (!pair)
      return fail(400, {
        pairKey: ids.join(':'),
        // Said inside the pair's own fieldset, beside its two choices.
        errors: [{ message: m.people_duplicates_choose_keep() }],
      });
    return { confirm: pair };
  },
  merge: async ({ request, fetch }) => {
    const form = await request.formData();
    const [keepId, mergeId] = [form.get('keepId'), form.get('mergeId')];
    if (typeof keepId !== 'string' || typeof mergeId !== 'string')
      return fail(400, { errors: [{ message: m.people_duplicates_choose_keep() }] });
    let moved: number;
    try {
      const { data } = await execute(fetch, MergePeopleDocument, { keepId, mergeId });
      moved = data.mergePeople.moved;
    } catch (cause) {
      if (cause instanceof GraphQLRequestError && cause.code !== 'UNAUTHENTICATED')
        return fail(400, { errors: [describeApiError(cause, getLocale())] });
      throw cause;
    }
    redirect(303, `${resolve('/people/[personId]', { personId: keepId })}?merged=${moved}`);
  },
};
