import {
  execute,
  GraphQLRequestError,
  InviteMemberDocument,
  MembersPageDocument,
  RemoveMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  UpdateMemberRoleDocument,
} from '@continuum/graphql-client';
import { fail } from '@sveltejs/kit';
import { readInviteForm, validateInvite } from '$lib/account/account-forms';
import { isRole } from '$lib/account/roles';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'manage', 'Membership');
  try {
    const { data } = await execute(fetch, MembersPageDocument);
    return {
      members: data.organizationMembers,
      // Accepted and withdrawn invitations are history (the audit log keeps it); the page
      // lists those still waiting for an answer, expired ones included so they can be resent.
      invitations: data.invitations.filter(
        (invitation) => invitation.status === 'PENDING' || invitation.status === 'EXPIRED',
      ),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};

/** Which form failed, so the page shows the errors beside it and not beside every row. */
type FormName = 'invite' | 'resend' | 'revoke' | 'role' | 'remove';

interface InviteValues {
  email: string;
  role: string;
}

function failed(form: FormName, errors: FormError[], values?: InviteValues) {
  return fail(400, { form, errors, email: values?.email ?? '', role: values?.role ?? '' });
}

/**
 * Runs one API call for an action: an expired session goes through sign-in and back, any
 * other refusal (last admin, already a member, ...) is shown with the field the API names.
 */
async function attempt(
  form: FormName,
  url: URL,
  call: () => Promise<unknown>,
  options: { control?: string; values?: InviteValues } = {},
) {
  try {
    await call();
    return null;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
      const described = describeApiError(error, getLocale());
      // The API names its argument (membershipId, invitationId); on a page of many rows the
      // field at fault is that row's control, which the summary then links to.
      const field =
        described.field === 'membershipId' || described.field === 'invitationId'
          ? options.control
          : described.field;
      const problem = field
        ? { field, message: described.message }
        : { message: described.message };
      return failed(form, [problem], options.values);
    }
    handleApiError(error, url);
  }
}

function id(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export const actions: Actions = {
  invite: async ({ request, fetch, url }) => {
    const input = readInviteForm(await request.formData());
    const locale = getLocale();
    const problems = validateInvite(input, locale);
    const values = { email: input.email, role: input.role };
    if (problems.length > 0 || !input.role) return failed('invite', problems, values);
    const role = input.role;
    const failure = await attempt(
      'invite',
      url,
      () => execute(fetch, InviteMemberDocument, { email: input.email, role }),
      { values },
    );
    return failure ?? { form: 'invite' as const, done: 'invited', email: input.email };
  },

  resend: async ({ request, fetch, url }) => {
    const invitationId = id(await request.formData(), 'invitationId');
    const failure = await attempt(
      'resend',
      url,
      () => execute(fetch, ResendInvitationDocument, { invitationId }),
      { control: `resend-${invitationId}` },
    );
    return failure ?? { form: 'resend' as const, done: 'resent' };
  },

  revoke: async ({ request, fetch, url }) => {
    const invitationId = id(await request.formData(), 'invitationId');
    const failure = await attempt(
      'revoke',
      url,
      () => execute(fetch, RevokeInvitationDocument, { invitationId }),
      { control: `revoke-${invitationId}` },
    );
    return failure ?? { form: 'revoke' as const, done: 'revoked' };
  },

  role: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const membershipId = id(form, 'membershipId');
    const role = form.get('role');
    if (!isRole(role)) {
      return failed('role', [
        {
          field: `role-${membershipId}`,
          message: m.members_error_role({}, { locale: getLocale() }),
        },
      ]);
    }
    const failure = await attempt(
      'role',
      url,
      () => execute(fetch, UpdateMemberRoleDocument, { membershipId, role }),
      { control: `role-${membershipId}` },
    );
    return failure ?? { form: 'role' as const, done: 'role_changed' };
  },

  remove: async ({ request, fetch, url }) => {
    const membershipId = id(await request.formData(), 'membershipId');
    const failure = await attempt(
      'remove',
      url,
      () => execute(fetch, RemoveMemberDocument, { membershipId }),
      { control: `remove-${membershipId}` },
    );
    return failure ?? { form: 'remove' as const, done: 'removed' };
  },
};
