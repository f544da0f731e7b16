import { ContactsPageDocument, execute } from '@continuum/graphql-client';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** The latest contacts of the organization. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Contact');
  try {
    const { data } = await execute(fetch, ContactsPageDocument, {});
    return {
      contacts: data.contacts,
      lists: data.reportLists,
      deleted: url.searchParams.has('deleted'),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};
