import {
  execute,
  PublicOrganizationsDocument,
  RequestHelpDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
// resolve() gives a relative path on the server; a redirect needs the absolute one.
import { answersToParams } from '$lib/public/carried-answers';
import { carriedAnswers, readGetHelpForm, validateGetHelp } from '$lib/server/public/get-help';
import { localizedPath } from '$lib/public/locale-path';
import { getLocale } from '$lib/paraglide/runtime';
import { describeApiError } from '$lib/session/api-error';
import { carriedOrg, guideQuestionnaire } from '$lib/server/public/guide';
import type { Actions, PageServerLoad } from './$types';

/**
 * "Save my answers and get help" (public, no account yet): the assessment's answers arrive in
 * the address; the parent chooses an organization serving their state and asks for an
 * account. Nothing is stored until the emailed link is confirmed.
 */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const locale = getLocale();
  const answers = carriedAnswers(locale, url.searchParams);
  // Straight from an organization's page, with no answers yet: the questions first, still
  // carrying the organization so it is chosen when they come back here.
  if (!answers) return { valid: false as const, org: carriedOrg(url.searchParams) };
  const state = typeof answers.state === 'string' ? answers.state : '';
  const {
    data: { publicOrganizations },
  } = await execute(fetch, PublicOrganizationsDocument, { state });
  const wanted = url.searchParams.get('org') ?? '';
  return {
    valid: true as const,
    carried: [...answersToParams(guideQuestionnaire(locale === 'es' ? 'es' : 'en'), answers)],
    organizations: publicOrganizations.map((o) => ({ slug: o.slug, name: o.name })),
    chosen: publicOrganizations.some((o) => o.slug === wanted)
      ? wanted
      : publicOrganizations.length === 1
        ? publicOrganizations[0]!.slug
        : '',
  };
};

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const locale = getLocale();
    const input = readGetHelpForm(form, locale);
    const answers = carriedAnswers(locale, form);
    const kept = {
      organization: input.organizationSlug,
      name: input.name,
      email: input.email,
      childName: input.childName,
      lang: input.lang,
    };
    if (!answers) return fail(400, { ...kept, errors: [], answersInvalid: true });
    const problems = validateGetHelp(input, locale);
    if (problems.length > 0) return fail(400, { ...kept, errors: problems, answersInvalid: false });
    try {
      await execute(fetch, RequestHelpDocument, {
        input: {
          organizationSlug: input.organizationSlug,
          name: input.name,
          email: input.email,
          password: input.password,
          childName: input.childName,
          lang: input.lang === 'es' ? 'ES' : 'EN',
          answers,
          honeypot: input.honeypot || null,
        },
      });
    } catch (error) {
      const described = describeApiError(error, locale);
      const field = described.field === 'organizationSlug' ? 'organization' : described.field;
      return fail(400, {
        ...kept,
        errors: [{ ...described, field }],
        answersInvalid: false,
      });
    }
    redirect(303, localizedPath('/get-help/sent', locale));
  },
};

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
