import { execute, PublicOrganizationDocument } from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { organizationView } from '$lib/public/organization-page';
import type { PageServerLoad } from './$types';

/**
 * The compact version of an organization's public page, for its own website to frame: the
 * one route whose CSP allows framing (hooks.server.ts, docs/security.md). Same data and 404.
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
