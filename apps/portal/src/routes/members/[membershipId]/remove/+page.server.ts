import { execute, MembersPageDocument } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/**
 * The question "remove this member?" as a page of its own, for browsers without JavaScript
 * (with it, the members page asks in a dialog). The answer posts to the members page.
 */
export const load: PageServerLoad = async ({ parent, url, fetch, params }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'delete', 'Membership');
  let members;
  try {
    ({
      data: { organizationMembers: members },
    } = await execute(fetch, MembersPageDocument));
  } catch (cause) {
    handleApiError(cause, url);
  }
  const member = members.find((candidate) => candidate.id === params.membershipId);
  if (!member) error(404, 'not found');
  return { member: { id: member.id, name: member.user.name, email: member.user.email } };
};
