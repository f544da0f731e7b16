import { execute, PublicOrganizationDocument } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const ID = /^[0-9a-f-]{36}$/i;

/** After a confirmed sign-up: the organization's public contact details and the way on. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  const {
    data: { publicOrganization },
  } = await execute(fetch, PublicOrganizationDocument, {
    slug: url.searchParams.get('org') ?? '',
  });
  if (!publicOrganization) error(404, 'not found');
  const intake = url.searchParams.get('intake') ?? '';
  return {
    organization: publicOrganization,
    intakeId: ID.test(intake) ? intake : null,
  };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
