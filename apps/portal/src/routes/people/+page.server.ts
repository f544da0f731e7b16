import { execute, PeoplePageDocument } from '@continuum/graphql-client';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { PERSON_ROLES } from '$lib/people/words';
import type { PageServerLoad } from './$types';

/** The organization's people (`?q=` a name, email or phone; `?role=` an audience). */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Person');
  const search = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const asked = url.searchParams.get('role') ?? '';
  const role = PERSON_ROLES.find((r) => r === asked) ?? null;
  try {
    const { data } = await execute(fetch, PeoplePageDocument, {
      search: search || null,
      role,
    });
    return { people: data.people, search, role };
  } catch (error) {
    handleApiError(error, url);
  }
};
