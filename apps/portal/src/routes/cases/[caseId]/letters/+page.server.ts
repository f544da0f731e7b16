import {
  execute,
  type Language,
  LettersCaseDocument,
  LettersCaseLettersDocument,
  LettersDraftDocument,
  LettersFactsForCaseDocument,
  LettersTemplatesDocument,
  type LetterTemplateId,
} from '@continuum/graphql-client';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  COMMON_FACTS,
  DETAIL_FACTS,
  factFieldIdForError,
  valuesToFacts,
} from '$lib/letters/facts-form';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, formValue, loadFailure } from '$lib/server/form-actions';
import { requireLetterWriter } from '$lib/server/letters/actions';
import type { Actions, PageServerLoad } from './$types';

const ALL_FACTS = [...COMMON_FACTS, ...DETAIL_FACTS];

function languageOf(value: string | null): Language {
  return value === 'ES' ? 'ES' : 'EN';
}

/**
 * The case's letters, and the two steps of a new one. The step is in the address
 * (`?template=records_request&lang=ES`), chosen with a GET form, so it works without
 * JavaScript and the facts form can be reloaded or shared.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireLetterWriter(me, url);
  const uiLanguage: Language = getLocale() === 'es' ? 'ES' : 'EN';
  const chosen = url.searchParams.get('template');
  const lang = languageOf(url.searchParams.get('lang'));
  try {
    const [found, letters, templates] = await Promise.all([
      execute(fetch, LettersCaseDocument, { caseId: params.caseId }),
      execute(fetch, LettersCaseLettersDocument, { caseId: params.caseId }),
      execute(fetch, LettersTemplatesDocument, { lang: uiLanguage }),
    ]);
    const template = templates.data.letterTemplates.find((candidate) => candidate.id === chosen);
    const facts = template
      ? (
          await execute(fetch, LettersFactsForCaseDocument, {
            caseId: params.caseId,
            template: template.id,
            lang,
          })
        ).data.letterFactsForCase
      : null;
    return {
      caseFile: found.data.case,
      letters: letters.data.caseLetters,
      templates: templates.data.letterTemplates,
      chosen: template ? { template, lang, facts: facts! } : null,
      // A "Continue" without a template picked: said beside the choice.
      templateMissing: url.searchParams.has('step') && !template,
      lang,
      // After deleting a draft, its page sends the advocate here: say it was done.
      deleted: url.searchParams.get('deleted') === '1',
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  draft: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const template = formValue(form, 'template') as LetterTemplateId;
    const lang = languageOf(formValue(form, 'lang'));
    const values = Object.fromEntries(
      ALL_FACTS.map((field) => [field.path, formValue(form, field.path)]),
    );
    if (!template) {
      return formFailure('draft', [{ message: m.letters_error_template() }]);
    }
    let letterId: string;
    try {
      const drafted = await execute(fetch, LettersDraftDocument, {
        input: { caseId: params.caseId, template, lang, facts: valuesToFacts(values, ALL_FACTS) },
      });
      letterId = drafted.data.draftLetter.id;
    } catch (error) {
      return apiFailure(error, url, 'draft', {
        fieldId: (field) => factFieldIdForError(field, ALL_FACTS),
        extra: { values, template, lang },
      });
    }
    redirect(
      303,
      resolve('/cases/[caseId]/letters/[letterId]', { caseId: params.caseId, letterId }),
    );
  },
};
