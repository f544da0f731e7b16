import { execute, PublicOrganizationDocument } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { organizationView } from '$lib/public/organization-page';
import type { PageServerLoad } from './$types';

/**
 * An organization's public intake page, signed out, from the API's published organizations
 * (`publicOrganization`): unknown or switched off, it is a 404 in the reader's language.
 */
export const load: PageServerLoad = async ({ params, fetch }) => {
  const {
    data: { publicOrganization },
  } = await execute(fetch, PublicOrganizationDocument, { slug: params.slug });
  if (!publicOrganization) error(404, 'Not found');
  return { organization: organizationView(publicOrganization, getLocale()) };
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
