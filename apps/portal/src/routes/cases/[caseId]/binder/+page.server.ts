import {
  execute,
  RecordsCaseDocument,
  RecordsCaseDocumentsDocument,
  RecordsSaveBinderDocument,
} from '@continuum/graphql-client';
import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, formList, formText, loadFailure } from '$lib/server/form-actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { applyMove, arrangeBinder, binderChoice } from '$lib/records/binder';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/**
 * The evidence binder: staff choose a proceeding, the documents and their order, and the
 * language. Every choice lives in the address (a GET form), so the page works without
 * JavaScript and a binder can be bookmarked or shared with a colleague.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);

  try {
    const [found, list] = await Promise.all([
      execute(fetch, RecordsCaseDocument, { caseId: params.caseId }),
      execute(fetch, RecordsCaseDocumentsDocument, { caseId: params.caseId }),
    ]);
    const proceedings = found.data.case.proceedings;
    const chosenProceeding = url.searchParams.get('proceeding');
    const proceeding = proceedings.find((p) => p.id === chosenProceeding) ?? proceedings[0] ?? null;
    const langParam = url.searchParams.get('lang');
    const lang =
      langParam === 'en' || langParam === 'es' ? langParam : getLocale() === 'es' ? 'es' : 'en';
    // Internal documents go into a binder only when the person ticks the box that says so.
    const includeInternal = url.searchParams.get('includeInternal') === 'true';
    const documents = list.data.caseDocuments.map((document) => ({
      ...document,
      ...binderChoice(document, includeInternal),
    }));
    return {
      caseFile: found.data.case,
      proceedingId: proceeding?.id ?? null,
      lang,
      includeInternal,
      ...arrangeBinder(documents, url.searchParams.getAll('documents')),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  /**
   * A move button: the form's choices, with one document moved, become the page's address
   * again (a redirect, so a reload does not move it twice); the list is where focus returns.
   */
  move: async ({ request, url }) => {
    const form = await request.formData();
    const next = new URLSearchParams();
    for (const name of ['proceeding', 'lang', 'includeInternal']) {
      const value = formText(form, name);
      if (value) next.set(name, value);
    }
    for (const id of applyMove(formList(form, 'documents'), formText(form, 'move'))) {
      next.append('documents', id);
    }
    redirect(303, `${url.pathname}?${next.toString()}#binder-documents`);
  },

  save: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const documentIds = formList(form, 'documentIds');
    if (documentIds.length === 0) {
      return formFailure('save', [
        { field: 'binder-documents', message: m.records_binder_choose() },
      ]);
    }
    try {
      const { data } = await execute(fetch, RecordsSaveBinderDocument, {
        input: {
          proceedingId: formText(form, 'proceedingId'),
          documentIds,
          lang: formText(form, 'lang') === 'es' ? 'ES' : 'EN',
          includeInternal: formText(form, 'includeInternal') === 'true',
        },
      });
      return { form: 'save', saved: data.saveBinderToDocuments };
    } catch (error) {
      return apiFailure(error, url, 'save', {
        fieldId: (field) =>
          field.startsWith('documentIds') ? 'binder-documents' : `binder-${field}`,
      });
    }
  },
};
